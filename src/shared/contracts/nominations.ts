import { z } from 'zod';
import { NOMINATION_STATUSES, NOMINEE_KINDS } from '../../domain/nominations/nominationRules';
import { pageOf } from './page';

/**
 * The answers of the nominations API (/api/campaigns/:id/nominations, /api/nominations/:id/withdraw): the server
 * serialises with these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

const ClauseRefSchema = z.object({ clause: z.string(), source: z.string() });
const UnitRefSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });

/** A nomination (đề nghị khen thưởng, III.4.a–b). */
export const NominationSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  nomineeKind: z.enum(NOMINEE_KINDS),
  /** "Xã Bàn Tân Định" or "Nguyễn Văn A (Xã Bàn Tân Định)". */
  nomineeName: z.string(),
  nomineeUnit: UnitRefSchema,
  person: z.object({ id: z.string(), fullName: z.string() }).nullable(),
  proposingUnit: UnitRefSchema,
  quotaKey: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  statusLabel: z.string(),
  proposedAt: z.string(),
  proposedByName: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** Whether the signed-in user may withdraw it now. */
  canWithdraw: z.boolean(),
});
export type Nomination = z.infer<typeof NominationSchema>;

/** One quota as used now: "Đã đề nghị 1/2 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III". */
export const QuotaUseSchema = z.object({
  quotaKey: z.string(),
  kind: z.enum(['commune_per_district', 'individuals_per_collective', 'excellent_group']),
  proposingUnit: UnitRefSchema,
  /** null: no limit. */
  limit: z.number().nullable(),
  /** Active nominations counted against it (in every scope: the count is the quota's, not the reader's). */
  used: z.number(),
  ref: ClauseRefSchema,
  gauge: z.string(),
});
export type QuotaUse = z.infer<typeof QuotaUseSchema>;

/** A registered collective or individual the signed-in user may propose, with why it can or cannot be. */
export const CandidateSchema = z.object({
  nomineeKind: z.enum(NOMINEE_KINDS),
  /** The unit id (a commune) or the person id: what the proposal sends as `nomineeId`. */
  nomineeId: z.string(),
  nomineeName: z.string(),
  unit: UnitRefSchema.extend({ kind: z.string() }),
  proposingUnit: UnitRefSchema,
  quotaKey: z.string(),
  eligible: z.boolean(),
  summary: z.string(),
  /** The conditions not met (or not yet known), each with its clause. */
  failing: z.array(z.object({ label: z.string(), verdict: z.enum(['fail', 'unknown']), clause: z.string(), explanation: z.string() })),
  /** Already proposed in the campaign (an active nomination). */
  alreadyProposed: z.boolean(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * The nomination page of a campaign: a page of the nominations in scope (`items`, `total`, `page`, `pageSize`), the
 * quotas of what the page shows and of the user's own proposing unit, and a page of the candidates (none, total 0,
 * for a user who may not propose).
 */
export const NominationOverviewResponse = pageOf(NominationSchema).extend({
  campaign: z.object({ id: z.string(), year: z.number(), planNumber: z.string() }),
  quotas: z.array(QuotaUseSchema),
  candidates: pageOf(CandidateSchema),
});
export type NominationOverview = z.infer<typeof NominationOverviewResponse>;
