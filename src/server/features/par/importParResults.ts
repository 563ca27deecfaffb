import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits, parResults } from '../../../db/schema';
import { rowsToParScoresInSteps } from '../../../domain/par/parResultRows';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { dataRowCount, importProgress, repairedCells, type ImportResult } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { requireSchemeInForce } from './classificationSchemes';
import { eraForYear } from '../orgUnits/eraForYear';
import { assertYearOpen, lockParYear } from './saveParScore';
import { anyOf } from '../../kit/anyOf';
import { nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

const decimal = (value: number | null | undefined): string | null => (value === null || value === undefined ? null : value.toFixed(2));
const COMPARED = ['blockCode', 'selfScore', 'appraisedScore', 'surveyScore', 'publishedTotal', 'publishedClassification'] as const;

/**
 * Imports a year's PAR scores from rows read off an XLSX or CSV file (the export's own layout): creates or
 * replaces the rows of the units in the file; units not in the file keep theirs. All or nothing: any row error
 * saves nothing, and a dry run saves nothing either. Each changed row gets its audit row in the same transaction.
 */
export async function importParResults(db: Db, ctx: AuditContext, input: { year: number; table: string[][]; dryRun: boolean; asOf: Date; progress?: ReportProgress }): Promise<ImportResult> {
  const { year } = input;
  const steps = importProgress(input.progress);
  await assertYearOpen(db, year);
  const scheme = await requireSchemeInForce(db, year);
  const eraId = await eraForYear(db, year);
  const units = eraId
    ? await db.select({ unitId: orgUnits.id, code: orgUnits.code, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.eraId, eraId))
    : [];
  await steps.checking(dataRowCount(input.table));
  // Read in steps, letting other requests in between (a year's file of every unit is thousands of rows).
  const { rows, errors, repairs } = await runInTurns(rowsToParScoresInSteps(input.table, { year, scheme, unitsByCode: new Map(units.map((u) => [u.code, u])) }));
  const ids = rows.map((r) => r.unitId);
  const existing = ids.length
    ? await db.select().from(parResults).where(and(eq(parResults.year, year), anyOf(parResults.orgUnitId, ids)))
    : [];
  const byUnit = new Map(existing.map((r) => [r.orgUnitId, r]));
  const changes = rows.map((row) => {
    const values = {
      year,
      orgUnitId: row.unitId,
      blockCode: row.blockCode,
      selfScore: decimal(row.selfScore),
      appraisedScore: decimal(row.appraisedScore),
      surveyScore: decimal(row.surveyScore),
      publishedTotal: decimal(row.publishedTotal),
      publishedClassification: row.publishedClassification ?? null,
    };
    const current = byUnit.get(row.unitId) ?? null;
    const changed = !current || COMPARED.some((k) => (current[k] ?? null) !== (values[k] ?? null));
    return { values, current, changed };
  });
  const created = changes.filter((c) => !c.current).length;
  const updated = changes.filter((c) => c.current && c.changed).length;
  // All or nothing: a file with errors saves nothing, so it creates, updates and keeps nothing either.
  const ok = errors.length === 0;
  const result: ImportResult = {
    dryRun: input.dryRun,
    ok,
    total: dataRowCount(input.table),
    created: ok ? created : 0,
    updated: ok ? updated : 0,
    unchanged: ok ? rows.length - created - updated : 0,
    errors,
    repaired: repairedCells(repairs),
  };
  if (!result.ok || input.dryRun) return result;
  await db.transaction(async (tx) => {
    await lockParYear(tx, year);
    await assertYearOpen(tx, year);
    const changed = changes.filter((c) => c.changed);
    for (const [i, { values, current }] of changed.entries()) {
      // One statement per row: on PGlite each runs inside this process, so let other requests in between.
      if (i > 0 && i % SLICE_ITEMS === 0) await nextTurn();
      const set = { ...values, source: null, updatedAt: input.asOf };
      // Upsert then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
      const [row] = await tx
        .insert(parResults)
        .values(set)
        .onConflictDoUpdate({ target: [parResults.year, parResults.orgUnitId], set })
        .returning();
      await writeAudit(tx, ctx, {
        action: current ? 'parResult.import.update' : 'parResult.import.create',
        entityType: 'parResult',
        entityId: row.id,
        orgUnitId: row.orgUnitId,
        before: current,
        after: row,
      });
      await steps.wrote(i + 1, changed.length);
    }
  });
  return result;
}

/** The PAR results import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const parResultImport: TableImport<{ year: number; dryRun: boolean }, ImportResult> = {
  kind: 'import.parResults',
  access: 'parResult.manage',
  run: ({ db, ctx, params, table, asOf, progress }) => importParResults(db, ctx, { ...params, table, asOf, progress }),
};
