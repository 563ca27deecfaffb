import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, people } from '../../../db/schema';
import { rowsToRatingsInSteps } from '../../../domain/ratings/ratingRows';
import type { AuditContext } from '../../kit/audit';
import { eraForYear } from '../orgUnits/eraForYear';
import { dataRowCount, importProgress, repairedCells, type ImportResult } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { saveRating } from './saveRating';
import { saveParTaskConfirmation } from './saveParTaskConfirmation';
import { transactionOrDryRun } from '../../kit/transactionOrDryRun';
import { nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

/**
 * Imports a year's ratings of units and people from rows read off an XLSX or CSV file (the export's layout):
 * sets each rating named in the file; others stay. A person's row may also carry the head's confirmation for the
 * year (III.1.b), written with its own audit row. All or nothing: any row error saves nothing, and a dry run
 * saves nothing either (it runs in a transaction that is rolled back, so its counts are the real ones).
 */
export async function importRatings(db: Db, ctx: AuditContext, input: { year: number; table: string[][]; dryRun: boolean; asOf: Date; progress?: ReportProgress }): Promise<ImportResult> {
  const steps = importProgress(input.progress);
  const eraId = await eraForYear(db, input.year);
  const units = eraId ? await db.select({ id: orgUnits.id, code: orgUnits.code }).from(orgUnits).where(eq(orgUnits.eraId, eraId)) : [];
  const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));
  const persons = eraId
    ? await db
        .select({ id: people.id, unitCode: orgUnits.code, fullName: people.fullName })
        .from(people)
        .innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId))
        .where(eq(orgUnits.eraId, eraId))
    : [];
  await steps.checking(dataRowCount(input.table));
  const { rows, errors, repairs } = await runInTurns(rowsToRatingsInSteps(input.table, { year: input.year, unitCodes: new Set(unitIdByCode.keys()), people: persons }));
  const result: ImportResult = { dryRun: input.dryRun, ok: errors.length === 0, total: dataRowCount(input.table), created: 0, updated: 0, unchanged: 0, errors, repaired: repairedCells(repairs) };
  if (!result.ok) return result;
  await transactionOrDryRun(db, input.dryRun, async (tx) => {
    for (const [i, row] of rows.entries()) {
      // One statement per row: on PGlite each runs inside this process, so let other requests in between.
      if (i > 0 && i % SLICE_ITEMS === 0) await nextTurn();
      await steps.wrote(i, rows.length);
      const orgUnitId = unitIdByCode.get(row.unitCode)!;
      // A blank "Xếp loại" on a row carrying only the head's confirmation leaves the rating as it is.
      const changes: string[] = [];
      if (row.rating !== null) {
        changes.push(await saveRating(tx, ctx, { year: input.year, kind: row.kind, orgUnitId, personId: row.personId, rating: row.rating, asOf: input.asOf }));
      }
      if (row.parTasks && row.personId) {
        changes.push(
          await saveParTaskConfirmation(tx, ctx, {
            year: input.year,
            personId: row.personId,
            orgUnitId,
            excellent: row.parTasks.excellent,
            directlyDoesParWork: row.parTasks.directlyDoesParWork,
            confirmedById: ctx.actorUserId,
            asOf: input.asOf,
          }),
        );
      }
      if (changes.includes('created')) result.created += 1;
      else if (changes.some((c) => c === 'updated' || c === 'deleted')) result.updated += 1;
      else result.unchanged += 1;
    }
  });
  return result;
}

/** The ratings import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const ratingImport: TableImport<{ year: number; dryRun: boolean }, ImportResult> = {
  kind: 'import.ratings',
  access: 'rating.manage',
  run: ({ db, ctx, params, table, asOf, progress }) => importRatings(db, ctx, { ...params, table, asOf, progress }),
};
