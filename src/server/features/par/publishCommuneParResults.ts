import type { Db } from '../../../db/client';
import { districtParPublications } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { rankCommuneResults } from '../../../domain/par/communeParResults';
import type { Classification } from '../../../domain/par/classificationScheme';
import { formatVnDate, toVnLocalDate, type LocalDate } from '../../../domain/time/localDate';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, validation } from '../../errors';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { districtCommunes, findDistrictPublication, lockDistrictParYear } from './communeParQueries';

/**
 * The district publishes its communes' CCHC results of a year under its own decision (number, date, signer): the
 * results entered now, ranked, become the publication's snapshot — what eligibility reads for basis B — and can no
 * longer be changed. One publication per district and year.
 * @param district loaded and scope-checked by the route
 * @throws validation for a future date or one before the year; conflict when already published or nothing is entered
 */
export async function publishCommuneParResults(
  db: Db,
  ctx: AuditContext,
  actor: Actor,
  input: { year: number; district: { id: string; name: string }; decisionNumber: string; decisionDate: LocalDate; signer: string; asOf: Date },
) {
  const { year, district } = input;
  const today = toVnLocalDate(input.asOf);
  if (input.decisionDate > today) throw validation([{ path: 'decisionDate', message: `Ngày quyết định: không được sau hôm nay (${formatVnDate(today)})` }]);
  if (Number(input.decisionDate.slice(0, 4)) < year) {
    throw validation([{ path: 'decisionDate', message: `Ngày quyết định: kết quả năm ${year} không thể công bố trước năm ${year}` }]);
  }
  try {
    return await db.transaction(async (tx) => {
      await lockDistrictParYear(tx, year, district.id);
      const existing = await findDistrictPublication(tx, year, district.id);
      if (existing) {
        throw new AppError('CONFLICT', `Kết quả CCHC năm ${year} của các xã thuộc ${district.name} đã được công bố theo Quyết định số ${existing.decisionNumber} ngày ${formatVnDate(existing.decisionDate as LocalDate)}.`);
      }
      const entered = (await districtCommunes(tx, year, district.id)).filter((c) => c.classification !== null);
      if (entered.length === 0) throw new AppError('CONFLICT', `Chưa có kết quả CCHC năm ${year} của xã nào thuộc ${district.name}: hãy nhập trước khi công bố.`);
      const snapshot = rankCommuneResults(entered.map((c) => ({ ...c, classification: c.classification as Classification })));
      const [row] = await tx
        .insert(districtParPublications)
        .values({ year, districtUnitId: district.id, decisionNumber: input.decisionNumber, decisionDate: input.decisionDate, signer: input.signer, snapshot, publishedById: actor.userId })
        .returning();
      const { snapshot: _snapshot, ...summary } = row;
      await writeAudit(tx, ctx, { action: 'districtParPublication.create', entityType: 'districtParPublication', entityId: row.id, orgUnitId: district.id, after: { ...summary, resultCount: snapshot.length } });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Kết quả CCHC năm ${year} của các xã thuộc ${district.name} vừa được công bố.`);
    throw err;
  }
}
