import type { CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import type { RegistrationStatus } from '../../../domain/campaigns/registrationRules';

/** Shapes of the campaign API answers (src/server/routes/{campaigns,registrations,consolidations,initiatives}/schema.ts). */

export type CampaignSummary = {
  id: string;
  year: number;
  planNumber: string;
  planDate: string;
  eraId: string;
  status: CampaignStatus;
  statusLabel: string;
  theme: string;
  registrationDeadline: string;
  clonedFromId: string | null;
};

export type MyUnit = { orgUnitId: string; unitCode: string; unitName: string; registrationId: string | null; status: RegistrationStatus | null };

export type CampaignDetail = CampaignSummary & {
  definition: {
    issuer: string;
    place: string;
    contents: { text: string; ref: { clause: string } }[];
    participants: { collectives: { text: string; ref: { clause: string } }; individuals: { text: string; ref: { clause: string } } };
    registrationDeadline: { date: string; ref: { clause: string; source: string } };
    dossierWindow: { days: number; ref: { clause: string } };
    registrationContentDefault: string;
  };
  hasRuleSet: boolean;
  registrationDeadlineAt: string;
  serverNow: string;
  registrationWindow: { open: boolean; message: string };
  nextStatuses: { status: CampaignStatus; label: string }[];
  statusSteps: { status: CampaignStatus; label: string }[];
  myUnits: MyUnit[];
};

export type Individual = { id?: string; personId?: string; fullName: string; position: string; content: string };

export type RegistrationDetail = {
  id: string;
  campaignId: string;
  orgUnitId: string;
  unitCode: string;
  unitName: string;
  status: RegistrationStatus;
  statusLabel: string;
  content: string;
  individualCount: number;
  submittedAt: string | null;
  updatedAt: string;
  returnReason: string | null;
  lateOverrideReason: string | null;
  version: number;
  individuals: { id: string; personId: string; fullName: string; position: string; content: string }[];
  can: { edit: boolean; submit: boolean; review: boolean };
};

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
