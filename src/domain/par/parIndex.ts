import { formatDecimalCell } from '../tabular/cellValues';
import {
  blockOf,
  CLASSIFICATIONS,
  classificationLabel,
  type BlockScheme,
  type Classification,
  type ClassificationScheme,
} from './classificationScheme';

/** One unit's PAR scores for a year, as entered or imported. Points have at most 2 decimals. */
export type ParScoreInput = {
  unitId: string;
  /** Block (khối) the unit is ranked in; a key of the scheme's blocks. */
  blockCode: string;
  /** Tự đánh giá: informational only, never part of the total. */
  selfScore: number | null;
  /** Thẩm định. */
  appraisedScore: number | null;
  /** Điều tra xã hội học. */
  surveyScore: number | null;
  /** A total published without its parts (history from news); used only when a part is missing. */
  publishedTotal?: number | null;
  /** The class published in the decision or news; it is the legal fact and wins over the computed class. */
  publishedClassification?: Classification | null;
};

/** One unit's PAR result: total, index, class and rank in its block (null where unknown). */
export type ParResult = {
  unitId: string;
  blockCode: string;
  selfScore: number | null;
  appraisedScore: number | null;
  surveyScore: number | null;
  /** appraisedScore + surveyScore (or the published total). */
  totalPoints: number | null;
  maxPoints: number;
  /** totalPoints ÷ maxPoints × 100, rounded to 2 decimals. */
  indexPercent: number | null;
  classification: Classification | null;
  /** Vietnamese label: 'Xuất sắc', 'Tốt', 'Khá', 'Trung bình', 'Yếu'. */
  classificationLabel: string | null;
  classificationSource: 'computed' | 'published' | null;
  /** Standard competition rank in the block (1, 1, 3); null without a total. */
  rank: number | null;
  /** Vietnamese remarks: missing parts, a published class that differs from the computed one. */
  notes: string[];
};

// Points and percentages are handled as integer hundredths so that 0.1 + 0.2 style errors cannot move a unit
// across a band threshold or break a tie.
const toHundredths = (value: number): number => Math.round(value * 100);
const fromHundredths = (value: number): number => value / 100;
const hasAtMostTwoDecimals = (value: number): boolean => Math.abs(toHundredths(value) - value * 100) < 1e-6;

