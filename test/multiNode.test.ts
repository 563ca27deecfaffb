import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type Database } from '../src/db/client';
import { createTestDatabase } from '../src/db/test/testDatabase';
import { buildApp } from '../src/server/app';
import { testConfig } from '../src/server/config';
import { bootstrapAdmin } from '../src/server/features/users/bootstrapAdmin';

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
  nodeA = await buildApp(primary, testConfig({ loginMaxFailures: 3 }));
  nodeB = await buildApp(second ?? primary, testConfig({ loginMaxFailures: 3 }));
});
afterAll(async () => {
  await nodeA?.close();
  await nodeB?.close();
  await second?.close();
  await primary?.close();
});

async function login(node: FastifyInstance, password: string) {
  return node.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password } });
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
    await login(nodeA, 'sai-1');
    await login(nodeB, 'sai-2');
    await login(nodeA, 'sai-3');
    expect((await login(nodeB, 'QuanTri@2020')).statusCode).toBe(429);
  });
});
