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

/** The answer of /api/audit-chain/verify: whether the tamper-evident chain holds, and the first row that does not. */
export const AuditChainReportSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  beforeChain: z.number().int(),
  failure: z
    .object({
      fault: z.enum(['missing_before', 'link_broken', 'content_changed', 'tail_missing', 'outside_chain']),
      row: z.object({ seq: z.number().int().nullable(), id: z.string(), at: z.string(), action: z.string() }).nullable(),
      expectedSeq: z.number().int(),
    })
    .nullable(),
  /** The same finding as one Vietnamese sentence (what the CLI prints). */
  message: z.string(),
});
export type AuditChainReportResponse = z.infer<typeof AuditChainReportSchema>;
