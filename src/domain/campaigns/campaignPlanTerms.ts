import { formatVnDocumentDate, type LocalDate } from '../time/localDate';

/**
 * The terms of a campaign plan that need no validation library: enumerations, their Vietnamese labels, the decrees
 * and their periods, the plan number pattern and how a clause cites the plan. Split from campaignDefinition.ts (which
 * re-exports all of it next to the zod schema) so the web app can use them without shipping zod to the browser
 * (issue 13 §5).
 */

// ---------------------------------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------------------------------

/** Kinds of collective that may take part (II.2.a). A two-tier campaign simply omits the district kinds. */
export const COLLECTIVE_KINDS = [
  'department',
  'district',
  'commune',
  'par_unit_province',
  'par_unit_district',
] as const;
/** One kind of participating collective (II.2.a). */
export type CollectiveKind = (typeof COLLECTIVE_KINDS)[number];

/** Vietnamese labels of the collective kinds, as the plan names them. */
export const COLLECTIVE_KIND_LABELS: Record<CollectiveKind, string> = {
  department: 'Sở, ban, ngành tỉnh',
  district: 'Ủy ban nhân dân huyện, thành phố',
  commune: 'Ủy ban nhân dân xã, phường, thị trấn',
  par_unit_province: 'Phòng, đơn vị chuyên trách tham mưu CCHC cấp tỉnh',
  par_unit_district: 'Phòng Nội vụ cấp huyện',
};

/** Whom the commune quota of III.4.a counts per: each district, or the whole province (two tiers, no districts). */
export const COMMUNE_QUOTA_SCOPES = ['per_district', 'province_wide'] as const;
/** Scope of the commune quota. */
export type CommuneQuotaScope = (typeof COMMUNE_QUOTA_SCOPES)[number];

/** Award forms (GLOSSARY: `provincial_merit` = Bằng khen của Chủ tịch UBND tỉnh, `unit_merit` = Giấy khen). */
export const AWARD_FORM_CODES = ['provincial_merit', 'unit_merit'] as const;
/** Code of an award form. */
export type AwardFormCode = (typeof AWARD_FORM_CODES)[number];

/**
 * Who owns an award form's criteria: the campaign plan itself (Bằng khen, III.1), or each issuing head
 * (Giấy khen, III.2: "Do Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện quy định").
 */
export const CRITERIA_OWNERS = ['campaign', 'issuing_head'] as const;
/** Owner of an award form's criteria. */
export type CriteriaOwner = (typeof CRITERIA_OWNERS)[number];

/** Documents of a commendation dossier (III.4.c); `other` lets another plan add one without a code change. */
export const DOSSIER_DOCUMENT_KINDS = ['submissionLetter', 'councilMinutes', 'achievementReport', 'other'] as const;
/** Kind of a required dossier document. */
export type DossierDocumentKind = (typeof DOSSIER_DOCUMENT_KINDS)[number];

/**
 * Decrees detailing the Law on Emulation and Commendation, with the period each governs (DOMAIN §1.1).
 * Forms and criteria depend on which one is in force on the plan date, so a campaign records it.
 */
export const LEGAL_BASES = {
  'NĐ 91/2017/NĐ-CP': {
    title:
      'Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    // Issued 31/7/2017; the effective date 15/9/2017 is from memory [M], DOMAIN §1.1 only fixes the end.
    validFrom: '2017-09-15',
    validTo: '2023-12-31',
  },
  'NĐ 98/2023/NĐ-CP': {
    title: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ',
    validFrom: '2024-01-01',
    validTo: '2025-06-30',
  },
  'NĐ 152/2025/NĐ-CP': {
    title: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
    validFrom: '2025-07-01',
    validTo: null,
  },
} as const satisfies Record<string, { title: string; validFrom: string; validTo: string | null }>;
/** Code of a known decree, e.g. "NĐ 91/2017/NĐ-CP". */
export type LegalBasis = keyof typeof LEGAL_BASES;
/** The known decrees' codes, oldest first (for `z.enum`). */
export const LEGAL_BASIS_CODES = Object.keys(LEGAL_BASES) as [LegalBasis, ...LegalBasis[]];

/**
 * The decree in force on a date, or null before the first one we know.
 *
 * @example legalBasisInForceOn('2020-03-03') // "NĐ 91/2017/NĐ-CP"
 */
export function legalBasisInForceOn(isoDate: string): LegalBasis | null {
  for (const code of LEGAL_BASIS_CODES) {
    const { validFrom, validTo } = LEGAL_BASES[code];
    // ISO dates compare correctly as strings.
    if (isoDate >= validFrom && (validTo === null || isoDate <= validTo)) return code;
  }
  return null;
}

/**
 * Plan numbers look like "34/KH-UBND" (NĐ 30/2020: số/ký hiệu). A draft not yet numbered by the văn thư keeps its
 * ký hiệu and shows "…" for the number, as forms print "Số: …/KH-UBND".
 */
export const PLAN_NUMBER_PATTERN = /^(\d{1,5}|…)\/[A-ZĐ]+(-[A-ZĐ0-9]+)+$/u;

/** True when a plan number is the draft placeholder ("…/KH-UBND"), i.e. the plan has not been issued yet. */
export function isDraftPlanNumber(planNumber: string): boolean {
  return planNumber.startsWith('…/');
}

/** Time zone of every deadline (SPEC §4.4); the only one the local date helpers support. */
export const CAMPAIGN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * How clause references cite the plan: "Kế hoạch số 34/KH-UBND ngày 03/3/2020" (NĐ 30/2020 date style).
 *
 * @example formatPlanSource({ planNumber: '34/KH-UBND', planDate: '2020-03-03' }) // "Kế hoạch số 34/KH-UBND ngày 03/3/2020"
 */
export function formatPlanSource(plan: { planNumber: string; planDate: string }): string {
  return `Kế hoạch số ${plan.planNumber} ngày ${formatVnDocumentDate(plan.planDate as LocalDate)}`;
}
