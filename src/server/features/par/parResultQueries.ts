import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { classificationSchemes, orgUnits, parPublications, parResults } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import type { Classification, ClassificationScheme } from '../../../domain/par/classificationScheme';
import { computeParIndex, type ParResult } from '../../../domain/par/parIndex';
import { blockLabel } from '../../../domain/par/parResultRows';
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
 * Ranks need every unit of a block, so the whole year is computed; only the columns it reads are selected, flat,
 * and the names are ordered by the unit's stored sort key (issue 13: national size).
 * @throws AppError CONFLICT when no scheme is in force, or stored rows no longer fit it
 */
export async function computeYearResults(db: DbOrTx, year: number): Promise<{ scheme: ClassificationScheme | null; items: ParResultItem[] }> {
  const rows = await db
    .select({
      unitId: parResults.orgUnitId,
      blockCode: parResults.blockCode,
      selfScore: parResults.selfScore,
      appraisedScore: parResults.appraisedScore,
      surveyScore: parResults.surveyScore,
      publishedTotal: parResults.publishedTotal,
      publishedClassification: parResults.publishedClassification,
      source: parResults.source,
      code: orgUnits.code,
      name: orgUnits.name,
      sortKey: orgUnits.sortKey,
    })
    .from(parResults)
    .innerJoin(orgUnits, eq(orgUnits.id, parResults.orgUnitId))
    .where(eq(parResults.year, year));
  if (rows.length === 0) return { scheme: null, items: [] };
  const scheme = await requireSchemeInForce(db, year);
  const inputs = rows.map((row) => ({
    unitId: row.unitId,
    blockCode: row.blockCode,
    selfScore: num(row.selfScore),
    appraisedScore: num(row.appraisedScore),
    surveyScore: num(row.surveyScore),
    publishedTotal: num(row.publishedTotal),
    publishedClassification: (row.publishedClassification as Classification | null) ?? null,
  }));
  let computed: ParResult[];
  try {
    computed = computeParIndex(inputs, scheme);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    throw new AppError('CONFLICT', `Kết quả năm ${year} không khớp phương án xếp loại "${scheme.name}": ${err.message}`);
  }
  // Every field written out, not `{ ...result, … }`: V8 made 10,500 spread objects of 19 keys slow dictionaries
  // (≈ 0.3 s to build and more to serialise, issue 13).
  const items = computed.map((result, i): ParResultItem => ({
    unitId: result.unitId,
    blockCode: result.blockCode,
    selfScore: result.selfScore,
    appraisedScore: result.appraisedScore,
    surveyScore: result.surveyScore,
    totalPoints: result.totalPoints,
    maxPoints: result.maxPoints,
    indexPercent: result.indexPercent,
    classification: result.classification,
    classificationLabel: result.classificationLabel,
    classificationSource: result.classificationSource,
    rank: result.rank,
    notes: result.notes,
    orgUnitCode: rows[i].code,
    orgUnitName: rows[i].name,
    blockLabel: blockLabel(result.blockCode),
    publishedTotal: inputs[i].publishedTotal,
    publishedClassification: inputs[i].publishedClassification,
    source: rows[i].source,
  }));
  return { scheme, items: sortResults(items, rows.map((row) => row.sortKey), Object.keys(scheme.blocks)) };
}

/**
 * Block (in the scheme's order), then rank (unranked last), then Vietnamese name.
 * @param nameKeys each item's `vietnameseSortKey` of its name (the unit's stored `sort_key`), in the items' order
 */
