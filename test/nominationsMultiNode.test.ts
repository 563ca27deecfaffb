import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client';
import { nominations, orgUnits } from '../src/db/schema';
import { ERA_KG_2020 } from '../src/db/seed/orgTreeSeed';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { kh34CampaignId } from '../src/server/kit/testing/eligibilityFixtures';
import { createCommunes, makeEligibleUnit } from '../src/server/kit/testing/nominationFixtures';
import { createTestApp, type TestApp } from '../src/server/kit/testing/testApp';

/**
 * The commune quota of a district (SPEC §4.3) holds when proposals race on two app nodes against one PostgreSQL: each
 * node has its own connection pool, as two processes behind a load balancer would, and the row lock of the quota in
 * the database is all that serialises them. On PGlite (no TEST_DATABASE_URL) both nodes share the one embedded
 * connection, which is the single-instance case.
 */
const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let second: Database | null = null;
let nodeB: FastifyInstance;
let campaignId: string;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  const url = (t.database.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  second = url ? await openDatabase({ kind: 'postgres', url, poolSize: 5 }) : null;
  nodeB = await buildApp(second ?? t.database, testConfig(), { now: () => NOW });
  campaignId = await kh34CampaignId(t.database.db);
});
afterAll(async () => {
  await nodeB?.close();
  await second?.close();
  await t?.close();
});

describe('nomination quotas on two app nodes', () => {
  it('runs on two connection pools exactly when a PostgreSQL URL is given', () => {
    expect(second !== null).toBe(Boolean(process.env.TEST_DATABASE_URL));
  });

  it.each([
    ['906', 'Huyện Giồng Riềng', 2],
    ['905', 'Huyện Châu Thành', 1],
  ])('50 parallel proposals for district %s (%s) through both nodes: exactly %i succeed, the others get the quota message', async (code, name, quota) => {
    const db = t.database.db;
    const [district] = await db.select({ id: orgUnits.id }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code)));
    const communes = await createCommunes(db, district.id, 50, `Xã Đua ${code}`);
    for (const id of communes) await makeEligibleUnit(db, { campaignId, unitId: id });
    const secretariat = await t.login('secretariat');
    const headers = { cookie: secretariat.cookie, 'x-csrf-token': secretariat.csrf };
    const answers = await Promise.all(
      communes.map((nomineeId, i) =>
        (i % 2 ? nodeB : t.app).inject({ method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, headers, payload: { nomineeKind: 'unit', nomineeId } }),
      ),
    );
    const accepted = answers.filter((a) => a.statusCode === 201);
    expect(accepted).toHaveLength(quota);
    const refused = answers.filter((a) => a.statusCode !== 201);
    expect(refused.map((a) => a.statusCode)).toEqual(Array(50 - quota).fill(409));
    const quotaMessage = new RegExp(`^${name} đã đề nghị ${quota}/${quota} xã \\(chỉ tiêu: .* — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III .*\\); không thể đề nghị thêm\\. Đã đề nghị: `);
    for (const answer of refused) expect(answer.json().error.message).toMatch(quotaMessage);
    const stored = await db.select({ id: nominations.id }).from(nominations).where(and(eq(nominations.proposingUnitId, district.id), eq(nominations.status, 'proposed')));
    expect(stored).toHaveLength(quota);
  });
});
