/** Shapes of the PAR Index answers (src/server/routes/parResults/schema.ts). */

export type ResultSource = 'live' | 'published' | 'none';

export type ParResultItem = {
  unitId: string;
  orgUnitCode: string;
  orgUnitName: string;
  blockCode: string;
  blockLabel: string;
  selfScore: number | null;
  appraisedScore: number | null;
  surveyScore: number | null;
  publishedTotal: number | null;
  publishedClassification: string | null;
  totalPoints: number | null;
  maxPoints: number;
  indexPercent: number | null;
  classification: string | null;
  classificationLabel: string | null;
  classificationSource: 'computed' | 'published' | null;
  rank: number | null;
  notes: string[];
  source: string | null;
};

export type Publication = { id: string; year: number; decisionNumber: string; decisionDate: string; signer: string; schemeId: string; createdAt: string };

export type ParResultList = {
  year: number;
  source: ResultSource;
  scheme: { id: string; name: string } | null;
  publication: Publication | null;
  items: ParResultItem[];
  total: number;
  page: number;
  pageSize: number;
};

export type Countdown = { overdue: boolean; days: number; hours: number; minutes: number; label: string };

export type DossierDeadline = {
  campaignId: string;
  planNumber: string;
  days: number;
  startDate: string;
  lastDay: string;
  deadlineDay: string;
  deadlineInstant: string;
  shifted: boolean;
  missingCalendarYears: number[];
  basis: string[];
  refs: { clause: string; source: string }[];
  countdown: Countdown;
  asOf: string;
};

export type PublicationResponse = { publication: Publication; resultCount: number; dossierDeadlines: DossierDeadline[] };

export type RankingResponse = {
  year: number;
  source: ResultSource;
  blocks: {
    blockCode: string;
    blockLabel: string;
    items: { unitId: string; orgUnitName: string; indexPercent: number | null; rank: number | null; classification: string | null; classificationLabel: string | null }[];
  }[];
};

export type DistributionResponse = {
  year: number;
  source: ResultSource;
  classes: { classification: string; label: string }[];
  blocks: { blockCode: string; blockLabel: string; counts: Record<string, number>; unclassified: number }[];
};

export type YearOnYearItem = {
  unitId: string;
  orgUnitName: string;
  presence: 'both' | 'new' | 'dropped';
  blockCode: string;
  sameBlock: boolean | null;
  previousIndex: number | null;
  currentIndex: number | null;
  indexDelta: number | null;
  previousRank: number | null;
  currentRank: number | null;
  rankDelta: number | null;
  previousClassification: string | null;
  currentClassification: string | null;
  classificationChange: 'improved' | 'unchanged' | 'declined' | null;
};

export type YearOnYearResponse = { year: number; previousYear: number; items: YearOnYearItem[] };
