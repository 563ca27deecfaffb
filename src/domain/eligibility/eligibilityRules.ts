import type { ClauseRef } from '../shared/ruleOutcome';
import { ORG_UNIT_KINDS, type OrgUnitKind } from '../orgUnits/orgUnitKind';

/**
 * The vocabulary in which a campaign's award criteria are written. A campaign stores a {@link RuleSet} as data and
 * `evaluateEligibility` interprets it, so next year's plan (or another province's) changes data, not code.
 */

/** Kind of an org unit (SPEC §2): the award rules use the org tree's own kinds. */
export type UnitKind = OrgUnitKind;

/** Level of a specialised PAR unit: provincial (Phòng CCHC và TCPCP, Trung tâm PVHCC) or district (Phòng Nội vụ). */
export type ParUnitLevel = 'province' | 'district';

/** PAR Index class (nhóm xuất sắc / tốt / khá / trung bình / yếu), the bands of the classification scheme. */
export type ParClassification = 'excellent' | 'good' | 'fair' | 'average' | 'weak';

/** Yearly quality rating of a unit or a person, also used for the PAR-task rating of specialised units. */
export type Rating = 'outstanding' | 'good' | 'adequate' | 'failed';

/** The award form these rules decide: Bằng khen của Chủ tịch UBND tỉnh. */
export type AwardForm = 'provincial_merit';

/** Every unit kind, in display order. */
export const UNIT_KINDS: readonly UnitKind[] = ORG_UNIT_KINDS;

/** Every PAR-unit level. */
export const PAR_UNIT_LEVELS: readonly ParUnitLevel[] = ['province', 'district'];

/** PAR classes from the top band down. */
export const PAR_CLASSIFICATIONS: readonly ParClassification[] = ['excellent', 'good', 'fair', 'average', 'weak'];

/** Ratings from lowest to highest: failed < adequate < good < outstanding. The index is the rank. */
export const RATING_ORDER: readonly Rating[] = ['failed', 'adequate', 'good', 'outstanding'];

/** Vietnamese names of the ratings, as written in the plan ("Hoàn thành tốt nhiệm vụ"). */
export const RATING_LABELS: Readonly<Record<Rating, string>> = {
  outstanding: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  adequate: 'Hoàn thành nhiệm vụ',
  failed: 'Không hoàn thành nhiệm vụ',
};

/** Vietnamese names of the PAR classes, capitalised for use as a value ("Xếp hạng …: Tốt"). */
export const PAR_CLASSIFICATION_LABELS: Readonly<Record<ParClassification, string>> = {
  excellent: 'Xuất sắc',
  good: 'Tốt',
  fair: 'Khá',
  average: 'Trung bình',
  weak: 'Yếu',
};

/** Vietnamese names of the unit kinds, in the form used inside a sentence ("đơn vị là sở, ban, ngành tỉnh"). */
export const UNIT_KIND_LABELS: Readonly<Record<UnitKind, string>> = {
  province: 'UBND tỉnh',
  department: 'sở, ban, ngành tỉnh',
  district: 'UBND cấp huyện',
  commune: 'UBND cấp xã',
  par_unit: 'phòng, đơn vị chuyên trách tham mưu CCHC',
  // Ranked in the PAR Index (own block) but not a participant of II.2.a: the participant check fails for it.
  central_agency: 'cơ quan Trung ương đóng trên địa bàn tỉnh',
};

/** Vietnamese names of the PAR-unit levels. */
export const PAR_UNIT_LEVEL_LABELS: Readonly<Record<ParUnitLevel, string>> = {
  province: 'cấp tỉnh',
  district: 'cấp huyện',
};

/** Vietnamese names of the award forms. */
export const AWARD_FORM_LABELS: Readonly<Record<AwardForm, string>> = {
  provincial_merit: 'Bằng khen của Chủ tịch UBND tỉnh',
};

/**
 * Restricts a criterion or basis to some unit kinds. A criterion that does not apply to a unit is skipped
 * (reported as not applicable), never failed: C1 says nothing about a district's Phòng Nội vụ.
 */
export type UnitKindFilter = {
  /** The criterion applies only to these unit kinds (of the collective, or of an individual's unit). */
  appliesToUnitKinds?: readonly UnitKind[];
  /** For `par_unit` only: the criterion applies only to specialised PAR units of these levels. */
  appliesToParUnitLevels?: readonly ParUnitLevel[];
};

/** What every criterion carries: a stable code, a Vietnamese label and the clause it comes from. */
type CriterionBase = UnitKindFilter & {
  /** Stable code, unique in the rule set, e.g. "collective.registered"; overrides address criteria by it. */
  code: string;
  /** Short Vietnamese statement of the condition, e.g. "Có đăng ký thi đua chuyên đề". */
  label: string;
  ref: ClauseRef;
};

/** The unit (collective, or an individual's unit) is of one of the participant kinds (II.2). */
export type ParticipantUnitKindCriterion = CriterionBase & {
  kind: 'participantUnitKind';
  unitKinds: readonly UnitKind[];
};

