import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../db/client';
import { orgUnits, users } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { createTestDatabase } from '../../../db/test/testDatabase';
import type { Role } from '../../../domain/access/roles';
import { buildApp } from '../../app';
import { testConfig, type Config } from '../../config';
import { hashPassword } from '../passwords';
import type { JobQueue } from '../jobs/jobQueue';

export const TEST_PASSWORD = 'MatKhau@2020';

/** The fixture accounts: one per role, plus officers of two communes in two districts. */
export const FIXTURE_USERS = {
  admin: { role: 'admin', unitCode: '91' },
  secretariat: { role: 'province_secretariat', unitCode: 'SNV-CCHC' },
  approver: { role: 'province_approver', unitCode: '91' },
  council: { role: 'council_member', unitCode: 'SNV' },
  aggregatorGR: { role: 'district_aggregator', unitCode: '906' },
  officerTTGR: { role: 'unit_officer', unitCode: '30904' }, // Thị trấn Giồng Riềng
  headTTGR: { role: 'unit_head', unitCode: '30904' },
  officerHD: { role: 'unit_officer', unitCode: '30817' }, // Thị trấn Hòn Đất
  officerSNV: { role: 'unit_officer', unitCode: 'SNV' },
} as const satisfies Record<string, { role: Role; unitCode: string }>;
export type FixtureName = keyof typeof FIXTURE_USERS;

export type Session = { cookie: string; csrf: string; userId: string };

export type TestApp = {
  app: FastifyInstance;
  database: Database;
  /** Unit id by KG 2020 code. */
  unit: (code: string) => Promise<{ id: string; path: string; name: string }>;
  users: Record<FixtureName, string>;
  login: (name: FixtureName | string, password?: string) => Promise<Session>;
  /** A request as a session (or anonymous with null), CSRF header included. */
  req: (as: Session | null, options: InjectOptions) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
};

export async function createTestApp(config: Partial<Config> = {}, options: { now?: () => Date; jobs?: (database: Database) => JobQueue } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp(database, testConfig(config), { now: options.now, jobs: options.jobs?.(database) });
  const db = database.db;
  const unitCache = new Map<string, { id: string; path: string; name: string }>();
  const unit = async (code: string) => {
    if (!unitCache.has(code)) {
      const [u] = await db
        .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
        .from(orgUnits)
        .where(and(eq(orgUnits.eraId, ERA_KG_2020), eq(orgUnits.code, code)));
      if (!u) throw new Error(`no unit ${code}`);
      unitCache.set(code, u);
    }
    return unitCache.get(code)!;
  };
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const ids = {} as Record<FixtureName, string>;
  for (const [name, f] of Object.entries(FIXTURE_USERS)) {
    const [row] = await db
      .insert(users)
      .values({ username: name.toLowerCase(), fullName: `Người dùng ${name}`, role: f.role, orgUnitId: (await unit(f.unitCode)).id, passwordHash })
      .returning({ id: users.id });
    ids[name as FixtureName] = row.id;
  }
  const login = async (name: string, password = TEST_PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: name.toLowerCase(), password } });
    if (res.statusCode !== 200) throw new Error(`login ${name} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'thidua_sid')!;
    return { cookie: `thidua_sid=${cookie.value}`, csrf: res.json().csrfToken, userId: res.json().user.id };
  };
  const req = (as: Session | null, options: InjectOptions) =>
    app.inject({
      ...options,
      headers: { ...(as ? { cookie: as.cookie, 'x-csrf-token': as.csrf } : {}), ...(options.headers ?? {}) },
    });
  return {
    app,
    database,
    unit,
    users: ids,
    login,
    req,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
