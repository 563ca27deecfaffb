import type { DbOrTx } from '../../../db/client';
import { accountUnitProblem } from '../../../domain/access/policies/accountUnit';
import type { Role } from '../../../domain/access/roles';
import { validation } from '../../errors';
import { findAccountUnit } from './userQueries';

/**
 * Refuses (400 on `orgUnitId`) a unit that does not exist or that the role does not sit on: a district account on
 * the district's Phòng Nội vụ would otherwise save and then find "Huyện không tồn tại" on the consolidation page.
 */
export async function assertAccountUnit(db: DbOrTx, role: Role, orgUnitId: string): Promise<void> {
  const unit = await findAccountUnit(db, orgUnitId);
  if (!unit) throw validation([{ path: 'orgUnitId', message: 'Đơn vị: không tồn tại' }]);
  const problem = accountUnitProblem(role, unit);
  if (problem) throw validation([{ path: 'orgUnitId', message: problem }]);
}
