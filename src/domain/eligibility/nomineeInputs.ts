import type { ParClassification, ParUnitLevel, Rating, UnitKind } from './eligibilityRules';

/**
 * The facts the eligibility rules read about a nominee. Apart from the rules and the evaluator, so that the
 * criterion evaluators (./criteria) and evaluateEligibility.ts can both use them without importing each other.
 */

/** What the rules read about a collective. Every fact nobody has entered yet is `null`, never a guess. */
export type CollectiveInput = {
  orgUnitId: string;
  name: string;
  unitKind: UnitKind;
  /** For `par_unit` only: provincial or district specialised PAR unit. */
  parUnitLevel?: ParUnitLevel | null;
  registered: boolean | null;
  /** Attested by the unit head (III.1.a). */
  attestations: { compliance: boolean | null; solidarity: boolean | null };
  /** PAR Index class of the campaign year; for a commune, the class its district gave it. */
  parClassification: ParClassification | null;
  /** Yearly quality rating of the unit. */
  rating: Rating | null;
  /** Rating of the unit's PAR tasks by its superior, this year and the previous year (for "tiến bộ", C1). */
  parTaskRating: Rating | null;
  previousParTaskRating: Rating | null;
  /** A commune recognised by its district as the most outstanding in the movement (B). */
  districtRecognisedBestCommune: boolean | null;
  /**
   * A commune directly under the province (two tiers, no districts since 01/7/2025): no district recognises it, the
   * province does, and B says so instead of asking for a district's recognition. Absent = under a district.
   */
  underProvince?: boolean;
  /** For a district PAR unit (Phòng Nội vụ): the PAR Index class of its district (C2). */
  districtParClassification: ParClassification | null;
  /** Whether the unit itself is proposed for the award; informational for the collective, used for its members. */
  proposed: boolean | null;
};

/** The facts about an individual's unit that the individual rule reads. */
export type UnitSummary = Pick<
  CollectiveInput,
  | 'orgUnitId'
  | 'name'
  | 'unitKind'
  | 'parUnitLevel'
  | 'parClassification'
  | 'rating'
  | 'parTaskRating'
  | 'previousParTaskRating'
  | 'districtRecognisedBestCommune'
  | 'underProvince'
  | 'districtParClassification'
>;

/** What the rules read about an individual (cán bộ, công chức). */
export type IndividualInput = {
  personId: string;
  fullName: string;
  unit: UnitSummary;
  registered: boolean | null;
  /** Yearly quality rating of the person. */
  rating: Rating | null;
  /** Carried out the assigned PAR tasks excellently (attested). */
  parTasksExcellent: boolean | null;
  /** Does PAR work directly: a priority at selection, shown in the explanation, never a condition. */
  directlyDoesParWork: boolean | null;
  /** Whether the person's unit is itself proposed for the award (needed for members of C1/C2 units). */
  unitProposed: boolean | null;
};

/** Either kind of nominee, tagged. */
export type EligibilityInput =
  | { kind: 'collective'; collective: CollectiveInput }
  | { kind: 'individual'; individual: IndividualInput };
