/**
 * The server under test for bench/exportEndpoint.ts: the real app (buildApp) on the PostgreSQL database the driver
 * seeded (BENCH_DATABASE_URL), as `npm start` runs it but without the web bundle. For the comparison it also has the
 * ratings export as it was before streaming, at `/bench/ratings-export-in-memory` (every rating read in one query,
 * the whole workbook built by sendTable), behind the same session and access. Prints one JSON line
 * `{"port":…,"pid":…}` (pid: this process, not the tsx launcher).
 */
import { openDatabase } from '../src/db/client';
import { parTaskConfirmationMerger, ratingsToRows } from '../src/domain/ratings/ratingRows';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { listParTaskConfirmations } from '../src/server/features/campaignInputs/parTaskConfirmationQueries';
import { ratingExportPage } from '../src/server/features/campaignInputs/ratingQueries';
import { sendTable } from '../src/server/kit/tabularFiles';
import { authorize } from '../src/server/kit/session';
import { serveBench } from './support/benchProcess';

serveBench(async () => {
  const database = await openDatabase({ kind: 'postgres', url: process.env.BENCH_DATABASE_URL!, poolSize: 5 });
  // BENCH_EXPORT_PAGE_ROWS: the streamed export's page size (EXPORT_PAGE_ROWS), else the default.
  const pageRows = Number(process.env.BENCH_EXPORT_PAGE_ROWS ?? 0);
  const app = await buildApp(database, testConfig({ checkResponses: false, ...(pageRows > 0 ? { exportPageRows: pageRows } : {}) }));
  const db = database.db;
  app.get<{ Querystring: { year: string } }>('/bench/ratings-export-in-memory', { config: { access: 'rating.read' } }, async (req, reply) => {
    const user = authorize(req);
    const year = Number(req.query.year);
    const rows = await ratingExportPage(db, user, { year }, null, Number.MAX_SAFE_INTEGER);
    const confirmations = await listParTaskConfirmations(db, user, year);
    const merger = parTaskConfirmationMerger(confirmations.map((c) => ({ ...c, unitCode: c.orgUnitCode, unitName: c.orgUnitName })));
    const exportRows = rows.map((r) => ({ year: r.year, unitCode: r.orgUnitCode, unitName: r.orgUnitName, personId: r.personId, fullName: r.fullName, kind: r.kind, rating: r.rating }));
    const table = ratingsToRows([...merger.merge(exportRows), ...merger.unrated()]);
    return sendTable(reply, { name: `xep-loai-${year}`, sheet: `Xếp loại ${year}`, ...table, format: 'xlsx' });
  });
  return { app, announce: {}, close: () => app.close().then(() => database.close()) };
});
