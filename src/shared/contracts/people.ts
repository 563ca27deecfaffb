import { z } from 'zod';
import { pageOf } from './page';

/**
 * The answers of the people API (/api/people…): the server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

export const GENDERS = ['male', 'female'] as const;

/** A person of a unit (an individual who may register or be nominated). */
export const PersonSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string(),
  orgUnitId: z.string(),
  unitName: z.string(),
  birthYear: z.number().nullable(),
  gender: z.enum(GENDERS).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Whether the signed-in user may edit it. */
  canEdit: z.boolean(),
});
export type Person = z.infer<typeof PersonSchema>;

export const PersonListResponse = pageOf(PersonSchema);
