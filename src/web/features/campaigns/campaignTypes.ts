import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import type { CampaignDetail } from '../../../shared/contracts/campaigns';
import type { RegistrationStatus } from '../../../domain/campaigns/registrationRules';

/** Shapes of the campaign API answers (src/server/routes/{campaigns,registrations,consolidations,initiatives}/schema.ts). */

/**
 * Web-only view of the campaign page's answer. The contract (src/shared/contracts/campaigns.ts) types `definition` as
 * a record: the server sends the stored plan, which campaignDefinitionSchema validated when it was saved; the pages
 * read it as that plan.
 */
export type CampaignDetailView = Omit<CampaignDetail, 'definition'> & { definition: CampaignDefinition };

export type ConsolidationLine = {
  orgUnitId: string;
  code: string;
  name: string;
  status: RegistrationStatus | null;
  statusLabel: string;
  registrationId: string | null;
  individualCount: number;
  submittedAt: string | null;
};

export type Forwarded = { forwardedAt: string; note: string | null; forwardedBy: string | null } | null;

export type DistrictConsolidation = {
  district: { id: string; code: string; name: string };
  headline: string;
  communes: { total: number; registeredCount: number };
  pendingReview: number;
  readyToForward: number;
  items: ConsolidationLine[];
  total: number;
  page: number;
  pageSize: number;
  ownUnits: ConsolidationLine[];
  forwarded: Forwarded;
};

export type ProvinceConsolidation = {
  total: { units: number; registered: number };
  departments: { total: number; registeredCount: number; items: ConsolidationLine[] };
  districts: {
    districtId: string;
    code: string;
    name: string;
    headline: string;
    communesTotal: number;
    communesRegistered: number;
    communesForwarded: number;
    ownTotal: number;
    ownRegistered: number;
    forwardedAt: string | null;
  }[];
  districtLevel: { total: number; registeredCount: number };
  communes: { total: number; registeredCount: number };
  provinceSummary: Forwarded;
};
