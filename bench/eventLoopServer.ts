/**
 * The server under test for bench/eventLoop.ts: the real app (buildApp, as createTestApp builds it) on a seeded
 * database — in-memory PGlite, or a fresh PostgreSQL database when TEST_DATABASE_URL is set — run under tsx like the
 * server itself, with a registration of Thị trấn Giồng Riềng (two people) to print. Prints one JSON line with what
 * the driver needs: `{"port":…,"admin":{cookie,csrf},"officer":{cookie,csrf},"registrationId":…}`.
 * With BENCH_TURNS_FILE it measures the event loop's turns in main-thread CPU (support/turnProbe.ts) and writes them
 * there as JSON when it exits.
 */
import fs from 'node:fs';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { createPerson, kh34CampaignId, register } from '../src/server/kit/testing/eligibilityFixtures';
import { createTestApp } from '../src/server/kit/testing/testApp';
import { serveBench } from './support/benchProcess';
import { startTurnProbe } from './support/turnProbe';

const turnsFile = process.env.BENCH_TURNS_FILE;
if (turnsFile) {
  const turns = startTurnProbe();
  process.on('exit', () => fs.writeFileSync(turnsFile, JSON.stringify(turns)));
}

serveBench(async () => {
  // Imports answered within the request whatever their size: the worst case for the event loop.
  const t = await createTestApp({ importBackgroundRows: 1_000_000, checkResponses: false });
  const db = t.database.db;
  const campaignId = await kh34CampaignId(db);
  const unit = await t.unit('30904');
  const people = [await createPerson(db, unit.id, 'Nguyễn Văn Ước', 'Chủ tịch UBND'), await createPerson(db, unit.id, 'Trần Thị Phơn', 'Công chức Văn phòng - Thống kê')];
  const registrationId = await register(db, { campaignId, orgUnitId: unit.id, status: 'submitted', individuals: people.map((personId) => ({ personId })) });
  const admin = await t.login('admin');
  const officer = await t.login('officerTTGR');
  return { app: t.app, announce: { eraId: ERA_KG_2020, admin, officer, registrationId, database: process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite' }, close: t.close };
});
