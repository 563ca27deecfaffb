/**
 * The server under test for bench/hostileXlsx.ts: the real app (buildApp) on an in-memory, seeded PGlite, with
 * the 34/KH-UBND campaign and a logged-in unit officer of Thị trấn Giồng Riềng. Run under tsx like the server
 * itself (so the XLSX worker loads the way it does in production) and prints one JSON line with what the driver
 * needs: `{"port":…,"pid":…,"campaignId":…,"cookie":…,"csrf":…}` (pid: this process, not the tsx launcher).
 */
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { createTestApp } from '../src/server/kit/testing/testApp';
import { serveBench } from './support/benchProcess';

serveBench(async () => {
  // The file is read in the request, as before imports over IMPORT_BACKGROUND_ROWS became jobs: this server has no
  // job queue running, and the reading is what is measured.
  const t = await createTestApp({ checkResponses: false, importBackgroundRows: 1_000_000 });
  const campaignId = await kh34CampaignId(t.database.db);
  const session = await t.login('officerTTGR');
  return { app: t.app, announce: { campaignId, cookie: session.cookie, csrf: session.csrf }, close: t.close };
});
