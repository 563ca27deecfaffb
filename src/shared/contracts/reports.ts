import { z } from 'zod';
import { NOMINATION_STAGE_LABELS, type NominationStage } from '../../domain/nominations/nominationLifecycle';

/**
 * The answers of the reports API (/api/campaigns/{id}/reports/…) and the dashboard (/api/campaigns/{id}/dashboard):
 * the server serialises with these schemas and documents them (OpenAPI); the web takes their types (`import type`).
 */

/** Every stage of a nomination, in the order of the process (nominationLifecycle.ts). */
export const NOMINATION_STAGES = Object.keys(NOMINATION_STAGE_LABELS) as [NominationStage, ...NominationStage[]];

/**
 * A group of units the figures are counted by: a district (three tiers), a commune or ward (two tiers, or a district's
 * communes), or `own` — the reader's own level (the departments and provincial units, the district itself …).
 */
export const GroupSchema = z.object({ groupId: z.string(), groupName: z.string(), groupKind: z.enum(['district', 'commune', 'own']), groupCode: z.string() });
export type ReportGroup = z.infer<typeof GroupSchema>;

export const RegistrationGroupSchema = GroupSchema.extend({ units: z.number(), registered: z.number(), individuals: z.number() });
export const RegistrationKindSchema = z.object({ kind: z.string(), kindLabel: z.string(), units: z.number(), registered: z.number() });

export const RegistrationReportResponse = z.object({
  groups: z.array(RegistrationGroupSchema),
  kinds: z.array(RegistrationKindSchema),
  totals: z.object({ units: z.number(), registered: z.number(), individuals: z.number() }),
});
export type RegistrationReport = z.infer<typeof RegistrationReportResponse>;

export const StageCountSchema = z.object({ stage: z.enum(NOMINATION_STAGES), label: z.string(), count: z.number() });
export const StageGroupSchema = GroupSchema.extend({ stages: z.array(StageCountSchema), total: z.number() });

export const EligibilityGroupSchema = GroupSchema.extend({ collectives: z.number(), collectivesEligible: z.number(), individuals: z.number(), individualsEligible: z.number() });

const CLASS_KEYS = ['excellent', 'good', 'fair', 'average', 'weak', 'none'] as const;
export const ParClassGroupSchema = GroupSchema.extend({ counts: z.object(Object.fromEntries(CLASS_KEYS.map((k) => [k, z.number()])) as Record<(typeof CLASS_KEYS)[number], z.ZodNumber>) });

export const QuotaGroupSchema = GroupSchema.extend({ communesUsed: z.number(), communeLimit: z.number().nullable(), peopleUsed: z.number() });

export const AtRiskSchema = z.object({
  deadline: z.object({ deadlineDay: z.string(), countdown: z.string(), overdue: z.boolean(), daysLeft: z.number() }).nullable(),
  withinDays: z.number(),
  total: z.number(),
  items: z.array(z.object({ nominationId: z.string(), nomineeName: z.string(), unitName: z.string(), proposingUnitName: z.string(), stage: z.enum(NOMINATION_STAGES), stageLabel: z.string() })),
});

export const DashboardResponse = z.object({
  campaign: z.object({ id: z.string(), year: z.number(), planNumber: z.string(), eraId: z.string(), twoTier: z.boolean() }),
  /** What the reader sees: the whole province, a district's communes, or their own unit. */
  view: z.enum(['province', 'district', 'unit']),
  /** The groups the reader may filter by, and the one chosen (null: all). */
  groups: z.array(GroupSchema),
  groupId: z.string().nullable(),
  registrations: RegistrationReportResponse,
  parClasses: z.object({ year: z.number(), source: z.enum(['live', 'published', 'none']), groups: z.array(ParClassGroupSchema) }),
  eligibility: z.object({ unavailable: z.string().nullable(), groups: z.array(EligibilityGroupSchema) }),
  nominations: z.object({ byStage: z.array(StageCountSchema), groups: z.array(StageGroupSchema) }),
  quotas: z.object({ provinceWide: z.object({ limit: z.number().nullable(), used: z.number() }).nullable(), groups: z.array(QuotaGroupSchema) }),
  atRisk: AtRiskSchema,
  openFeedback: z.number(),
});
export type Dashboard = z.infer<typeof DashboardResponse>;

export const NominationReportItem = GroupSchema.extend({
  nominationId: z.string(),
  nomineeKind: z.enum(['unit', 'person']),
  nomineeName: z.string(),
  position: z.string().nullable(),
  unitName: z.string(),
  proposingUnitName: z.string(),
  stage: z.enum(NOMINATION_STAGES),
  stageLabel: z.string(),
  proposedAt: z.string(),
  submittedAt: z.string().nullable(),
});
export const NominationReportResponse = z.object({ items: z.array(NominationReportItem), byStage: z.array(StageCountSchema) });
export type NominationReport = z.infer<typeof NominationReportResponse>;

export const AwardDecisionSchema = z.object({ id: z.string(), number: z.string(), decisionDate: z.string(), signerName: z.string(), signerPosition: z.string(), status: z.string(), entries: z.number() });
export const AwardReportItem = GroupSchema.extend({
  decisionId: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  nomineeKind: z.enum(['unit', 'person']),
  nomineeName: z.string(),
  position: z.string().nullable(),
  unitName: z.string(),
  achievement: z.string(),
});
export const AwardReportResponse = z.object({ decisions: z.array(AwardDecisionSchema), items: z.array(AwardReportItem) });
export type AwardReport = z.infer<typeof AwardReportResponse>;

export const ParReportResponse = z.object({
  year: z.number(),
  source: z.enum(['live', 'published', 'none']),
  items: z.array(GroupSchema.extend({ unitId: z.string(), code: z.string(), name: z.string(), blockCode: z.string(), totalPoints: z.number().nullable(), indexPercent: z.number().nullable(), classificationLabel: z.string().nullable(), rank: z.number().nullable() })),
});
export type ParReport = z.infer<typeof ParReportResponse>;

export const EligibilityReportResponse = z.object({
  unavailable: z.string().nullable(),
  items: z.array(GroupSchema.extend({ kind: z.enum(['collective', 'individual']), unitName: z.string(), personName: z.string().nullable(), eligible: z.boolean(), verdictLabel: z.string() })),
});
export type EligibilityReport = z.infer<typeof EligibilityReportResponse>;
