import { z } from 'zod';
import { RATING_KINDS, RATINGS } from '../../domain/ratings/ratingRows';
import { pageOf } from './page';

/**
 * The answers of the campaign inputs API — ratings (/api/ratings…), unit heads' attestations and district
 * recognitions (/api/campaigns/{id}/attestations…, …/recognitions…): the server serialises with these schemas and
 * documents them (OpenAPI); the web takes their types (`import type`).
 */

const RATING_ENUM = z.enum(RATINGS as unknown as ['outstanding', 'good', 'adequate', 'failed']);

/** A rating of a unit or a person for a year: xếp loại chất lượng (overall) or thực hiện nhiệm vụ CCHC (par_task). */
export const RatingSchema = z.object({
  id: z.string(),
  year: z.number(),
  kind: z.enum(RATING_KINDS),
  rating: RATING_ENUM,
  ratingLabel: z.string(),
  orgUnitId: z.string(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  personId: z.string().nullable(),
  fullName: z.string().nullable(),
  position: z.string().nullable(),
  source: z.string().nullable(),
  updatedAt: z.string(),
});
export type RatingRow = z.infer<typeof RatingSchema>;

export const RatingListResponse = pageOf(RatingSchema);

export const SavedRatingsResponse = z.object({
  year: z.number(),
  orgUnitId: z.string(),
  personId: z.string().nullable(),
  overall: RATING_ENUM.nullable(),
  parTask: RATING_ENUM.nullable(),
});
export type SavedRatings = z.infer<typeof SavedRatingsResponse>;

/** A unit head's attestation (III.1.a): gương mẫu chấp hành, nội bộ đoàn kết; null → not attested. */
export const AttestationSchema = z.object({
  campaignId: z.string(),
  orgUnitId: z.string(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  compliance: z.boolean().nullable(),
  solidarity: z.boolean().nullable(),
  attestedById: z.string().nullable(),
  attestedAt: z.string(),
});
export type Attestation = z.infer<typeof AttestationSchema>;

/** A commune the district recognised as its best (tiêu biểu xuất sắc nhất). */
export const RecognitionSchema = z.object({
  campaignId: z.string(),
  districtUnitId: z.string(),
  districtName: z.string(),
  communeUnitId: z.string(),
  communeCode: z.string(),
  communeName: z.string(),
  decisionReference: z.string().nullable(),
  recognisedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;


/**
 * The head's confirmation, for a year, that a person carried out the assigned CCHC tasks excellently (III.1.b, second
 * bullet), with the priority flag of people who do CCHC work directly.
 */
export const ParTaskConfirmationSchema = z.object({
  year: z.number(),
  personId: z.string(),
  fullName: z.string(),
  position: z.string().nullable(),
  orgUnitId: z.string(),
  orgUnitCode: z.string(),
  orgUnitName: z.string(),
  excellent: z.boolean(),
  directlyDoesParWork: z.boolean(),
  confirmedById: z.string().nullable(),
  confirmedAt: z.string(),
});
export type ParTaskConfirmation = z.infer<typeof ParTaskConfirmationSchema>;
