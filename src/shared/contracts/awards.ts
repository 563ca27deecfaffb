import { z } from 'zod';

/** The answers of the award routes (Tờ trình, Quyết định khen thưởng, award history); the web uses them as types only. */

export const AwardEntrySchema = z.object({
  dossierId: z.string(),
  nomineeKind: z.enum(['unit', 'person']),
  orgUnitId: z.string(),
  personId: z.string().nullable(),
  name: z.string(),
  position: z.string().nullable(),
  unitName: z.string(),
  achievement: z.string(),
});
export type AwardEntryView = z.infer<typeof AwardEntrySchema>;

const ProposalStatus = z.enum(['draft', 'submitted', 'approved', 'returned']);

export const AwardProposalSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignYear: z.number(),
  number: z.string().nullable(),
  proposalDate: z.string().nullable(),
  signerName: z.string().nullable(),
  signerPosition: z.string().nullable(),
  status: ProposalStatus,
  statusLabel: z.string(),
  returnReason: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Set on approval: the frozen list's SHA-256. */
  snapshotSha256: z.string().nullable(),
  /** The list: frozen once approved, else as the records stand now. */
  entries: z.array(AwardEntrySchema),
  decisionId: z.string().nullable(),
  canEdit: z.boolean(),
  canSubmit: z.boolean(),
  canApprove: z.boolean(),
  canIssueDecision: z.boolean(),
});
export type AwardProposal = z.infer<typeof AwardProposalSchema>;

export const AwardProposalListSchema = z.object({
  campaignId: z.string(),
  /** Dossiers the council passed that no Tờ trình lists yet. */
  unlistedCount: z.number(),
  canCreate: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      number: z.string().nullable(),
      proposalDate: z.string().nullable(),
      status: ProposalStatus,
      statusLabel: z.string(),
      entryCount: z.number(),
      decision: z.object({ id: z.string(), number: z.string(), decisionDate: z.string(), status: z.enum(['issued', 'published']), statusLabel: z.string() }).nullable(),
    }),
  ),
});
export type AwardProposalList = z.infer<typeof AwardProposalListSchema>;

export const AwardDecisionSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignYear: z.number(),
  proposalId: z.string(),
  number: z.string(),
  decisionDate: z.string(),
  signerName: z.string(),
  signerPosition: z.string(),
  status: z.enum(['issued', 'published']),
  statusLabel: z.string(),
  issuedAt: z.string(),
  publishedAt: z.string().nullable(),
  snapshotSha256: z.string(),
  /** The snapshot's hash recomputed now from the stored decision and entries. */
  hashCheck: z.object({ recomputedSha256: z.string(), matches: z.boolean(), explanation: z.string() }),
  entries: z.array(AwardEntrySchema.extend({ id: z.string() })),
  canPublish: z.boolean(),
});
export type AwardDecision = z.infer<typeof AwardDecisionSchema>;

export const AwardHistorySchema = z.object({
  items: z.array(
    z.object({
      entryId: z.string(),
      decisionId: z.string(),
      decisionNumber: z.string(),
      decisionDate: z.string(),
      published: z.boolean(),
      campaignId: z.string(),
      campaignYear: z.number(),
      planNumber: z.string(),
      nomineeKind: z.enum(['unit', 'person']),
      personId: z.string().nullable(),
      name: z.string(),
      position: z.string().nullable(),
      unitName: z.string(),
      achievement: z.string(),
    }),
  ),
});
export type AwardHistory = z.infer<typeof AwardHistorySchema>;
