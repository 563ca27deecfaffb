/** Shapes of the eligibility answers (src/server/routes/eligibility/schema.ts). */

export type Verdict = 'pass' | 'fail' | 'unknown';

export type Outcome = {
  code: string;
  label: string;
  verdict: Verdict;
  explanation: string;
  inputs: Record<string, unknown>;
  ref: { clause: string; source: string };
};

export type BasisOutcome = Outcome & { basis: string; parts: Outcome[] };

export type EligibilityResult = {
  nominee: { kind: 'collective' | 'individual'; id: string; name: string };
  awardForm: string;
  eligible: boolean;
  verdict: Verdict;
  preconditions: Outcome[];
  bases: BasisOutcome[];
  conditions: Outcome[];
  notApplicable: { code: string; label: string; reason: string }[];
  summary: string;
  missing: string[];
};

export type EligibilityItem = {
  kind: 'collective' | 'individual';
  registrationId: string;
  registrationStatus: string;
  orgUnit: { id: string; code: string; name: string; kind: string };
  person: { id: string; fullName: string; position: string } | null;
  result: EligibilityResult;
};

type VerdictCounts = Record<Verdict, number>;

export type EligibilityList = {
  campaign: { id: string; year: number; planNumber: string };
  ruleSetId: string;
  /** The version of the campaign's rule set the results follow. */
  ruleSetVersion: number;
  asOf: string;
  publication: { id: string; decisionNumber: string; decisionDate: string } | null;
  counts: { collective: VerdictCounts; individual: VerdictCounts };
  items: EligibilityItem[];
  total: number;
  page: number;
  pageSize: number;
};

export type WhatIfChange = { nominee: { kind: 'collective' | 'individual'; id: string; name: string }; before: { eligible: boolean; verdict: Verdict } | null; after: { eligible: boolean; verdict: Verdict } | null };

export type WhatIfResponse = {
  ruleSetId: string;
  counts: { gained: number; lost: number; unchanged: number };
  gained: WhatIfChange[];
  lost: WhatIfChange[];
  unchanged: WhatIfChange[];
  changedResults: EligibilityItem[];
  saved: false;
};
