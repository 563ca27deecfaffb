import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgEras, orgUnits } from '../../../db/schema';
import { newOrgUnitRow, orgUnitDerived } from '../../../db/seed/orgUnitDerived';
import { rowsToOrgUnitsInSteps, type OrgUnitRow } from '../../../domain/orgUnits/orgUnitRows';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError } from '../../errors';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { dataRowCount, importProgress, repairedCells, type ImportResult } from '../../kit/importResult';
import type { ReportProgress } from '../../kit/jobs/backgroundJob';
import type { TableImport } from '../../kit/tableImport';
import { forEachInSlices, nextTurn, runInTurns, SLICE_ITEMS } from '../../kit/eventLoopTurns';

const COMPARED = ['name', 'shortName', 'kind', 'adminType', 'parUnitLevel', 'validFrom', 'validTo', 'email'] as const;

/**
 * Imports units into an era from rows read off an XLSX or CSV file: creates new codes, updates changed
 * ones. All or nothing: any row error saves nothing, and a dry run saves nothing either. Each created or
 * updated unit gets its audit row in the same transaction.
 */
export async function importOrgUnits(db: Db, ctx: AuditContext, input: { eraId: string; table: string[][]; dryRun: boolean; asOf: Date; progress?: ReportProgress }): Promise<ImportResult> {
  const steps = importProgress(input.progress);
  const [era] = await db.select().from(orgEras).where(eq(orgEras.id, input.eraId));
  if (!era) {
    return { dryRun: input.dryRun, ok: false, total: 0, created: 0, updated: 0, unchanged: 0, errors: [{ row: 0, field: 'Thời kỳ', message: `Không có thời kỳ "${input.eraId}".` }], repaired: [] };
  }
  const existing = await db.select().from(orgUnits).where(eq(orgUnits.eraId, era.id));
  const byCode = new Map(existing.map((u) => [u.code, u]));
  await steps.checking(dataRowCount(input.table));
  const { units, errors, repairs } = await runInTurns(rowsToOrgUnitsInSteps(input.table, new Set(byCode.keys())));

  const codeById = new Map(existing.map((u) => [u.id, u.code]));
  const toCreate: OrgUnitRow[] = [];
  const toUpdate: { row: OrgUnitRow; current: (typeof existing)[number] }[] = [];
  await forEachInSlices(units, (row, i) => {
    const current = byCode.get(row.code);
    if (!current) return void toCreate.push(row);
    const currentParentCode = current.parentId ? codeById.get(current.parentId) ?? null : null;
    if ((row.parentCode ?? null) !== currentParentCode) {
      errors.push({ row: i + 2, field: 'Mã đơn vị cấp trên', message: `Không đổi được đơn vị cấp trên của "${row.code}" qua nhập tệp (hiện là "${currentParentCode ?? ''}").` });
      return;
    }
    const next = { ...row, validFrom: row.validFrom ?? current.validFrom, email: row.email ?? current.email };
    if (COMPARED.some((k) => (next[k] ?? null) !== (current[k] ?? null))) toUpdate.push({ row: next, current });
  });
  // All or nothing: a file with errors saves nothing, so it creates, updates and keeps nothing either.
  const ok = errors.length === 0;
  const result: ImportResult = {
    dryRun: input.dryRun,
    ok,
    total: dataRowCount(input.table),
    created: ok ? toCreate.length : 0,
    updated: ok ? toUpdate.length : 0,
    unchanged: ok ? units.length - toCreate.length - toUpdate.length : 0,
    errors: errors.sort((a, b) => a.row - b.row),
    repaired: repairedCells(repairs),
  };
  if (!result.ok || input.dryRun) return result;

  try {
    await importInTransaction(db, ctx, { era, existing, toCreate, toUpdate, asOf: input.asOf, wrote: steps.wrote });
  } catch (err) {
    // Another import (or a unit created by hand) took one of the new codes since the file was checked.
    if (isUniqueViolation(err)) {
      throw new AppError('CONFLICT', 'Một mã đơn vị trong tệp vừa được người khác tạo trong thời kỳ này; không có gì được lưu. Hãy nhập lại tệp.', [
        { path: 'file', message: 'Tệp: một mã đơn vị vừa được người khác tạo; hãy nhập lại tệp' },
      ]);
    }
    throw err;
  }
  return result;
}

async function importInTransaction(
  db: Db,
  ctx: AuditContext,
  { era, existing, toCreate, toUpdate, asOf, wrote }: { era: typeof orgEras.$inferSelect; existing: (typeof orgUnits.$inferSelect)[]; toCreate: OrgUnitRow[]; toUpdate: { row: OrgUnitRow; current: typeof orgUnits.$inferSelect }[]; asOf: Date; wrote: (done: number, total: number) => Promise<void> },
): Promise<void> {
  const total = toCreate.length + toUpdate.length;
  let done = 0;
  await db.transaction(async (tx) => {
    // Parents first: a new unit may hang under another new unit of the same file.
    const known = new Map(existing.map((u) => [u.code, { id: u.id, path: u.path, depth: u.depth }]));
    const pending = [...toCreate];
    while (pending.length) {
      const index = pending.findIndex((u) => !u.parentCode || known.has(u.parentCode));
      if (index < 0) throw new Error('Vòng lặp đơn vị cấp trên trong tệp nhập');
      const [row] = pending.splice(index, 1);
      const parent = row.parentCode ? known.get(row.parentCode)! : null;
      const values = newOrgUnitRow(era, parent, row);
      const id = values.id;
      await tx.insert(orgUnits).values(values);
      known.set(row.code, { id, path: values.path, depth: values.depth });
      await writeAudit(tx, ctx, { action: 'orgUnit.import.create', entityType: 'orgUnit', entityId: id, orgUnitId: id, after: values });
      await wrote((done += 1), total);
      if (done % SLICE_ITEMS === 0) await nextTurn();
    }
    await forEachInSlices(toUpdate, async ({ row, current }) => {
      const changes = {
        name: row.name,
        shortName: row.shortName,
        kind: row.kind,
        adminType: row.adminType,
        parUnitLevel: row.parUnitLevel,
        validFrom: row.validFrom ?? current.validFrom,
        validTo: row.validTo,
        email: row.email ?? current.email,
        ...orgUnitDerived(row),
        updatedAt: asOf,
      };
      await tx.update(orgUnits).set(changes).where(eq(orgUnits.id, current.id));
      const before = Object.fromEntries(COMPARED.map((k) => [k, current[k]]));
      const after = Object.fromEntries(COMPARED.map((k) => [k, changes[k]]));
      await writeAudit(tx, ctx, { action: 'orgUnit.import.update', entityType: 'orgUnit', entityId: current.id, orgUnitId: current.id, before, after });
      await wrote((done += 1), total);
    });
  });
}

/** The org-unit import as its route answers it and as a background job runs it (kit/tableImport.ts). */
export const orgUnitImport: TableImport<{ eraId: string; dryRun: boolean }, ImportResult> = {
  kind: 'import.orgUnits',
  access: 'orgUnit.write',
  run: ({ db, ctx, params, table, asOf, progress }) => importOrgUnits(db, ctx, { ...params, table, asOf, progress }),
};
