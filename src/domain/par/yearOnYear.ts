import { CLASSIFICATIONS, type Classification } from './classificationScheme';
import type { ParResult } from './parIndex';

/** The fields of a year's result that a comparison needs (a stored snapshot row fits). */
export type ParResultSnapshot = Pick<ParResult, 'unitId' | 'blockCode' | 'indexPercent' | 'rank' | 'classification'>;

/** How one unit's result changed from the previous year to the current one. */
export type YearOnYearChange = {
  unitId: string;
  /** 'both' when ranked in both years, 'new' when only in the current year, 'dropped' when only in the previous. */
  presence: 'both' | 'new' | 'dropped';
  /** The current block, else the previous one. */
  blockCode: string;
  /** False when the unit moved to another block: ranks are then not comparable. */
  sameBlock: boolean | null;
  previousIndex: number | null;
  currentIndex: number | null;
  /** currentIndex − previousIndex in percentage points, 2 decimals; null when either is unknown. */
  indexDelta: number | null;
  previousRank: number | null;
  currentRank: number | null;
  /** previousRank − currentRank: positive = moved up. Null when either is unknown or the block changed. */
  rankDelta: number | null;
  previousClassification: Classification | null;
  currentClassification: Classification | null;
  /** Null when either class is unknown. */
  classificationChange: 'improved' | 'unchanged' | 'declined' | null;
};

/**
 * Compares each unit's PAR result with the previous year's: index change, rank change (within the same block)
 * and class change. Feeds the "tiến bộ hơn năm trước" checks and the evaluation report.
 * @param years.previous the previous year's results
 * @param years.current the current year's results
 * @returns one change per unit: current units in their order, then units present only in the previous year
 */
export function computeYearOnYear(years: {
  previous: readonly ParResultSnapshot[];
  current: readonly ParResultSnapshot[];
}): YearOnYearChange[] {
  const previousById = new Map(years.previous.map((result) => [result.unitId, result]));
  const currentIds = new Set(years.current.map((result) => result.unitId));
  const changes = years.current.map((current) => compare(previousById.get(current.unitId) ?? null, current));
  const dropped = years.previous.filter((previous) => !currentIds.has(previous.unitId));
  return [...changes, ...dropped.map((previous) => compare(previous, null))];
}

function compare(previous: ParResultSnapshot | null, current: ParResultSnapshot | null): YearOnYearChange {
  const unit = (current ?? previous) as ParResultSnapshot;
  const sameBlock = previous && current ? previous.blockCode === current.blockCode : null;
  const previousIndex = previous?.indexPercent ?? null;
  const currentIndex = current?.indexPercent ?? null;
  const previousRank = previous?.rank ?? null;
  const currentRank = current?.rank ?? null;
  const previousClassification = previous?.classification ?? null;
  const currentClassification = current?.classification ?? null;
  return {
    unitId: unit.unitId,
    presence: previous && current ? 'both' : current ? 'new' : 'dropped',
    blockCode: unit.blockCode,
    sameBlock,
    previousIndex,
    currentIndex,
    // In hundredths, so 90.1 − 80.2 is 9.9 and not 9.899999999999991.
    indexDelta:
      previousIndex === null || currentIndex === null
        ? null
        : (Math.round(currentIndex * 100) - Math.round(previousIndex * 100)) / 100,
    previousRank,
    currentRank,
    rankDelta: previousRank === null || currentRank === null || sameBlock !== true ? null : previousRank - currentRank,
    previousClassification,
    currentClassification,
    classificationChange: classChange(previousClassification, currentClassification),
  };
}

function classChange(
  previous: Classification | null,
  current: Classification | null,
): YearOnYearChange['classificationChange'] {
  if (previous === null || current === null) return null;
  // CLASSIFICATIONS lists the best first, so a smaller position is a better class.
  const step = CLASSIFICATIONS.indexOf(previous) - CLASSIFICATIONS.indexOf(current);
  return step > 0 ? 'improved' : step < 0 ? 'declined' : 'unchanged';
}
