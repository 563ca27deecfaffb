import { z } from 'zod';
import { CAMPAIGN_STATUSES } from '../../domain/campaigns/campaignStatus';
import { REGISTRATION_STATUSES } from '../../domain/campaigns/registrationRules';
import { pageOf } from './page';

/**
 * The answers of the campaign API (/api/campaigns…): the server serialises with these schemas and documents them
 * (OpenAPI); the web takes their types (`import type`).
 */

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
export type CampaignSummary = z.infer<typeof CampaignSummarySchema>;

/** A unit the signed-in user registers or approves for, with its registration if any. */
export const MyUnitSchema = z.object({
  orgUnitId: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  registrationId: z.string().nullable(),
  status: z.enum(REGISTRATION_STATUSES).nullable(),
});
export type MyUnit = z.infer<typeof MyUnitSchema>;

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
export type CampaignDetail = z.infer<typeof CampaignDetailSchema>;

export const CampaignListResponse = pageOf(CampaignSummarySchema);

const UnitRefSchema = z.object({ code: z.string(), name: z.string() });

/** A clone into another era: the units the plan named, mapped through the lineage or not (with the reason). */
export const EraMoveSchema = z.object({
  fromEraId: z.string(),
  toEraId: z.string(),
  mappedUnits: z.array(z.object({ from: UnitRefSchema, to: z.array(UnitRefSchema) })),
  unmappedUnits: z.array(z.object({ unit: UnitRefSchema, reason: z.string(), areaNowIn: z.array(UnitRefSchema) })),
});
export type EraMoveResult = z.infer<typeof EraMoveSchema>;

/**
 * A clone: the new draft campaign and its review list (each line opens with the field's Vietnamese label), plus the
 * era move when the copy runs on another org tree than its source.
 */
export const CampaignCloneResponse = z.object({ campaign: CampaignSummarySchema, warnings: z.array(z.string()), eraMove: EraMoveSchema.nullable() });
export type CampaignClone = z.infer<typeof CampaignCloneResponse>;
