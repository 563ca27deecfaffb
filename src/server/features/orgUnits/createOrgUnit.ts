import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { orgEras, orgUnits } from '../../../db/schema';
import { newOrgUnitRow, type NewOrgUnit } from '../../../db/seed/orgUnitDerived';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, validation } from '../../errors';
import { isUniqueViolation } from '../../kit/uniqueViolation';

export type OrgUnitCreateInput = NewOrgUnit & { eraId: string; parentId?: string | null };

/**
 * Adds a unit to an era's tree under its parent (only the province has none), with its audit row, in one
 * transaction.
 * @returns the new row
 * @throws validation for an unknown era, a parent outside the era, a missing parent or PAR level; CONFLICT when the
 * code is taken in the era
 */
export async function createOrgUnit(db: Db, ctx: AuditContext, input: OrgUnitCreateInput) {
  const [era] = await db.select().from(orgEras).where(eq(orgEras.id, input.eraId));
  if (!era) throw validation([{ path: 'eraId', message: `Thời kỳ: không có thời kỳ "${input.eraId}"` }]);
  let parent: { id: string; path: string; depth: number } | null = null;
  if (input.parentId) {
    [parent] = await db
      .select({ id: orgUnits.id, path: orgUnits.path, depth: orgUnits.depth })
      .from(orgUnits)
      .where(and(eq(orgUnits.id, input.parentId), eq(orgUnits.eraId, era.id)));
    if (!parent) throw validation([{ path: 'parentId', message: 'Đơn vị cấp trên: không có trong thời kỳ này' }]);
  } else if (input.kind !== 'province') {
    throw validation([{ path: 'parentId', message: 'Đơn vị cấp trên: không được để trống (chỉ cấp tỉnh không có cấp trên)' }]);
  }
  if (input.kind === 'par_unit' && !input.parUnitLevel) {
    throw validation([{ path: 'parUnitLevel', message: 'Cấp đơn vị chuyên trách CCHC: bắt buộc với đơn vị chuyên trách CCHC' }]);
  }
  const values = newOrgUnitRow(era, parent, input);
  try {
    await db.transaction(async (tx) => {
      await tx.insert(orgUnits).values(values);
      await writeAudit(tx, ctx, { action: 'orgUnit.create', entityType: 'orgUnit', entityId: values.id, orgUnitId: values.id, after: values });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Mã đơn vị "${input.code}" đã có trong thời kỳ này.`, [{ path: 'code', message: `Mã đơn vị: "${input.code}" đã tồn tại` }]);
    throw err;
  }
  return values;
}
