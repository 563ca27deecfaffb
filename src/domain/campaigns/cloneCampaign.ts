import type { CampaignDefinition } from './campaignDefinition';
import { LEGAL_BASES, formatPlanSource, legalBasisInForceOn } from './campaignPlanTerms';
import { addYears, formatVnDate, isLocalDate, type LocalDate } from '../time/localDate';
import { definitionFieldLabel } from './cloneCampaignLabels';
import { moveDefinitionToEra, type EraMove, type EraMoveReport } from './cloneCampaignEra';

export { renameProvince } from './cloneCampaignEra';

export type { CampaignEra, EraMove, EraMoveReport, UnitRef } from './cloneCampaignEra';

/** Options of `cloneCampaign`. */
export type CloneCampaignOptions = {
  /** The year of the new campaign, e.g. 2021. */
  year: number;
  /**
   * The era the new campaign moves to, when it is not the source's (a 2026 copy of a Kiên Giang 2020 plan runs on
   * the two-tier An Giang tree). Left out, or with `from` and `to` the same era, the units stay as they are.
   */
  eraMove?: EraMove;
};

/** The new draft definition and what the secretariat must review by hand before issuing it. */
export type CloneCampaignResult = {
  definition: CampaignDefinition;
  /** The review list: Vietnamese notes, each opening with the field's label ("Căn cứ 1: …"), never a field path. */
  warnings: string[];
  /** The era change and the units mapped through the lineage or not, when the clone moved to another era. */
  eraMove: EraMoveReport | null;
};

const CITED_DATE = /ngày \d{1,2} tháng \d{1,2} năm \d{4}/u;
const PERIOD = /giai đoạn (\d{4})\s*-\s*(\d{4})/gu;

/**
 * Replaces the campaign year in running text: "năm 2020" → "năm 2021" and "tháng 3/2020" → "tháng 3/2021".
 * A full date "ngày 09 tháng 12 năm 2020" is left alone: it cites another document, whose date does not move
 * with the campaign (the caller warns about it instead).
 */
export function replaceYearInText(text: string, from: number, to: number): string {
  const inYear = new RegExp(`(?<!tháng \\d{1,2} )(năm) ${from}(?!\\d)`, 'giu');
  const monthYear = new RegExp(`(tháng \\d{1,2}/)${from}(?!\\d)`, 'giu');
  return text.replace(inYear, `$1 ${to}`).replace(monthYear, `$1${to}`);
}

/**
 * Clones a campaign definition into another year, as a new draft (SPEC §3 step 1: "A campaign can be cloned for
 * the next year").
 *
 * - Every `YYYY-MM-DD` field moves by the year difference; 29/02 becomes 28/02 in a common year.
 * - Text mentioning the campaign year moves with it ("năm 2020" → "năm 2021", "tháng 3/2020" → "tháng 3/2021");
 *   full dates citing other documents are kept and reported in `warnings`, since the next plan cites new ones.
 * - The plan number becomes the draft placeholder "…/KH-UBND" (the văn thư numbers it on issue), and clause
 *   references citing the old plan now cite the new draft.
 * - When the legal basis is no longer in force on the new plan date it is replaced by the decree in force, with a
 *   warning: forms and dossier texts depend on it.
 * - With `eraMove`, the copy moves to another era of the org tree (`moveDefinitionToEra`): issuer and province
 *   names, participants and quotas for two tiers, units mapped through the lineage; all of it in the review list.
 * - Results are not copied: a definition holds none (registrations, PAR results, nominations and decisions live in
 *   their own records keyed by campaign), so the clone starts empty by construction.
 *
 * The source is not modified; the result shares no objects with it.
 *
 * @throws {RangeError} when `year` is not an integer
 */
export function cloneCampaign(source: CampaignDefinition, options: CloneCampaignOptions): CloneCampaignResult {
  const { year } = options;
  if (!Number.isInteger(year)) throw new RangeError(`Năm của đợt thi đua mới không hợp lệ: ${year}`);
  const diff = year - source.year;
  const warnings: string[] = [];

  const planNumber = source.planNumber.replace(/^[^/]*\//u, '…/');
  const planDate = addYears(source.planDate as LocalDate, diff);
  const oldSource = formatPlanSource(source);
  const newSource = formatPlanSource({ planNumber, planDate });

  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      if (path.length === 1 && path[0] === 'planNumber') return planNumber;
      if (isLocalDate(value)) return addYears(value, diff);
      if (value === oldSource) return newSource;
      if (CITED_DATE.test(value)) {
        warnings.push(
          `${definitionFieldLabel(path)}: có trích dẫn văn bản kèm ngày cụ thể, được giữ nguyên; cần rà soát lại cho năm ${year}.`,
        );
      }
      for (const [period, , end] of value.matchAll(PERIOD)) {
        // "giai đoạn 2016-2020" names a national programme; the next one is a new document, not a shifted range.
        if (Number(end) < year) {
          warnings.push(`${definitionFieldLabel(path)}: "${period}" đã kết thúc trước năm ${year}; cần rà soát lại.`);
        }
      }
      return replaceYearInText(value, source.year, year);
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, [...path, key])]));
    }
    return value;
  };

  const definition = walk(source, []) as CampaignDefinition;
  definition.year = year;

  const inForce = legalBasisInForceOn(definition.planDate);
  if (inForce !== null && inForce !== definition.legalBasis) {
    warnings.push(
      `${definitionFieldLabel(['legalBasis'])}: ${definition.legalBasis} không còn hiệu lực vào ngày ${formatVnDate(definition.planDate as LocalDate)}; đã đổi sang ${inForce}` +
        ` (${LEGAL_BASES[inForce].title}). Cần rà soát thành phần hồ sơ, mẫu báo cáo thành tích và tiêu chuẩn.`,
    );
    definition.legalBasis = inForce;
  } else if (inForce === null) {
    warnings.push(`${definitionFieldLabel(['legalBasis'])}: không xác định được nghị định có hiệu lực vào ngày ${formatVnDate(definition.planDate as LocalDate)}.`);
  }

  const move = options.eraMove;
  if (!move || move.from.id === move.to.id) return { definition, warnings, eraMove: null };
  const moved = moveDefinitionToEra(definition, move);
  return { definition, warnings: [...moved.warnings, ...warnings], eraMove: moved.report };
}
