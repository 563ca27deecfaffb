import { z } from 'zod';
import { ATTENDANCES, COUNCIL_ROLES, PASS_RULES, VOTE_CHOICES } from '../../domain/council/councilTally';
import { DOSSIER_STATUSES } from '../../domain/dossiers/dossierChecklist';

/** The answers of the council routes (a session of the provincial Hội đồng Thi đua – Khen thưởng); the web uses these as types only. */

const ClauseRefSchema = z.object({ clause: z.string(), source: z.string() });

export const CouncilSessionSummarySchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  title: z.string(),
  heldAt: z.string(),
  place: z.string(),
  status: z.enum(['open', 'closed']),
  statusLabel: z.string(),
  members: z.number(),
  dossiers: z.number(),
  passed: z.number(),
  closedAt: z.string().nullable(),
});
export type CouncilSessionSummary = z.infer<typeof CouncilSessionSummarySchema>;

export const CouncilSessionListSchema = z.object({ items: z.array(CouncilSessionSummarySchema), canManage: z.boolean() });
export type CouncilSessionList = z.infer<typeof CouncilSessionListSchema>;

export const CouncilMemberSchema = z.object({
  id: z.string(),
  fullName: z.string(),
  position: z.string(),
  councilRole: z.enum(COUNCIL_ROLES),
  councilRoleLabel: z.string(),
  orgUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  user: z.object({ id: z.string(), fullName: z.string(), username: z.string() }).nullable(),
  attendance: z.enum(ATTENDANCES),
  attendanceLabel: z.string(),
});
export type CouncilMember = z.infer<typeof CouncilMemberSchema>;

const VoteCellSchema = z.object({ memberId: z.string(), vote: z.enum([...VOTE_CHOICES, 'recused']).nullable(), recused: z.boolean(), note: z.string().nullable() });

export const CouncilNomineeResultSchema = z.object({
  outcome: z.enum(['passed', 'failed']).nullable(),
  agree: z.number(),
  disagree: z.number(),
  abstain: z.number(),
  recused: z.number(),
  notVoted: z.number(),
  denominator: z.number(),
  needed: z.number(),
  explanation: z.string(),
  ref: ClauseRefSchema,
});

export const CouncilAgendaItemSchema = z.object({
  dossierId: z.string(),
  nominationId: z.string(),
  nomineeName: z.string(),
  nomineeKind: z.enum(['unit', 'person']),
  nomineeUnitName: z.string(),
  proposingUnitName: z.string(),
  dossierStatus: z.enum(DOSSIER_STATUSES),
  dossierStatusLabel: z.string(),
  votes: z.array(VoteCellSchema),
  /** The live tally while open; the frozen one once closed. */
  result: CouncilNomineeResultSchema,
  /** Stored when the session closed. */
  outcome: z.enum(['passed', 'failed']).nullable(),
});
export type CouncilAgendaItem = z.infer<typeof CouncilAgendaItemSchema>;

export const CouncilSessionSchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignTitle: z.string(),
  title: z.string(),
  heldAt: z.string(),
  place: z.string(),
  quorumPercent: z.number(),
  passRule: z.enum(PASS_RULES),
  passRuleLabel: z.string(),
  status: z.enum(['open', 'closed']),
  statusLabel: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  snapshotSha256: z.string().nullable(),
  /** Whether the stored snapshot still hashes to the stored SHA-256 (null while open). */
  snapshotIntact: z.boolean().nullable(),
  members: z.array(CouncilMemberSchema),
  agenda: z.array(CouncilAgendaItemSchema),
  quorum: z.object({ met: z.boolean(), total: z.number(), present: z.number(), written: z.number(), attending: z.number(), required: z.number(), explanation: z.string(), ref: ClauseRefSchema }),
  recusalRule: z.object({ explanation: z.string(), ref: ClauseRefSchema }),
  /** Accepted dossiers of the campaign that may be put on the agenda (only for the secretariat while open). */
  candidates: z.array(z.object({ dossierId: z.string(), nomineeName: z.string(), proposingUnitName: z.string() })),
  /** For the members editor (the secretariat, while open): units of the campaign's era above the communes, and the accounts with the role council_member. */
  unitOptions: z.array(z.object({ id: z.string(), name: z.string() })),
  accountOptions: z.array(z.object({ id: z.string(), fullName: z.string(), username: z.string() })),
  canManage: z.boolean(),
  /** The members the caller may vote as (their own, when linked; every attending member for the secretariat). */
  canVoteAs: z.array(z.string()),
});
export type CouncilSession = z.infer<typeof CouncilSessionSchema>;