/** Integer division rounded half up, for non-negative integers. */
function divideRounded(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

/**
 * The PAR Index of a total: total ÷ maximum × 100, rounded half up to 2 decimals, computed exactly.
 * @param totalPoints points achieved (at most 2 decimals)
 * @param maxPoints the block's maximum
 * @returns e.g. 90.5 for (54.3, 60)
 */
export function computeIndexPercent(totalPoints: number, maxPoints: number): number {
  return fromHundredths(indexHundredths(toHundredths(totalPoints), toHundredths(maxPoints)));
}

function indexHundredths(totalHundredths: number, maxHundredths: number): number {
  // percent × 100 = total / max × 10 000; both sides are in hundredths of a point, which cancel out.
  return divideRounded(totalHundredths * 10_000, maxHundredths);
}

/**
 * The class of an index under a block's bands: the first band (from the top) whose minimum it reaches,
 * so an index exactly at a threshold gets the higher class.
 * @param indexPercent the index, in percent
 * @param block the block's scheme
 * @returns the class, or null when no band covers the index (an invalid scheme)
 */
export function classifyIndex(indexPercent: number, block: BlockScheme): Classification | null {
  const index = toHundredths(indexPercent);
  return block.bands.find((band) => index >= toHundredths(band.minPercent))?.classification ?? null;
}

/**
 * Standard competition ranks ("1224"): equal values share a rank and the next rank skips.
 * Higher is better; null values get no rank.
 * @param values one value per item
 * @returns one rank per item, in the same order
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const ranked = values.filter((value): value is number => value !== null).sort((a, b) => b - a);
  // The first position of each value, once (an indexOf per item was quadratic at national size, issue 13).
  const rankOf = new Map<number, number>();
  ranked.forEach((value, i) => {
    if (!rankOf.has(value)) rankOf.set(value, i + 1);
  });
  return values.map((value) => (value === null ? null : (rankOf.get(value) ?? null)));
}


/** A number as Vietnamese text writes it, with a decimal comma: 80.25 → "80,25". */
const vn = (value: number) => formatDecimalCell(value);
/**
 * Checks one input row against a scheme; messages are in Vietnamese and name the unit and field.
 * @param input the row
 * @param scheme the scheme in force
 * @returns the problems, empty when the row is valid
 */
export function validateParScoreInput(input: ParScoreInput, scheme: ClassificationScheme): string[] {
  const errors: string[] = [];
  const who = `Đơn vị "${input.unitId}"`;
  const block = blockOf(scheme, input.blockCode);
  if (!block) {
    errors.push(`${who}: khối "${input.blockCode}" không có trong phương án xếp loại "${scheme.name}".`);
  }
  const scores: [string, number | null | undefined][] = [
    ['Điểm tự đánh giá', input.selfScore],
    ['Điểm thẩm định', input.appraisedScore],
    ['Điểm điều tra xã hội học', input.surveyScore],
    ['Tổng điểm công bố', input.publishedTotal],
  ];
  for (const [field, value] of scores) {
    if (value === null || value === undefined) continue;
    if (!Number.isFinite(value) || value < 0) {
      errors.push(`${who}: ${field.toLowerCase()} phải là số không âm (đang là ${vn(value)}).`);
    } else if (!hasAtMostTwoDecimals(value)) {
      errors.push(`${who}: ${field.toLowerCase()} chỉ được có tối đa 2 chữ số thập phân (đang là ${vn(value)}).`);
    } else if (block && value > block.maxPoints) {
      errors.push(`${who}: ${field.toLowerCase()} (${vn(value)}) vượt điểm tối đa của khối (${vn(block.maxPoints)}).`);
    }
  }
  const { appraisedScore, surveyScore, publishedTotal } = input;
  if (
    appraisedScore != null && surveyScore != null && publishedTotal != null &&
    toHundredths(appraisedScore) + toHundredths(surveyScore) !== toHundredths(publishedTotal)
  ) {
    errors.push(
      `${who}: tổng điểm công bố (${vn(publishedTotal)}) khác tổng điểm thẩm định và điều tra xã hội học ` +
        `(${vn(fromHundredths(toHundredths(appraisedScore) + toHundredths(surveyScore)))}).`,
    );
  }
  if (block && appraisedScore != null && surveyScore != null) {
    const total = toHundredths(appraisedScore) + toHundredths(surveyScore);
    if (total > toHundredths(block.maxPoints)) {
      errors.push(`${who}: tổng điểm (${vn(fromHundredths(total))}) vượt điểm tối đa của khối (${vn(block.maxPoints)}).`);
    }
  }
  if (input.publishedClassification != null && !CLASSIFICATIONS.includes(input.publishedClassification)) {
    errors.push(`${who}: xếp loại công bố "${input.publishedClassification}" không hợp lệ.`);
  }
  return errors;
}

/**
 * Computes the PAR results of a year: total = thẩm định + điều tra xã hội học (self-assessment kept apart),
 * index = total ÷ the block's maximum, class by the block's bands, and rank within the block with ties sharing
 * a rank. A unit with a missing part gets no index or rank; its published class, if any, is kept.
 * @param inputs one row per unit
 * @param scheme the classification scheme in force for the year
 * @returns one result per input, in input order
 * @throws RangeError listing every invalid row (see `validateParScoreInput`) or a duplicated unit
 */
export function computeParIndex(inputs: readonly ParScoreInput[], scheme: ClassificationScheme): ParResult[] {
  const errors = inputs.flatMap((input) => validateParScoreInput(input, scheme));
  const seen = new Set<string>();
  for (const { unitId } of inputs) {
    if (seen.has(unitId)) errors.push(`Đơn vị "${unitId}" có nhiều hơn một dòng kết quả.`);
    seen.add(unitId);
  }
  if (errors.length > 0) throw new RangeError(errors.join('\n'));

  const totals = inputs.map(totalHundredthsOf);
  const ranks = new Map<number, number | null>();
  for (const blockCode of new Set(inputs.map((input) => input.blockCode))) {
    // Same block → same maximum, so ranking by total points equals ranking by index, without rounding ties.
    const members = inputs.map((input, i) => i).filter((i) => inputs[i].blockCode === blockCode);
    const blockRanks = competitionRanks(members.map((i) => totals[i]));
    members.forEach((i, k) => ranks.set(i, blockRanks[k]));
  }

  return inputs.map((input, i) => {
    // Validated above: every input's block is one of the scheme's own.
    const block = blockOf(scheme, input.blockCode)!;
    const total = totals[i];
    const notes: string[] = [];
    const indexPercent = total === null ? null : fromHundredths(indexHundredths(total, toHundredths(block.maxPoints)));
    const computed = indexPercent === null ? null : classifyIndex(indexPercent, block);
    const published = input.publishedClassification ?? null;
    if (total === null) notes.push(missingPartsNote(input));
    else if (input.appraisedScore === null || input.surveyScore === null) {
      notes.push('Tổng điểm lấy theo số liệu công bố, không có đủ điểm thành phần.');
    }
    if (published !== null && computed !== null && published !== computed) {
      notes.push(
        `Xếp loại công bố (${classificationLabel(published)}) khác xếp loại tính từ điểm ` +
          `(${classificationLabel(computed)}); dùng xếp loại công bố.`,
      );
    }
    const classification = published ?? computed;
    return {
      unitId: input.unitId,
      blockCode: input.blockCode,
      selfScore: input.selfScore,
      appraisedScore: input.appraisedScore,
      surveyScore: input.surveyScore,
      totalPoints: total === null ? null : fromHundredths(total),
      maxPoints: block.maxPoints,
      indexPercent,
      classification,
      classificationLabel: classification === null ? null : classificationLabel(classification),
      classificationSource: published !== null ? 'published' : computed !== null ? 'computed' : null,
      rank: ranks.get(i) ?? null,
      notes,
    };
  });
}

function totalHundredthsOf(input: ParScoreInput): number | null {
  if (input.appraisedScore !== null && input.surveyScore !== null) {
    return toHundredths(input.appraisedScore) + toHundredths(input.surveyScore);
  }
  return input.publishedTotal == null ? null : toHundredths(input.publishedTotal);
}

function missingPartsNote(input: ParScoreInput): string {
  const missing = [
    input.appraisedScore === null ? 'điểm thẩm định' : null,
    input.surveyScore === null ? 'điểm điều tra xã hội học' : null,
  ].filter((part): part is string => part !== null);
  return `Thiếu ${missing.join(' và ')}: chưa tính được Chỉ số và thứ hạng.`;
}
