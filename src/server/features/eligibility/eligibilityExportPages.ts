import { eligibilityToRows } from '../../../domain/eligibility/eligibilityToRows';
import type { EligibilityItem } from './campaignEligibility';
import { nextTurn } from '../../kit/eventLoopTurns';
import type { StoredVerdictRow } from './storedVerdictQueries';

/**
 * The eligibility export's text rows page by page (kit/tableStream sendTableStream): the same rows as
 * `eligibilityToRows` of every kept nominee explained, but only `pageRows` nominees are read and explained at a time
 * (`explain`, e.g. explainStoredRows), so a national export (310,000 nominees) holds one page of inputs,
 * explanations and rows, not all of them.
 * @param kept the nominees to export, in list order (stored verdicts, filtered in SQL)
 */
export async function* eligibilityExportPages(
  explain: (rows: readonly StoredVerdictRow[]) => Promise<EligibilityItem[]>,
  kept: readonly StoredVerdictRow[],
  pageRows: number,
): AsyncGenerator<string[][]> {
  for (let start = 0; start < kept.length; start += pageRows) {
    yield eligibilityToRows(await explain(kept.slice(start, start + pageRows))).rows;
    // Let other requests in between pages: explaining a page is synchronous work.
    await nextTurn();
  }
}