/** The nominee registered in the campaign. */
export type RegisteredCriterion = CriterionBase & { kind: 'registered' };

/** The unit head attested exemplary compliance or internal solidarity. */
export type AttestationCriterion = CriterionBase & {
  kind: 'attestation';
  which: 'compliance' | 'solidarity';
};

/** The threshold of the criteria that accept a set of PAR Index classes. */
type ClassesThreshold = { classes: readonly ParClassification[] };

/** The threshold of the criteria that accept a yearly rating or better. */
type MinRatingThreshold = { minRating: Rating };

/** The collective's PAR Index class is one of `classes` (by default the top band: the "nhóm xuất sắc"). */
export type ParClassInCriterion = CriterionBase & ClassesThreshold & { kind: 'parClassIn' };

/** A commune recognised by its district as the most outstanding in the movement and classed in `classes`. */
export type CommuneRecognisedAndExcellentCriterion = CriterionBase & ClassesThreshold & { kind: 'communeRecognisedAndExcellent' };

/** The collective's yearly rating is `minRating` or better. */
export type UnitRatingAtLeastCriterion = CriterionBase & MinRatingThreshold & { kind: 'unitRatingAtLeast' };

/** The PAR-task rating of the year is strictly better than the previous year's (equal is not progress). */
export type ParTaskRatingImprovedCriterion = CriterionBase & { kind: 'parTaskRatingImproved' };

/** The PAR Index class of the district a district PAR unit belongs to is one of `classes`. */
export type DistrictParClassInCriterion = CriterionBase & ClassesThreshold & { kind: 'districtParClassIn' };

/** The individual's yearly rating is `minRating` or better. */
export type PersonRatingAtLeastCriterion = CriterionBase & MinRatingThreshold & { kind: 'personRatingAtLeast' };

/** The individual carried out the assigned PAR tasks excellently (an attested flag). */
export type ParTasksExcellentCriterion = CriterionBase & { kind: 'parTasksExcellent' };

/**
 * The individual's unit qualifies: it meets one of the collective bases `viaBases` on its own (e.g. A, the excellent
 * group), or meets one of `viaProposedBases` (e.g. C1/C2) **and** is itself proposed for the award.
 */
export type MemberOfQualifyingUnitCriterion = CriterionBase & {
  kind: 'memberOfQualifyingUnit';
  viaBases: readonly string[];
  viaProposedBases: readonly string[];
};

/** One condition of a rule, from the fixed vocabulary the engine understands. */
export type Criterion =
  | ParticipantUnitKindCriterion
  | RegisteredCriterion
  | AttestationCriterion
  | ParClassInCriterion
  | CommuneRecognisedAndExcellentCriterion
  | UnitRatingAtLeastCriterion
  | ParTaskRatingImprovedCriterion
  | DistrictParClassInCriterion
  | PersonRatingAtLeastCriterion
  | ParTasksExcellentCriterion
  | MemberOfQualifyingUnitCriterion;

/** Every criterion kind. */
export type CriterionKind = Criterion['kind'];

/**
 * Which criterion kinds make sense where. Attestations and PAR results describe a collective; ratings of a person
 * and membership describe an individual. `validateRuleSet` refuses a kind used out of place.
 */
export const CRITERION_KIND_CONTEXTS: Readonly<Record<CriterionKind, readonly ('collective' | 'individual')[]>> = {
  participantUnitKind: ['collective', 'individual'],
  registered: ['collective', 'individual'],
  attestation: ['collective'],
  parClassIn: ['collective'],
  communeRecognisedAndExcellent: ['collective'],
  unitRatingAtLeast: ['collective'],
  parTaskRatingImproved: ['collective'],
  districtParClassIn: ['collective'],
  personRatingAtLeast: ['individual'],
  parTasksExcellent: ['individual'],
  memberOfQualifyingUnit: ['individual'],
};

/**
 * One basis (tiêu chuẩn) of the collective rule: it holds when **all** its criteria hold. A collective needs at least
 * one applicable basis to hold. C1 is two criteria (rating and progress), so a basis is a list, not one criterion.
 */
export type BasisRule = UnitKindFilter & {
  /** Basis code, unique in the rule set: "A", "B", "C1", "C2" for Kế hoạch 34. */
  basis: string;
  label: string;
  ref: ClauseRef;
  criteria: readonly Criterion[];
};

/** The criteria of one award form for one campaign, as data. */
export type RuleSet = {
  /** Stable identifier of this rule set, e.g. "kh34-2020-provincial-merit". */
  id: string;
  awardForm: AwardForm;
  /** The campaign year; explanations say "năm 2020" and the previous year is `year - 1`. */
  year: number;
  /** The plan the criteria come from, e.g. "Kế hoạch số 34/KH-UBND ngày 03/3/2020 của UBND tỉnh Kiên Giang". */
  source: string;
  collective: {
    /** All must hold. */
    preconditions: readonly Criterion[];
    /** At least one applicable basis must hold. */
    bases: readonly BasisRule[];
  };
  individual: {
    /** All must hold. */
    conditions: readonly Criterion[];
  };
};
