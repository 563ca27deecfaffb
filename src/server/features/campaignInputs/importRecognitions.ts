import { aliasedTable, and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { scopeOf, type Scope } from '../../../domain/access/scope';
import { rowsToRecognitionsInSteps } from '../../../domain/ratings/recognitionRows';
import type { AuditContext } from '../../kit/audit';
import { dataRowCount, importProgress, repairedCells, type ImportResult } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { loadCampaign } from '../campaigns/campaignQueries';
import { transactionOrDryRun } from '../../kit/transactionOrDryRun';
import { lockRecognition, saveRecognition } from './saveRecognition';
import { nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

const districts = aliasedTable(orgUnits, 'districts');

/**
 * Imports districts' recognitions of their most outstanding commune (Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III) from
 * rows read off an XLSX or CSV file (the export's layout). The communes are those of a district in the campaign's
 * era within the caller's scope (SQL): a district aggregator its own district's, the secretariat any. Sets the
 * recognitions named in the file; others stay. All or nothing; a dry run runs in a rolled-back transaction.
 */
export async function importRecognitions(
  db: Db,
  ctx: AuditContext,
  input: { campaign: { id: string; eraId: string }; scope: Scope; userId: string; table: string[][]; dryRun: boolean; progress?: ReportProgress },
): Promise<ImportResult> {
  const steps = importProgress(input.progress);
  await steps.checking(dataRowCount(input.table));
  const communes = await db
    .select({ id: orgUnits.id, code: orgUnits.code, districtId: districts.id, districtCode: districts.code })
    .from(orgUnits)
    .innerJoin(districts, eq(districts.id, orgUnits.parentId))
    .where(and(eq(orgUnits.eraId, input.campaign.eraId), eq(orgUnits.kind, 'commune'), eq(districts.kind, 'district'), orgUnitScopeWhere(input.scope)));
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const { rows, errors, repairs } = await runInTurns(rowsToRecognitionsInSteps(input.table, { communes: byCode, districtOnly: input.scope.kind !== 'all' }));
  const result: ImportResult = { dryRun: input.dryRun, ok: errors.length === 0, total: dataRowCount(input.table), created: 0, updated: 0, unchanged: 0, errors, repaired: repairedCells(repairs) };
  if (!result.ok) return result;
  await transactionOrDryRun(db, input.dryRun, async (tx) => {
    for (const [i, row] of rows.entries()) {
      // One statement per row: on PGlite each runs inside this process, so let other requests in between.
      if (i > 0 && i % SLICE_ITEMS === 0) await nextTurn();
      await steps.wrote(i, rows.length);
      const commune = byCode.get(row.communeCode)!;
      const before = await lockRecognition(tx, input.campaign.id, commune.id);
      if (before && before.decisionReference === row.decisionReference && before.recognisedAt === row.recognisedAt && before.districtUnitId === commune.districtId) {
        result.unchanged += 1;
        continue;
      }
      const values = {
        campaignId: input.campaign.id,
        districtUnitId: commune.districtId,
        communeUnitId: commune.id,
        decisionReference: row.decisionReference,
        recognisedAt: row.recognisedAt,
        createdById: input.userId,
      };
      await saveRecognition(tx, ctx, before, values);
      if (before) result.updated += 1;
      else result.created += 1;
    }
  });
  return result;
}

/** The recognitions import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const recognitionImport: TableImport<{ campaignId: string; dryRun: boolean }, ImportResult> = {
  kind: 'import.recognitions',
  access: 'recognition.manage',
  run: async ({ db, ctx, actor, params, table, progress }) =>
    importRecognitions(db, ctx, { campaign: await loadCampaign(db, params.campaignId), scope: scopeOf(actor), userId: actor.userId, table, dryRun: params.dryRun, progress }),
};
