import { z } from 'zod';
import { VERDICTS } from '../../../shared/contracts/eligibility';
import { PAR_CLASSIFICATIONS, RATING_ORDER } from '../../../domain/eligibility/eligibilityRules';

/** The answers (EligibilityResultSchema, EligibilityItemSchema, EligibilityListResponse, WhatIfResponse) are the contract in src/shared/contracts/eligibility.ts. */
export { EligibilityItemSchema, EligibilityListResponse, EligibilityResultSchema, WhatIfResponse } from '../../../shared/contracts/eligibility';

export const CampaignIdParams = z.strictObject({ id: z.uuid() });

/** Nominee groups of the board: a collective's unit kind, or every individual. */
export const ELIGIBILITY_GROUPS = ['department', 'district', 'commune', 'par_unit', 'central_agency', 'individual'] as const;

/** Filters shared by the list and the export. */
const nomineeFilters = {
  /** Only collectives or only individuals. */
  kind: z.enum(['collective', 'individual']).optional(),
  /** Only collectives whose unit is of this kind, or only individuals. */
  group: z.enum(ELIGIBILITY_GROUPS).optional(),
  /** Only nominees of this district: the district itself and every unit under it. */
  districtId: z.uuid().optional(),
};

export const EligibilityListQuery = z.strictObject({
  ...nomineeFilters,
  /** Only results with this verdict: pass (đủ điều kiện), fail, unknown (thiếu thông tin). */
  verdict: z.enum(VERDICTS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const EligibilityExportQuery = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
  ...nomineeFilters,
});

const CLASS_ENUM = z.enum(PAR_CLASSIFICATIONS as unknown as [string, ...string[]]);
const RATING_ENUM = z.enum(RATING_ORDER as unknown as [string, ...string[]]);

/** A threshold change for one criterion, addressed by its code (e.g. "collective.A.parClass"). */
const CriterionOverrideSchema = z.strictObject({
  /** New accepted PAR classes, e.g. ["excellent", "good"]. */
  classes: z.array(CLASS_ENUM).min(1).max(5).optional(),
  /** New minimum rating: outstanding, good, adequate or failed. */
  minRating: RATING_ENUM.optional(),
});

const nullableFlag = z.boolean().nullable().optional();

const CollectivePatchSchema = z.strictObject({
  kind: z.literal('collective'),
  orgUnitId: z.uuid(),
  /** Facts to assume for this collective (null = unknown). */
  set: z.strictObject({
    registered: nullableFlag,
    compliance: nullableFlag,
    solidarity: nullableFlag,
    parClassification: CLASS_ENUM.nullable().optional(),
    rating: RATING_ENUM.nullable().optional(),
    parTaskRating: RATING_ENUM.nullable().optional(),
    previousParTaskRating: RATING_ENUM.nullable().optional(),
    districtRecognisedBestCommune: nullableFlag,
    districtParClassification: CLASS_ENUM.nullable().optional(),
    proposed: nullableFlag,
  }),
});

const IndividualPatchSchema = z.strictObject({
  kind: z.literal('individual'),
  personId: z.uuid(),
  /** Facts to assume for this person (null = unknown). */
  set: z.strictObject({
    registered: nullableFlag,
    rating: RATING_ENUM.nullable().optional(),
    parTasksExcellent: nullableFlag,
    directlyDoesParWork: nullableFlag,
    unitProposed: nullableFlag,
  }),
});

export const WhatIfBody = z.strictObject({
  /** Threshold changes keyed by criterion code; nothing is saved. */
  overrides: z.strictObject({ criteria: z.record(z.string().min(1).max(100), CriterionOverrideSchema).optional() }),
  /** Per-nominee input changes to try. */
  inputs: z.array(z.discriminatedUnion('kind', [CollectivePatchSchema, IndividualPatchSchema])).max(1000).optional(),
});
export type WhatIfReq = z.infer<typeof WhatIfBody>;
