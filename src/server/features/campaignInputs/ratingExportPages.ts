import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { parTaskConfirmationMerger, ratingsToRows } from '../../../domain/ratings/ratingRows';
import { keysetPages } from '../../kit/tableStream';
import { listParTaskConfirmations } from './parTaskConfirmationQueries';
import { ratingExportPage, type RatingExportKey } from './ratingQueries';

type Line = Awaited<ReturnType<typeof ratingExportPage>>[number];

/**
 * The ratings export of a year in the actor's scope as text rows page by page (kit/tableStream sendTableStream):
 * the same rows as ratingsToRows(withParTaskConfirmations(…)) over the whole year, read by keyset pages of
 * `pageRows`. The head's confirmations (few: one per person a head confirmed) are read first and merged into each
 * page; those of people not rated come last, as in the file built in memory.
 */
export async function* ratingExportPages(db: DbOrTx, actor: Actor, year: number, pageRows: number): AsyncGenerator<string[][]> {
  const confirmations = await listParTaskConfirmations(db, actor, year);
  const merger = parTaskConfirmationMerger(confirmations.map((c) => ({ ...c, unitCode: c.orgUnitCode, unitName: c.orgUnitName })));
  const toExportRow = (r: Line) => ({ year: r.year, unitCode: r.orgUnitCode, unitName: r.orgUnitName, personId: r.personId, fullName: r.fullName, kind: r.kind, rating: r.rating });
  for await (const page of keysetPages<Line, RatingExportKey>((after, limit) => ratingExportPage(db, actor, { year }, after, limit), (r) => r.key, pageRows)) {
    yield ratingsToRows(merger.merge(page.map(toExportRow))).rows;
  }
  const unrated = merger.unrated();
  if (unrated.length > 0) yield ratingsToRows(unrated).rows;
}
