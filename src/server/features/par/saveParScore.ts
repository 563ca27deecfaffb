import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { orgUnits, parResults } from '../../../db/schema';
import { blockOf, type Classification } from '../../../domain/par/classificationScheme';
import { blockLabel, defaultBlockOf, parScoreFieldErrors } from '../../../domain/par/parResultRows';
import { formatVnDate, type LocalDate } from '../../../domain/time/localDate';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { AppError, notFound, validation } from '../../errors';
import { requireSchemeInForce } from './classificationSchemes';
import { eraForYear } from '../orgUnits/eraForYear';
import { computeYearResults, findPublicationHeader, type ParResultItem } from './parResultQueries';

/** The entered facts of one unit's result for a year. */
export type ParScoreBody = {
  blockCode?: string;
  selfScore: number | null;
  appraisedScore: number | null;
  surveyScore: number | null;
  publishedTotal?: number | null;
  publishedClassification?: Classification | null;
};

/**
 * Serialises, per year, the writes of scores with the publication that freezes them: on PostgreSQL, with several app
 * nodes, a score saved while the ranking is being published either lands before the snapshot or is refused after it.
 * (PGlite runs one transaction at a time, so there the lock is moot.)
 */
export async function lockParYear(tx: DbOrTx, year: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(727275, ${year})`);
}

/** 409 once a year is published: the snapshot is the legal ranking and the scores behind it stay as they were. */
export async function assertYearOpen(db: DbOrTx, year: number): Promise<void> {
  const publication = await findPublicationHeader(db, year);
  if (publication) {
    throw new AppError(
      'CONFLICT',
      `Kết quả Chỉ số CCHC năm ${year} đã công bố (Quyết định số ${publication.decisionNumber} ngày ` +
        `${formatVnDate(publication.decisionDate as LocalDate)}); không sửa được điểm.`,
    );
  }
}

const decimal = (value: number | null | undefined): string | null => (value === null || value === undefined ? null : value.toFixed(2));

/**
 * Enters (creates or replaces) one unit's PAR scores for a year, checked against the scheme in force, with its
 * audit row in the same transaction.
 * @returns the unit's result as now computed in its block (index, class, rank)
 */
export async function saveParScore(
  db: Db,
  ctx: AuditContext,
  input: { year: number; orgUnitId: string; body: ParScoreBody; asOf: Date },
): Promise<ParResultItem> {
  const { year, body } = input;
  const [unit] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, kind: orgUnits.kind, eraId: orgUnits.eraId })
    .from(orgUnits)
    .where(eq(orgUnits.id, input.orgUnitId));
  if (!unit) throw notFound('Đơn vị');
  await assertYearOpen(db, year);
  if (unit.eraId !== (await eraForYear(db, year))) {
    throw validation([{ path: 'orgUnitId', message: `Đơn vị: không thuộc cây đơn vị áp dụng cho năm ${year}` }]);
  }
  const blockCode = body.blockCode ?? defaultBlockOf(unit.kind);
  if (!blockCode) {
    throw validation([{ path: 'blockCode', message: 'Khối xếp hạng: bắt buộc với loại đơn vị này (không có khối mặc định)' }]);
  }
  const scheme = await requireSchemeInForce(db, year);
  // Before anything is saved: a row in a block the scheme does not have could not be ranked, and would break the
  // list, export, charts and publication of the whole year.
  if (!blockOf(scheme, blockCode)) {
    const known = Object.keys(scheme.blocks).map((code) => `${code} (${blockLabel(code)})`).join('; ');
    throw validation([{ path: 'blockCode', message: `Khối xếp hạng: "${blockCode}" không có trong phương án xếp loại "${scheme.name}" (các khối: ${known})` }]);
  }
  const scores = {
    unitId: unit.id,
    blockCode,
    selfScore: body.selfScore,
    appraisedScore: body.appraisedScore,
    surveyScore: body.surveyScore,
    publishedTotal: body.publishedTotal ?? null,
    publishedClassification: body.publishedClassification ?? null,
  };
  const problems = parScoreFieldErrors(scores, scheme);
  if (problems.length > 0) throw validation(problems.map((p) => ({ path: p.field, message: p.message })));
  if (scores.appraisedScore === null && scores.surveyScore === null && scores.publishedTotal === null && scores.publishedClassification === null) {
    throw validation([{ path: 'appraisedScore', message: 'Điểm thẩm định: cần ít nhất một điểm hoặc kết quả công bố' }]);
  }
  const values = {
    year,
    blockCode,
    orgUnitId: unit.id,
    selfScore: decimal(scores.selfScore),
    appraisedScore: decimal(scores.appraisedScore),
    surveyScore: decimal(scores.surveyScore),
    publishedTotal: decimal(scores.publishedTotal),
    publishedClassification: scores.publishedClassification,
    // Entered by hand now: no longer the published history it may have come from.
    source: null,
    updatedAt: input.asOf,
  };
  await db.transaction(async (tx) => {
    await lockParYear(tx, year);
    await assertYearOpen(tx, year);
    // Upsert then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
    const [before] = await tx
      .select()
      .from(parResults)
      .where(and(eq(parResults.year, year), eq(parResults.orgUnitId, unit.id)))
      .for('update');
    const [row] = await tx
      .insert(parResults)
      .values(values)
      .onConflictDoUpdate({ target: [parResults.year, parResults.orgUnitId], set: values })
      .returning();
    await writeAudit(tx, ctx, {
      action: before ? 'parResult.update' : 'parResult.create',
      entityType: 'parResult',
      entityId: row.id,
      orgUnitId: unit.id,
      before: before ?? null,
      after: row,
    });
  });
  const { items } = await computeYearResults(db, year);
  return items.find((item) => item.unitId === unit.id)!;
}
