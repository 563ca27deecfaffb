import { CLASSIFICATIONS, type Classification } from './classificationScheme';
import { blockLabel } from './parResultRows';

/** What the charts need of one unit's result in a year (a stored snapshot row or a live one fits). */
export type ChartResult = {
  unitId: string;
  orgUnitName: string;
  blockCode: string;
  indexPercent: number | null;
  rank: number | null;
  classification: string | null;
  classificationLabel: string | null;
};

/** The blocks present in the results, in order of first appearance, or only `blockCode` when one is asked for. */
function blocksOf(items: readonly ChartResult[], blockCode?: string): string[] {
  return [...new Set(items.map((i) => i.blockCode))].filter((b) => !blockCode || b === blockCode);
}

/**
 * The ranking chart: per block, its units in the results' order (already ranked), with index, rank and class.
 * @param items a year's results, ranked
 * @param blockCode only this block, when given
 */
export function rankingByBlock(items: readonly ChartResult[], blockCode?: string) {
  return blocksOf(items, blockCode).map((code) => ({
    blockCode: code,
    blockLabel: blockLabel(code),
    items: items
      .filter((i) => i.blockCode === code)
      .map((i) => ({ unitId: i.unitId, orgUnitName: i.orgUnitName, indexPercent: i.indexPercent, rank: i.rank, classification: i.classification, classificationLabel: i.classificationLabel })),
  }));
}

/**
 * The distribution chart: per block, how many units fall in each class (every class listed, best first, zero
 * included) and how many have no class yet.
 * @param items a year's results
 * @param blockCode only this block, when given
 */
export function distributionByBlock(items: readonly ChartResult[], blockCode?: string) {
  return blocksOf(items, blockCode).map((code) => {
    const members = items.filter((i) => i.blockCode === code);
    const counts = Object.fromEntries(CLASSIFICATIONS.map((c) => [c, members.filter((i) => i.classification === c).length])) as Record<Classification, number>;
    return { blockCode: code, blockLabel: blockLabel(code), counts, unclassified: members.filter((i) => i.classification === null).length };
  });
}