function sortResults<T extends { blockCode: string; rank: number | null }>(items: T[], nameKeys: readonly string[], blockOrder: readonly string[]): T[] {
  const blockIndex = new Map(blockOrder.map((code, i) => [code, i]));
  // Keys computed once per item, not once per comparison (issue 13: the sort key was rebuilt n·log n times).
  const keyed = items.map((item, i) => ({ item, block: blockIndex.get(item.blockCode) ?? blockOrder.length, rank: item.rank ?? Number.MAX_SAFE_INTEGER, name: nameKeys[i] }));
  keyed.sort((a, b) => a.block - b.block || a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return keyed.map((k) => k.item);
}

export type PublicationRow = typeof parPublications.$inferSelect;

/** A publication without its snapshot: the decision, what a list's heading and the deadlines need. */
export type PublicationHeader = Omit<PublicationRow, 'snapshot'>;

/** Every column of par_publications but the snapshot (≈ 5 MB of JSON at national size, issue 13). */
export const publicationHeaderColumns = {
  id: parPublications.id,
  year: parPublications.year,
  decisionNumber: parPublications.decisionNumber,
  decisionDate: parPublications.decisionDate,
  signer: parPublications.signer,
  schemeId: parPublications.schemeId,
  publishedById: parPublications.publishedById,
  createdAt: parPublications.createdAt,
};

/** The publication of a year's ranking, if recorded. */
export async function findPublication(db: DbOrTx, year: number): Promise<PublicationRow | null> {
  const [row] = await db.select().from(parPublications).where(eq(parPublications.year, year));
  return row ?? null;
}

/** The publication of a year's ranking without its snapshot, if recorded. */
export async function findPublicationHeader(db: DbOrTx, year: number): Promise<PublicationHeader | null> {
  const [row] = await db.select(publicationHeaderColumns).from(parPublications).where(eq(parPublications.year, year));
  return row ?? null;
}

/** The publication of a year's ranking without its snapshot, with how many results it froze, if recorded. */
export async function findPublicationSummary(db: DbOrTx, year: number): Promise<(PublicationHeader & { resultCount: number }) | null> {
  const [row] = await db
    .select({ ...publicationHeaderColumns, resultCount: sql<number>`jsonb_array_length(${parPublications.snapshot})` })
    .from(parPublications)
    .where(eq(parPublications.year, year));
  return row ?? null;
}

/**
 * One unit's line of a year's published ranking and how many units its block ranks, read inside the database
 * (a dossier's documents quote them; the whole snapshot is ≈ 5 MB of JSON at national size, issue 13).
 * @returns null before publication; `item` null when the unit is not in the snapshot
 */
export async function findPublishedResult(
  db: DbOrTx,
  year: number,
  unitId: string,
): Promise<{ publication: PublicationHeader; item: ParResultItem | null; blockSize: number } | null> {
  const lineOf = sql`(select e.value from jsonb_array_elements(${parPublications.snapshot}) as e(value) where e.value->>'unitId' = ${unitId} limit 1)`;
  const [row] = await db
    .select({
      ...publicationHeaderColumns,
      item: sql<ParResultItem | null>`${lineOf}`,
      blockSize: sql<number>`(select count(*) from jsonb_array_elements(${parPublications.snapshot}) as b(value) where b.value->>'blockCode' = ${lineOf}->>'blockCode')::int`,
    })
    .from(parPublications)
    .where(eq(parPublications.year, year));
  if (!row) return null;
  const { item, blockSize, ...publication } = row;
  return { publication, item, blockSize };
}

/** What an actor sees of a year's results, and where it comes from. */
export type VisibleResults = {
  source: 'live' | 'published' | 'none';
  publication: PublicationHeader | null;
  scheme: { id: string; name: string } | null;
  items: ParResultItem[];
};

/**
 * Where an actor's view of a year comes from. Once a year is published its frozen snapshot is the ranking for
 * everyone (province roles may still ask for `live` to compare). Before that, province roles see the working results
 * computed now, and every other role sees nothing: a ranking is public once published, a draft is the
 * secretariat's work in progress. Reads the publication without its snapshot.
 */
async function visibleSource(db: DbOrTx, actor: Actor, year: number, wanted: 'live' | 'published' | undefined) {
  const publication = await findPublicationHeader(db, year);
  const provinceRole = scopeOf(actor).kind === 'all';
  const source: VisibleResults['source'] = provinceRole && (wanted === 'live' || (wanted === undefined && !publication)) ? 'live' : publication ? 'published' : 'none';
  return { source, publication };
}

async function schemeName(db: DbOrTx, schemeId: string) {
  const [scheme] = await db.select({ id: classificationSchemes.id, name: classificationSchemes.name }).from(classificationSchemes).where(eq(classificationSchemes.id, schemeId));
  return scheme ?? null;
}

/** The results of a year as the actor may see them, all of them (exports, charts, reports); see `visibleSource`. */
export async function visibleYearResults(db: DbOrTx, actor: Actor, year: number, wanted?: 'live' | 'published'): Promise<VisibleResults> {
  const { source, publication } = await visibleSource(db, actor, year, wanted);
  if (source === 'live') {
    const { scheme, items } = await computeYearResults(db, year);
    return { source, publication, scheme: scheme && { id: scheme.id, name: scheme.name }, items };
  }
  if (!publication) return { source: 'none', publication: null, scheme: null, items: [] };
  const [row] = await db.select({ snapshot: parPublications.snapshot }).from(parPublications).where(eq(parPublications.id, publication.id));
  return { source: 'published', publication, scheme: await schemeName(db, publication.schemeId), items: (row?.snapshot ?? []) as ParResultItem[] };
}

/**
 * One page of the results of a year as the actor may see them (the list), with the number in the block filter.
 * A published year is paged inside the database, out of the snapshot, so its ≈ 5 MB of JSON at national size never
 * reaches the server (issue 13); live results are ranked in full (a rank needs the whole block) and sliced.
 */
export async function visibleYearPage(
  db: DbOrTx,
  actor: Actor,
  year: number,
  query: { wanted?: 'live' | 'published'; blockCode?: string; page: number; pageSize: number },
): Promise<VisibleResults & { total: number }> {
  const { source, publication } = await visibleSource(db, actor, year, query.wanted);
  const offset = (query.page - 1) * query.pageSize;
  if (source === 'live') {
    const { scheme, items } = await computeYearResults(db, year);
    const inBlock = query.blockCode ? items.filter((i) => i.blockCode === query.blockCode) : items;
    return { source, publication, scheme: scheme && { id: scheme.id, name: scheme.name }, items: inBlock.slice(offset, offset + query.pageSize), total: inBlock.length };
  }
  if (!publication) return { source: 'none', publication: null, scheme: null, items: [], total: 0 };
  // The snapshot's order is the ranking's; `n` keeps it.
  const inBlock = query.blockCode ? sql`e.value->>'blockCode' = ${query.blockCode}` : sql`true`;
  const [row] = await db
    .select({
      total: sql<number>`(select count(*) from jsonb_array_elements(${parPublications.snapshot}) as e(value) where ${inBlock})::int`,
      items: sql<ParResultItem[]>`(select coalesce(jsonb_agg(p.value order by p.n), '[]'::jsonb) from (
        select e.value, e.n from jsonb_array_elements(${parPublications.snapshot}) with ordinality as e(value, n)
        where ${inBlock} order by e.n offset ${offset} limit ${query.pageSize}) as p)`,
    })
    .from(parPublications)
    .where(eq(parPublications.id, publication.id));
  return { source: 'published', publication, scheme: await schemeName(db, publication.schemeId), items: row?.items ?? [], total: row?.total ?? 0 };
}
