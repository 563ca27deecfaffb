import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import { orgUnitScopeWhere } from '../../../db/scoped';
import { scopeOf, type Scope } from '../../../domain/access/scope';
import { rowsToAttestationsInSteps } from '../../../domain/ratings/attestationRows';
import type { AuditContext } from '../../kit/audit';
import { dataRowCount, importProgress, repairedCells, type ImportResult } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { loadCampaign } from '../campaigns/campaignQueries';
import { transactionOrDryRun } from '../../kit/transactionOrDryRun';
import { lockAttestation, saveAttestation } from './saveAttestation';
import { nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

/**
 * Imports the unit heads' attestations of a campaign (III.1.a) from rows read off an XLSX or CSV file (the export's
 * layout). The units are those of the campaign's era within the caller's scope (SQL): the secretariat records from
 * paper for any unit, a unit head for their own unit only (other units are row errors). A blank row for a unit with
 * no attestation creates nothing, so the export (which lists every unit in scope) re-imports unchanged.
 * All or nothing; a dry run runs in a rolled-back transaction so its counts are the real ones.
 */
export async function importAttestations(
  db: Db,
  ctx: AuditContext,
  input: { campaign: { id: string; eraId: string }; scope: Scope; userId: string; at: Date; table: string[][]; dryRun: boolean; progress?: ReportProgress },
): Promise<ImportResult> {
  const steps = importProgress(input.progress);
  await steps.checking(dataRowCount(input.table));
  const units = await db
    .select({ id: orgUnits.id, code: orgUnits.code })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, input.campaign.eraId), orgUnitScopeWhere(input.scope)));
  const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));
  const { rows, errors, repairs } = await runInTurns(rowsToAttestationsInSteps(input.table, { unitCodes: new Set(unitIdByCode.keys()), ownUnitOnly: input.scope.kind === 'unit' }));
  const result: ImportResult = { dryRun: input.dryRun, ok: errors.length === 0, total: dataRowCount(input.table), created: 0, updated: 0, unchanged: 0, errors, repaired: repairedCells(repairs) };
  if (!result.ok) return result;
  await transactionOrDryRun(db, input.dryRun, async (tx) => {
    for (const [i, row] of rows.entries()) {
      // One statement per row: on PGlite each runs inside this process, so let other requests in between.
      if (i > 0 && i % SLICE_ITEMS === 0) await nextTurn();
      await steps.wrote(i, rows.length);
      const orgUnitId = unitIdByCode.get(row.unitCode)!;
      const before = await lockAttestation(tx, input.campaign.id, orgUnitId);
      const compliance = row.compliance === undefined ? (before?.compliance ?? null) : row.compliance;
      const solidarity = row.solidarity === undefined ? (before?.solidarity ?? null) : row.solidarity;
      const same = before ? before.compliance === compliance && before.solidarity === solidarity : compliance === null && solidarity === null;
      if (same) {
        result.unchanged += 1;
        continue;
      }
      await saveAttestation(tx, ctx, before, { campaignId: input.campaign.id, orgUnitId, compliance, solidarity, attestedById: input.userId, attestedAt: input.at });
      if (before) result.updated += 1;
      else result.created += 1;
    }
  });
  return result;
}

/** The attestations import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const attestationImport: TableImport<{ campaignId: string; dryRun: boolean }, ImportResult> = {
  kind: 'import.attestations',
  access: 'attestation.manage',
  run: async ({ db, ctx, actor, params, table, asOf, progress }) =>
    importAttestations(db, ctx, { campaign: await loadCampaign(db, params.campaignId), scope: scopeOf(actor), userId: actor.userId, at: asOf, table, dryRun: params.dryRun, progress }),
};
