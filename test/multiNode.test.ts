import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client';
import { users } from '../src/db/schema';
import { hashPassword, verifyPassword } from '../src/server/kit/passwords';
import { createTestDatabase } from '../src/db/test/testDatabase';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { bootstrapAdmin } from '../src/server/features/users/bootstrapAdmin';

// The real verifyPassword, wrapped so that a test can count the password checks of both nodes.
vi.mock('../src/server/kit/passwords', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/server/kit/passwords')>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
const passwordChecks = vi.mocked(verifyPassword);

/**
 * App nodes are stateless: two nodes on one database (on PostgreSQL, two separate connection pools, as two
 * processes behind a load balancer would have) share sessions, logouts and login throttling.
 */
let primary: Database;
let second: Database | null = null;
let nodeA: FastifyInstance;
let nodeB: FastifyInstance;

beforeAll(async () => {
  primary = await createTestDatabase();
  await bootstrapAdmin(primary.db, 'QuanTri@2020');
  const url = (primary.pool?.options as { connectionString?: string } | undefined)?.connectionString;
  second = url ? await openDatabase({ kind: 'postgres', url, poolSize: 3 }) : null;
  nodeA = await buildApp(primary, testConfig({ loginMaxFailures: 5 }));
  nodeB = await buildApp(second ?? primary, testConfig({ loginMaxFailures: 5 }));
});
afterAll(async () => {
  await nodeA?.close();
  await nodeB?.close();
  await second?.close();
  await primary?.close();
});

async function login(node: FastifyInstance, password: string, username = 'admin') {
  return node.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
}

describe('several app nodes on one database', () => {
  it('serves a session created on node A from node B, and a logout on B ends it on A', async () => {
    expect(second !== null).toBe(Boolean(process.env.TEST_DATABASE_URL));
    const res = await login(nodeA, 'QuanTri@2020');
    const cookie = `thidua_sid=${res.cookies.find((c) => c.name === 'thidua_sid')!.value}`;
    const csrf = res.json().csrfToken;
    expect((await nodeB.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await nodeB.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } })).statusCode).toBe(200);
    expect((await nodeA.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('counts failed logins across nodes', async () => {
    for (let i = 1; i <= 5; i += 1) expect((await login(i % 2 ? nodeA : nodeB, `sai-${i}`)).statusCode).toBe(401);
    expect((await login(nodeB, 'QuanTri@2020')).statusCode).toBe(429);
    expect((await login(nodeA, 'QuanTri@2020')).statusCode).toBe(429);
  });

  // Two connection pools on PostgreSQL, as two processes would have; on PGlite both nodes share one connection.
  it.skipIf(!process.env.TEST_DATABASE_URL)('checks at most 5 passwords of 30 parallel logins sent to both nodes, and refuses the right one sent 26th', async () => {
    const [admin] = await primary.db.select({ orgUnitId: users.orgUnitId }).from(users).where(eq(users.username, 'admin'));
    await primary.db.insert(users).values({ username: 'song.song', fullName: 'Đăng nhập song song', role: 'unit_officer', orgUnitId: admin.orgUnitId, passwordHash: await hashPassword('DungMatKhau#2021') });
    passwordChecks.mockClear();
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => login(i % 2 ? nodeB : nodeA, i === 25 ? 'DungMatKhau#2021' : `sai-${i}`, 'song.song')));
    expect(passwordChecks.mock.calls.length).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.statusCode !== 429).length).toBeLessThanOrEqual(5);
    expect(answers[25].statusCode).toBe(429);
    expect(answers.some((a) => a.statusCode === 200)).toBe(false);
  });
});
