import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { eligibilityToRows } from '../../../domain/eligibility/eligibilityToRows';
import { evaluateNominees, type NomineeRef } from './campaignEligibility';
import type { EligibilityInputs } from './eligibilityInputs';

/**
 * The eligibility export's text rows page by page (kit/tableStream sendTableStream): the same rows as
 * `eligibilityToRows(evaluateNominees(ruleSet, inputs, kept))`, but only `pageRows` nominees are explained at a time,
 * so a national export (310,000 nominees) holds one page of explanations and rows, not all of them. The inputs and
 * the kept nominees (filtered on verdicts) are read once before the first page.
 * @param kept the nominees to export, in list order
 */
export async function* eligibilityExportPages(ruleSet: RuleSet, inputs: EligibilityInputs, kept: readonly NomineeRef[], pageRows: number): AsyncGenerator<string[][]> {
  for (let start = 0; start < kept.length; start += pageRows) {
    yield eligibilityToRows(evaluateNominees(ruleSet, inputs, kept.slice(start, start + pageRows))).rows;
    // Let other requests in between pages: explaining a page is synchronous work.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
