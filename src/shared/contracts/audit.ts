import { z } from 'zod';
import { pageOf } from './page';

/**
 * The answer of the audit log API (/api/audit-events): the server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

/** One audit row: who did what to which record, with the record before and after. */
export const AuditEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  orgUnitId: z.string().nullable(),
  unitName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

export const AuditEventListResponse = pageOf(AuditEventSchema);
