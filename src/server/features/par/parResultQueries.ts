import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { classificationSchemes, orgUnits, parPublications, parResults } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import type { Classification, ClassificationScheme } from '../../../domain/par/classificationScheme';
import { computeParIndex, type ParResult } from '../../../domain/par/parIndex';
import { blockLabel } from '../../../domain/par/parResultRows';
import { vietnameseSortKey } from '../../../domain/text/vietnameseSortKey';
import { AppError } from '../../errors';
import { requireSchemeInForce } from './classificationSchemes';

/** A computed result with its unit and the entered facts, as listed, exported and frozen in a publication. */
export type ParResultItem = ParResult & {
  orgUnitCode: string;
  orgUnitName: string;
  blockLabel: string;
  publishedTotal: number | null;
  publishedClassification: Classification | null;
  source: string | null;
};

const num = (value: string | null): number | null => (value === null ? null : Number(value));

/**
 * The results of a year computed now from the entered scores (SPEC §3 step 4): index, class under the scheme in
 * force and rank in block, ordered by block, then rank, then Vietnamese name. Two queries, whatever the size.
 * @throws AppError CONFLICT when no scheme is in force, or stored rows no longer fit it
 */
export async function computeYearResults(db: DbOrTx, year: number): Promise<{ scheme: ClassificationScheme | null; items: ParResultItem[] }> {
  const rows = await db
    .select({ result: parResults, code: orgUnits.code, name: orgUnits.name })
    .from(parResults)
    .innerJoin(orgUnits, eq(orgUnits.id, parResults.orgUnitId))
    .where(eq(parResults.year, year));
  if (rows.length === 0) return { scheme: null, items: [] };
  const scheme = await requireSchemeInForce(db, year);
  const inputs = rows.map(({ result }) => ({
    unitId: result.orgUnitId,
    blockCode: result.blockCode,
    selfScore: num(result.selfScore),
    appraisedScore: num(result.appraisedScore),
    surveyScore: num(result.surveyScore),
    publishedTotal: num(result.publishedTotal),
    publishedClassification: (result.publishedClassification as Classification | null) ?? null,
  }));
  let computed: ParResult[];
  try {
    computed = computeParIndex(inputs, scheme);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new AppError('CONFLICT', `Kết quả năm ${year} không khớp phương án xếp loại "${scheme.name}": ${err.message}`);
  }
  const items = computed.map((result, i) => ({
    ...result,
    orgUnitCode: rows[i].code,
    orgUnitName: rows[i].name,
    blockLabel: blockLabel(result.blockCode),
    publishedTotal: inputs[i].publishedTotal,
    publishedClassification: inputs[i].publishedClassification,
    source: rows[i].result.source,
  }));
  return { scheme, items: sortResults(items, Object.keys(scheme.blocks)) };
}

/** Block (in the scheme's order), then rank (unranked last), then Vietnamese name. */
export function sortResults<T extends { blockCode: string; rank: number | null; orgUnitName: string }>(items: T[], blockOrder: readonly string[]): T[] {
  const blockIndex = (code: string) => {
    const i = blockOrder.indexOf(code);
    return i < 0 ? blockOrder.length : i;
  };
  // Keys computed once per item, not once per comparison (issue 13: the sort key was rebuilt n·log n times).
  const keyed = items.map((item) => ({ item, block: blockIndex(item.blockCode), rank: item.rank ?? Number.MAX_SAFE_INTEGER, name: vietnameseSortKey(item.orgUnitName) }));
  keyed.sort((a, b) => a.block - b.block || a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return keyed.map((k) => k.item);
}

export type PublicationRow = typeof parPublications.$inferSelect;

/** The publication of a year's ranking, if recorded. */
export async function findPublication(db: DbOrTx, year: number): Promise<PublicationRow | null> {
  const [row] = await db.select().from(parPublications).where(eq(parPublications.year, year));
  return row ?? null;
}

/** What an actor sees of a year's results, and where it comes from. */
export type VisibleResults = {
  source: 'live' | 'published' | 'none';
  publication: PublicationRow | null;
  scheme: { id: string; name: string } | null;
  items: ParResultItem[];
};

/**
 * The results of a year as the actor may see them. Once a year is published its frozen snapshot is the ranking for
 * everyone (province roles may still ask for `live` to compare). Before that, province roles see the working results
 * computed now, and every other role sees nothing: a ranking is public once published, a draft is the
 * secretariat's work in progress.
 */
export async function visibleYearResults(db: DbOrTx, actor: Actor, year: number, wanted?: 'live' | 'published'): Promise<VisibleResults> {
  const publication = await findPublication(db, year);
  const provinceRole = scopeOf(actor).kind === 'all';
  if (provinceRole && (wanted === 'live' || (wanted === undefined && !publication))) {
    const { scheme, items } = await computeYearResults(db, year);
    return { source: 'live', publication, scheme: scheme && { id: scheme.id, name: scheme.name }, items };
  }
  if (!publication) return { source: 'none', publication: null, scheme: null, items: [] };
  const [scheme] = await db
    .select({ id: classificationSchemes.id, name: classificationSchemes.name })
    .from(classificationSchemes)
    .where(eq(classificationSchemes.id, publication.schemeId));
  return { source: 'published', publication, scheme: scheme ?? null, items: publication.snapshot as ParResultItem[] };
}
