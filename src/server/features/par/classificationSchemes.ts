import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { classificationSchemes } from '../../../db/schema';
import { schemeInForce, type ClassificationScheme } from '../../../domain/par/classificationScheme';
import { AppError } from '../../errors';

/** Every classification scheme on record, as the domain type (the row's `definition` holds the blocks). */
export async function loadClassificationSchemes(db: DbOrTx): Promise<ClassificationScheme[]> {
  const rows = await db.select().from(classificationSchemes).orderBy(asc(classificationSchemes.validFromYear));
  return rows.map((row) => {
    const definition = row.definition as Partial<ClassificationScheme>;
    return { ...definition, id: row.id, name: row.name, validFrom: row.validFromYear, blocks: definition.blocks ?? {} };
  });
}

/**
 * The scheme in force for a year, or a 409 saying none is (the secretariat must add one first).
 * @param db database
 * @param year the ranking year
 */
export async function requireSchemeInForce(db: DbOrTx, year: number): Promise<ClassificationScheme> {
  const scheme = schemeInForce(await loadClassificationSchemes(db), year);
  if (!scheme) {
    throw new AppError('CONFLICT', `Chưa có phương án xếp loại Chỉ số CCHC áp dụng cho năm ${year}.`, [
      { path: 'year', message: `Năm: chưa có phương án xếp loại áp dụng cho năm ${year}` },
    ]);
  }
  return scheme;
}
