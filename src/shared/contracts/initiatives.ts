import { z } from 'zod';
import { pageOf } from './page';

/**
 * The answers of the initiatives API (/api/initiatives…): the server serialises with these schemas and documents
 * them (OpenAPI); the web takes their types (`import type`).
 */

/** A sáng kiến, giải pháp CCHC of a unit (II.1.b). */
export const InitiativeSchema = z.object({
  id: z.string(),
  campaignId: z.string().nullable(),
  orgUnitId: z.string(),
  unitName: z.string(),
  title: z.string(),
  description: z.string(),
  effect: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed-in user may edit or delete it. */
  canEdit: z.boolean(),
});
export type Initiative = z.infer<typeof InitiativeSchema>;

export const InitiativeListResponse = pageOf(InitiativeSchema);
