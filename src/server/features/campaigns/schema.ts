import { z } from 'zod';
import { campaignDefinitionSchema } from '../../../domain/campaigns/campaignDefinition';
import { CAMPAIGN_STATUSES } from '../../../domain/campaigns/campaignStatus';

/** The answers (CampaignSummarySchema, MyUnitSchema, CampaignDetailSchema, CampaignListResponse, CampaignCloneResponse) are the contract in src/shared/contracts/campaigns.ts. */
export { CampaignCloneResponse, CampaignDetailSchema, CampaignListResponse, CampaignSummarySchema, MyUnitSchema } from '../../../shared/contracts/campaigns';

export const CampaignListQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

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
  /** Era of the new campaign; defaults to the era in force in its year (31 December), else the source's. */
  eraId: z.string().trim().min(1).max(64).optional(),
  /**
   * Moving to a two-tier era (no districts): the province-wide number of communes, wards and special zones that may
   * be proposed, replacing the per-district quota; defaults to the sum of the source's district quotas.
   */
  communeQuotaLimit: z.number().int().min(1).max(1000).optional(),
});

export const IdParams = z.strictObject({ id: z.uuid() });
