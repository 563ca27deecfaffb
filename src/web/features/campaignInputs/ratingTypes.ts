/** Shapes of the ratings, attestations and recognitions answers (src/server/routes/ratings/schema.ts). */

export type RatingValue = 'outstanding' | 'good' | 'adequate' | 'failed';

export type RatingRow = {
  id: string;
  year: number;
  kind: 'overall' | 'par_task';
  rating: RatingValue;
  ratingLabel: string;
  orgUnitId: string;
  orgUnitCode: string;
  orgUnitName: string;
  personId: string | null;
  fullName: string | null;
  position: string | null;
  source: string | null;
  updatedAt: string;
};

export type SavedRatings = { year: number; orgUnitId: string; personId: string | null; overall: RatingValue | null; parTask: RatingValue | null };

export type Attestation = {
  campaignId: string;
  orgUnitId: string;
  orgUnitCode: string;
  orgUnitName: string;
  compliance: boolean | null;
  solidarity: boolean | null;
  attestedById: string | null;
  attestedAt: string;
};

export type Recognition = {
  campaignId: string;
  districtUnitId: string;
  districtName: string;
  communeUnitId: string;
  communeCode: string;
  communeName: string;
  decisionReference: string | null;
  recognisedAt: string | null;
  createdAt: string;
};

export type CampaignSummary = { id: string; year: number; planNumber: string; planDate: string; status: string; statusLabel: string; theme: string };
