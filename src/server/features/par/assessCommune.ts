import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { communeParResults } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { Classification } from '../../../domain/par/classificationScheme';
import { formatVnDate, type LocalDate } from '../../../domain/time/localDate';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, validation } from '../../errors';
import { findDistrictPublication, lockDistrictParYear } from './communeParQueries';

/**
 * The district's Phòng Nội vụ records (or with `classification: null` removes) one of its communes' CCHC result for the
 * year, with its audit row, in one transaction — refused once the district has published the year's results.
 * @param district loaded and scope-checked by the route
 * @param commune loaded by the route; must be one of the district's communes
 * @throws validation for a unit that is not a commune of the district; conflict after the district's publication
 */
export async function assessCommune(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: {
    year: number;
    district: { id: string; name: string };
    commune: { id: string; name: string; kind: string; parentId: string | null };
    classification: Classification | null;
    totalPoints: number | null;
    asOf: Date;
  },
) {
  const { year, district, commune } = input;
  if (commune.kind !== 'commune' || commune.parentId !== district.id) {
    throw validation([{ path: 'communeId', message: `Đơn vị cấp xã: ${commune.name} không phải xã, phường, thị trấn của ${district.name}` }]);
  }
  return db.transaction(async (tx) => {
    await lockDistrictParYear(tx, year, district.id);
    const published = await findDistrictPublication(tx, year, district.id);
    if (published) {
      throw new AppError('CONFLICT', `Kết quả CCHC năm ${year} của các xã thuộc ${district.name} đã được công bố theo Quyết định số ${published.decisionNumber} ngày ${formatVnDate(published.decisionDate as LocalDate)}; không thể sửa.`);
    }
    const subject = and(eq(communeParResults.year, year), eq(communeParResults.communeUnitId, commune.id));
    const [before] = await tx.select().from(communeParResults).where(subject);
    const audit = (action: 'communeParResult.create' | 'communeParResult.update' | 'communeParResult.delete', entityId: string, after: unknown) =>
      writeAudit(tx, ctx, { action, entityType: 'communeParResult', entityId, orgUnitId: commune.id, before: before ?? null, after });
    if (input.classification === null) {
      if (before) {
        await tx.delete(communeParResults).where(eq(communeParResults.id, before.id));
        await audit('communeParResult.delete', before.id, null);
      }
      return null;
    }
    const values = {
      year,
      districtUnitId: district.id,
      communeUnitId: commune.id,
      classification: input.classification,
      totalPoints: input.totalPoints === null ? null : String(input.totalPoints),
      updatedById: actor.userId,
      updatedAt: input.asOf,
    };
    const [saved] = await tx
      .insert(communeParResults)
      .values(values)
      .onConflictDoUpdate({ target: [communeParResults.year, communeParResults.communeUnitId], set: values })
      .returning();
    await audit(before ? 'communeParResult.update' : 'communeParResult.create', saved.id, saved);
    return saved;
  });
}
