import type { Db } from '../../../db/client';
import { parPublications } from '../../../db/schema';
import { formatVnDate, toVnLocalDate, type LocalDate } from '../../../domain/time/localDate';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, validation } from '../../errors';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { applyStatusFacts } from '../campaigns/applyStatusFacts';
import { lockParYear } from './saveParScore';
import { dossierDeadlines } from './dossierDeadlines';
import { computeYearResults, findPublicationHeader, publicationHeaderColumns, type PublicationHeader } from './parResultQueries';

/**
 * Records that UBND tỉnh published a year's ranking (decision number, date, signer): freezes the ranking computed
 * now as the publication's snapshot — later reads, eligibility and charts use that snapshot — and opens the dossier
 * window of the year's campaigns (Điểm c, Khoản 3, Mục II). A year is published once; its scores are then frozen.
 * @param input.userId who records it
 * @param input.asOf deps.now(): the decision date may not be in the future
 * @returns the publication row and the dossier deadlines it opens
 */
export async function publishParResults(
  db: Db,
  ctx: AuditContext,
  input: { year: number; decisionNumber: string; decisionDate: LocalDate; signer: string; userId: string; asOf: Date },
) {
  const today = toVnLocalDate(input.asOf);
  if (input.decisionDate > today) {
    throw validation([{ path: 'decisionDate', message: `Ngày quyết định: không được sau hôm nay (${formatVnDate(today)})` }]);
  }
  if (Number(input.decisionDate.slice(0, 4)) < input.year) {
    throw validation([{ path: 'decisionDate', message: `Ngày quyết định: kết quả năm ${input.year} không thể công bố trước năm ${input.year}` }]);
  }
  const existing = await findPublicationHeader(db, input.year);
  if (existing) {
    throw new AppError('CONFLICT', `Kết quả Chỉ số CCHC năm ${input.year} đã được công bố theo Quyết định số ${existing.decisionNumber} ngày ${formatVnDate(existing.decisionDate as LocalDate)}.`);
  }
  let publication: PublicationHeader;
  let resultCount = 0;
  try {
    publication = await db.transaction(async (tx) => {
      // The snapshot is computed under the year's lock, so no score saved concurrently slips in or out of it.
      await lockParYear(tx, input.year);
      const { scheme, items } = await computeYearResults(tx, input.year);
      if (!scheme || items.every((item) => item.classification === null)) {
        throw new AppError('CONFLICT', `Chưa có kết quả Chỉ số CCHC năm ${input.year} nào được xếp loại: hãy nhập điểm trước khi công bố.`);
      }
      resultCount = items.length;
      const values = {
        year: input.year,
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        signer: input.signer,
        schemeId: scheme.id,
        snapshot: items,
        publishedById: input.userId,
      };
      // Not the snapshot back: it was just built here (≈ 5 MB of JSON at national size, issue 13).
      const [row] = await tx.insert(parPublications).values(values).returning(publicationHeaderColumns);
      await writeAudit(tx, ctx, {
        action: 'parPublication.create',
        entityType: 'parPublication',
        entityId: row.id,
        orgUnitId: null,
        after: { ...row, resultCount: items.length },
      });
      // The publication is the fact that moves the year's campaigns to "ranking published", in the same transaction.
      await applyStatusFacts(tx, ctx, input.asOf, { year: input.year });
      return row;
    });
  } catch (err) {
    // Two secretaries publishing at once: the unique year decides, the second is told.
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Kết quả Chỉ số CCHC năm ${input.year} vừa được công bố.`);
    throw err;
  }
  const deadlines = await dossierDeadlines(db, { year: input.year, publicationDate: input.decisionDate, asOf: input.asOf });
  return { publication, deadlines, resultCount };
}
