import { z } from 'zod';
import { campaignDefinitionSchema } from '../../../domain/campaigns/campaignDefinition';
import { CAMPAIGN_STATUSES } from '../../../domain/campaigns/campaignStatus';
import { REGISTRATION_STATUSES } from '../../../domain/campaigns/registrationRules';

/** Campaign as listed. */
export const CampaignSummarySchema = z.object({
  id: z.string(),
  year: z.number(),
  planNumber: z.string(),
  planDate: z.string(),
  eraId: z.string(),
  status: z.enum(CAMPAIGN_STATUSES),
  statusLabel: z.string(),
  theme: z.string(),
  /** II.3.b deadline day, YYYY-MM-DD (Asia/Ho_Chi_Minh). */
  registrationDeadline: z.string(),
  clonedFromId: z.string().nullable(),
});

/** A unit the signed-in user registers or approves for, with its registration if any. */
export const MyUnitSchema = z.object({
  orgUnitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  registrationId: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES).nullable(),
});

/** Campaign page: the definition, the timeline and what may happen next. */
export const CampaignDetailSchema = CampaignSummarySchema.extend({
  /** The validated plan data (src/domain/campaigns/campaignDefinition.ts). */
  definition: z.record(z.string(), z.unknown()),
  hasRuleSet: z.boolean(),
  /** Last accepted instant of registration, ISO (23:59:59 +07:00 of the deadline day). */
  registrationDeadlineAt: z.string(),
  /** The server's clock at the time of the answer, so the countdown agrees with the server. */
  serverNow: z.string(),
  registrationWindow: z.object({ open: z.boolean(), message: z.string() }),
  nextStatuses: z.array(z.object({ status: z.enum(CAMPAIGN_STATUSES), label: z.string() })),
  statusSteps: z.array(z.object({ status: z.enum(CAMPAIGN_STATUSES), label: z.string() })),
  myUnits: z.array(MyUnitSchema),
});

export const CampaignListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const CampaignListResponse = z.object({ items: z.array(CampaignSummarySchema), total: z.number(), page: z.number(), pageSize: z.number() });

export const CampaignCreateBody = z.strictObject({
  /** The org tree era the campaign runs on, e.g. "kien-giang-2020". */
  eraId: z.string().trim().min(1).max(64),
  /** Everything the plan fixes (validated with Vietnamese messages naming each field). */
  definition: campaignDefinitionSchema,
  /**
   * Where the Bằng khen rule set comes from: "kh34-2020" (the built-in 34/KH-UBND 2020 criteria, moved to this year)
   * or the id of a campaign whose current rule set is copied. Left out, the campaign has no rule set until Sở Nội vụ
   * sets one up (/thi-dua/{id}/bo-tieu-chuan), and eligibility answers 409 meanwhile.
   */
  ruleSetFrom: z.string().trim().min(1).max(64).optional(),
});

export const CampaignUpdateBody = z.strictObject({
  /** The whole definition, replaced (set-up is edited as one document). */
  definition: campaignDefinitionSchema,
});

export const CampaignStatusBody = z.strictObject({
  /** The status to move to (src/domain/campaigns/campaignStatus.ts). */
  status: z.enum(CAMPAIGN_STATUSES),
});

export const CampaignCloneBody = z.strictObject({
  /** Year of the new campaign. */
  year: z.number().int().min(2000).max(2100),
  /** Era of the new campaign; defaults to the source's. */
  eraId: z.string().trim().min(1).max(64).optional(),
});

export const CampaignCloneResponse = z.object({ campaign: CampaignSummarySchema, warnings: z.array(z.string()) });
export const IdParams = z.strictObject({ id: z.uuid() });
