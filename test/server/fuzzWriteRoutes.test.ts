import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import { campaigns, initiatives, people, registrations } from '../../src/db/schema';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { PERMISSIONS, type Action } from '../../src/domain/access/permissions';
import type { ApiRoute } from '../../src/server/app';
import { createJobQueue, type JobQueue } from '../../src/server/kit/jobs/jobQueue';
import { JOB_QUEUES } from '../../src/server/jobWorkers';
import { createTestApp, FIXTURE_USERS, type FixtureName, type Session } from '../../src/server/kit/testing/testApp';

/**
 * Every write route under /api (POST, PUT, PATCH, DELETE — taken from `app.apiRoutes`, so a new route is fuzzed
 * without being listed here) gets FUZZ_RUNS (default 200) generated requests as a user whose role may call it:
 * bodies derived from the route's own schema (OpenAPI) with fields dropped, retyped, swapped for hostile values or
 * joined by unknown ones; whole bodies of the wrong shape; raw bytes and bad JSON; odd path and query parameters.
 * Whatever comes, the answer is never 5xx, and every 4xx is the app's error shape with a Vietnamese message, naming
 * at least one field when it is a 400.
 *
 * Routes run concurrently (they share one database, as users do); a failure prints the route, the seed and the
 * request. Replay one with FUZZ_SEED=<seed> FUZZ_ROUTE="<METHOD> <url>" (FUZZ_LOG=1 prints the server's stack).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const ONLY = process.env.FUZZ_ROUTE;
const VIETNAMESE = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// FUZZ_LOG=1 logs the server's errors (the stack of a 500).
// The job queue is started (no worker), as in the server, so the routes that start a background job can send it.
let jobs: JobQueue | undefined;
const t = await createTestApp(process.env.FUZZ_LOG ? { logLevel: 'error' } : {}, { jobs: (database) => (jobs = createJobQueue(database)) });
await jobs!.start(JOB_QUEUES);
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});
const db = t.database.db;

// ——— Who sends each route: a fixture user whose role holds the route's permission, the secretariat or admin first.
const PREFERENCE: FixtureName[] = ['secretariat', 'admin', 'officerTTGR', 'headTTGR', 'aggregatorGR', 'approver', 'council'];
/** Where the first role that may call a route reaches little of it (a commune issues no Giấy khen). */
const SENDER_OVERRIDES: Record<string, FixtureName> = {
  'PUT /api/campaigns/:id/unit-merit-criteria/:issuerUnitId': 'aggregatorGR',
};
function senderOf(route: ApiRoute): FixtureName | null {
  const key = `${route.method} ${route.url}`;
  if (SENDER_OVERRIDES[key]) return SENDER_OVERRIDES[key];
  if (route.access === 'public') return null;
  if (route.access === 'authenticated' || route.access === undefined) return 'admin';
  const roles: readonly string[] = PERMISSIONS[route.access as Action];
  const who = PREFERENCE.find((name) => roles.includes(FIXTURE_USERS[name].role));
  if (!who) throw new Error(`no fixture user may call ${key} (${route.access})`);
  return who;
}

const routes = t.app.apiRoutes.filter((r) => WRITE_METHODS.has(r.method) && (!ONLY || `${r.method} ${r.url}` === ONLY));
// One session per route, all opened before any fuzzing: the login route's failures must not lock a sender out, and
// the logout route ends only its own session.
const sessions = new Map<string, Session | null>();
for (const route of routes) {
  const who = senderOf(route);
  sessions.set(`${route.method} ${route.url}`, who ? await t.login(who) : null);
}

// ——— Records the path parameters point at: the first of each pool is shared, the last may be deleted.
const unit = async (code: string) => (await t.unit(code)).id;
const [kh34] = await db.select({ id: campaigns.id, definition: campaigns.definition }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
// A campaign of its own for the routes that change a campaign (status, definition, clone), so that they do not close
// the one the registration routes write to.
const [ownCampaign] = await db
  .insert(campaigns)
  .values({ year: 2021, planNumber: '99/KH-UBND', planDate: '2021-03-03', eraId: ERA_KG_2020, status: 'draft', definition: kh34.definition })
  .returning({ id: campaigns.id });
const registrationIn = async (code: string, status: string) =>
  (await db.insert(registrations).values({ campaignId: kh34.id, orgUnitId: await unit(code), status, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính' }).returning({ id: registrations.id }))[0].id;
const initiativeIn = async (code: string) => (await db.insert(initiatives).values({ orgUnitId: await unit(code), title: 'Sáng kiến', description: 'Mô tả', effect: 'Hiệu quả' }).returning({ id: initiatives.id }))[0].id;
const personIn = async (code: string) =>
  (await db.insert(people).values({ orgUnitId: await unit(code), fullName: 'Nguyễn Văn A', position: 'Công chức', searchText: 'nguyen van a', sortKey: 'nguyen van a' }).returning({ id: people.id }))[0].id;

const UNITS = [await unit('30904'), await unit('SNV'), await unit('906'), await unit('SNV-CCHC'), await unit('30817'), await unit('91')];
/** Ids a path parameter points at; a DELETE route gets the `disposable` ones, so that the others keep theirs. */
type Pool = { shared: string[]; disposable?: string[] };
const POOLS = {
  unit: { shared: UNITS },
  // Units no sender belongs to, for the routes that change units.
  otherUnit: { shared: [await unit('30907'), await unit('30817')] },
  campaign: { shared: [kh34.id] },
  ownCampaign: { shared: [ownCampaign.id] },
  registration: { shared: [await registrationIn('30904', 'draft'), await registrationIn('30907', 'submitted'), await registrationIn('906', 'draft')] },
  initiative: { shared: [await initiativeIn('30904'), await initiativeIn('906')], disposable: [await initiativeIn('30904')] },
  person: { shared: [await personIn('30904'), await personIn('SNV')], disposable: [await personIn('30904')] },
  // Users no sender is: a route may deactivate them or reset their password.
  user: { shared: [t.users.officerHD, t.users.officerSNV] },
  scheme: { shared: ['thu-nghiem', 'kg-2020'] },
  year: { shared: ['2020', '2021', '2022'] },
} satisfies Record<string, Pool>;

/** The pool a path parameter draws from, by its name and the route. */
function poolOf(route: ApiRoute, param: string): Pool {
  const base = route.url.split('/')[2];
  if (param === 'year') return POOLS.year;
  if (param === 'personId') return POOLS.person;
  if (/unitid$/i.test(param)) return POOLS.unit;
  if (param === 'id') {
    if (base === 'campaigns') return /^\/api\/campaigns\/:id(\/status|\/clone)?$/.test(route.url) ? POOLS.ownCampaign : POOLS.campaign;
    if (base === 'registrations') return POOLS.registration;
    if (base === 'initiatives') return POOLS.initiative;
    if (base === 'people') return POOLS.person;
    if (base === 'users') return POOLS.user;
    if (base === 'org-units') return POOLS.otherUnit;
    if (base === 'classification-schemes') return POOLS.scheme;
  }
  return POOLS.unit;
}

// ——— Hostile values.
/** A JSON token written as is: numbers JSON can spell but JavaScript cannot hold, and negative zero. */
class Raw {
  constructor(readonly text: string) {}
}
const HOSTILE_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  'tab\there',
  'dòng\nhai',
  '\u0007\u001b[31m',
  '\u202eđảo chiều',
  '\ufeff',
  '🙂 Nguyễn',
  'Nguye\u0302\u0303n', // decomposed
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'prototype',
  "'; drop table users; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../../etc/passwd',
  '%00',
  '%E0%A4%A',
  'null',
  'true',
  '0',
  '-1',
  '1e400',
  'NaN',
  'Infinity',
  '2020-02-30',
  '0000-00-00',
  '9999-12-31',
  '2020-1-1',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '00000000-0000-4000-8000-000000000000',
  'Ư'.repeat(300),
  'A'.repeat(5_000),
];
const hostileString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.constantFrom('Ư'.repeat(20_000), 'a'.repeat(70_000)) },
);
const hostileNumber = fc.oneof(
  fc.constantFrom<unknown>(0, -1, 1.5, 2 ** 31, 2 ** 31 - 1, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 53) - 2, 1e308, -1e308, 5e-324, 1e21),
  fc.constantFrom<unknown>(new Raw('1e400'), new Raw('-1e400'), new Raw('-0'), new Raw('123456789012345678901234567890'), new Raw('0.1e-400')),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const prototypeObject = fc.constantFrom<unknown>(
  withOwn([['__proto__', { admin: true }]]),
  withOwn([['constructor', { prototype: { admin: true } }]]),
  withOwn([['toString', 'x'], ['valueOf', 1], ['hasOwnProperty', null]]),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [[]], [null], [{}], Array.from({ length: 2_000 }, () => 1)) },
  { weight: 1, arbitrary: prototypeObject },
  { weight: 1, arbitrary: fc.constant(new Raw(`${'['.repeat(5_000)}${']'.repeat(5_000)}`)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);
const hostileKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype', 'isAdmin', 'role', 'a\u0000b', '\ud800', '', 'x'.repeat(500), 'valueOf'), fc.string({ maxLength: 10 }));

/** An object with exactly these own keys, "__proto__" included (an object literal would set the prototype instead). */
function withOwn(entries: [string, unknown][]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** JSON text of a generated value: Raw tokens as written, own "__proto__" keys kept. */
function toJson(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value && typeof value === 'object') return `{${Object.keys(value).map((k) => `${JSON.stringify(k)}:${toJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

// ——— Values that fit the route's schema, to get past validation and into the handler.
type Schema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  default?: unknown;
};

const KNOWN_TEXT: Record<string, string[]> = {
  eraId: [ERA_KG_2020, 'an-giang-2025'],
  username: ['admin', 'nguoidung1', 'secretariat'],
  password: ['MatKhau@2020', 'sai'],
  fullName: ['Nguyễn Văn An', 'Trần Thị Bình'],
  name: ['Đơn vị thử', 'Thử nghiệm'],
  code: ['T-1', '1', 'department', '30904'],
  blockCode: ['department', 'district', 'commune'],
  position: ['Công chức', 'Phó Chủ tịch UBND'],
  decisionNumber: ['1234/QĐ-UBND'],
  decisionReference: ['125/QĐ-UBND'],
  content: ['Hoàn thành xuất sắc nhiệm vụ cải cách hành chính'],
};
const SAMPLE_TEXT = ['Sở Nội vụ', 'Hoàn thành xuất sắc nhiệm vụ', 'Ghi chú', 'a', 'Đơn vị thử nghiệm'];

function dateText(): fc.Arbitrary<string> {
  return fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
}

function fromSchema(schema: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  const value = baseFromSchema(schema, name, depth);
  return schema.nullable ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }) : value;
}

function baseFromSchema(schema: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return fc.oneof(...variants.map((v) => fromSchema(v, name, depth)));
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'uuid') return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(name === 'personId' ? POOLS.person : POOLS.unit).shared) }, { weight: 1, arbitrary: fc.uuid() });
      if (schema.format === 'date' || /date|^(from|to|validFrom|validTo|periodFrom|periodTo|recognisedAt)$/i.test(name)) return dateText();
      if (schema.format === 'email') return fc.constantFrom('a@example.vn', 'nguyen.van.a@kiengiang.gov.vn');
      if (KNOWN_TEXT[name]) return fc.constantFrom(...KNOWN_TEXT[name]);
      if (schema.pattern) {
        const max = Math.min(schema.maxLength ?? 30, 30);
        return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= max);
      }
      const max = Math.min(schema.maxLength ?? 60, 60);
      return fc.oneof(fc.constantFrom(...SAMPLE_TEXT.filter((s) => s.length <= max)), fc.string({ minLength: Math.min(schema.minLength ?? 0, max), maxLength: max }));
    }
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e6), max: Math.min(schema.maximum ?? 3000, 1e6) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 6 || !schema.items) return fc.constant([]);
      const min = schema.minItems ?? 0;
      return fc.array(fromSchema(schema.items, name, depth + 1), { minLength: min, maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case 'object':
    default: {
      if (depth > 6) return fc.constant({});
      const properties = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      const fieldArbs = properties.map(([key, s]) =>
        required.has(key) ? fromSchema(s, key, depth + 1).map((v) => [[key, v]] as [string, unknown][]) : fc.option(fromSchema(s, key, depth + 1), { nil: undefined }).map((v) => (v === undefined ? [] : [[key, v]]) as [string, unknown][]),
      );
      const extra =
        typeof schema.additionalProperties === 'object'
          ? fc.array(fc.tuple(fc.oneof(fc.constantFrom('department', 'district', 'commune', 'collective.A.parClass', 'x'), hostileKey), fromSchema(schema.additionalProperties, name, depth + 1)), { maxLength: 3 })
          : fc.constant([] as [string, unknown][]);
      return fc.tuple(fc.tuple(...fieldArbs), extra).map(([fields, more]) => withOwn([...fields.flat(), ...more]));
    }
  }
}

// ——— Mutations of a fitting body: a field dropped, retyped or made hostile; an unknown or prototype key added.
type Mutation = { kind: 'set' | 'drop' | 'addKey'; at: number; key: string; value: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom('set', 'set', 'drop', 'addKey'), at: fc.nat(), key: hostileKey, value: hostileValue }) as fc.Arbitrary<Mutation>;

/** Every container in a value with its keys, to pick a place to mutate. */
function places(value: unknown, out: { parent: Record<string, unknown> | unknown[]; key: string | null }[] = []) {
  if (Array.isArray(value)) {
    out.push({ parent: value, key: null });
    value.forEach((v, i) => {
      out.push({ parent: value, key: String(i) });
      places(v, out);
    });
  } else if (value && typeof value === 'object' && !(value instanceof Raw)) {
    out.push({ parent: value as Record<string, unknown>, key: null });
    for (const k of Object.keys(value)) {
      out.push({ parent: value as Record<string, unknown>, key: k });
      places((value as Record<string, unknown>)[k], out);
    }
  }
  return out;
}

function mutate(value: unknown, mutations: Mutation[]): unknown {
  const copy = structuredCloneOwn(value);
  for (const original of mutations) {
    // Copied: the hostile constants are shared between runs, and a mutation must not change them.
    const m = { ...original, value: structuredCloneOwn(original.value) };
    const all = places(copy);
    if (all.length === 0) return m.value;
    const { parent, key } = all[m.at % all.length];
    if (Array.isArray(parent)) {
      if (key === null || m.kind === 'addKey') parent.push(m.value);
      else if (m.kind === 'drop') parent.splice(Number(key), 1);
      else parent[Number(key)] = m.value;
    } else if (key === null || m.kind === 'addKey') {
      Object.defineProperty(parent, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else if (m.kind === 'drop') {
      delete parent[key];
    } else {
      Object.defineProperty(parent, key, { value: m.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy;
}

function structuredCloneOwn(value: unknown): unknown {
  if (value instanceof Raw) return value;
  if (Array.isArray(value)) return value.map(structuredCloneOwn);
  if (value && typeof value === 'object') return withOwn(Object.keys(value).map((k) => [k, structuredCloneOwn((value as Record<string, unknown>)[k])]));
  return value;
}

// ——— Whole requests.
/** `twice`: sent twice at once, as a double click or a retrying client does (a unique key taken between check and insert). */
type FuzzRequest = { url: string; contentType: string | null; payload: string | Buffer | undefined; twice: boolean };

const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream'];
const RAW_BODIES: (string | Buffer)[] = [
  '',
  '{',
  '{"a":',
  'null',
  '[]',
  '"chuỗi"',
  '123',
  '\ufeff{}',
  Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
  Buffer.from([0xff, 0xfe, 0x00, 0x41]),
  Buffer.from('PK\u0003\u0004rác'),
  Buffer.from('%PDF-1.4\n%âãÏÓ'),
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'Mã đơn vị,Tên đơn vị,Loại đơn vị\n\u0000,=1+1,"\n',
  `Mã đơn vị\n${'1,'.repeat(5_000)}`,
  // Nesting deeper than any stack: the parser must not overflow.
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}`,
];

/** Encodes a path parameter; a lone surrogate becomes its (invalid) UTF-8 bytes, as a hostile client would send. */
function encodeParam(text: string): string {
  return [...text].map((c) => (/^[\uD800-\uDFFF]$/.test(c) ? `%${[0xed, 0xa0 | ((c.charCodeAt(0) >> 6) & 0x1f), 0x80 | (c.charCodeAt(0) & 0x3f)].map((b) => b.toString(16).toUpperCase()).join('%')}` : encodeURIComponent(c))).join('');
}

function requestOf(route: ApiRoute, op: Record<string, any> | undefined): fc.Arbitrary<FuzzRequest> {
  const paramNames = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const pool = (p: string) => {
    const { shared, disposable } = poolOf(route, p);
    return route.method === 'DELETE' ? (disposable ?? shared) : shared;
  };
  const paramArb = (p: string) =>
    fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...pool(p)) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 3, arbitrary: fc.oneof(hostileString.filter((s) => s.length < 3_000), fc.constantFrom('..', '.', ' ', '%', '?', '#', '-0', '2020.0', '02020', '1e3', '99999999999999999999')) },
    );
  const params = fc.tuple(...paramNames.map(paramArb));

  const queryParams: { name: string; schema: Schema; required?: boolean }[] = (op?.parameters ?? []).filter((p: { in: string }) => p.in === 'query');
  const queryFits = fc.tuple(
    ...queryParams.map((p) => {
      const fit = fromSchema(p.schema, p.name, 0).map((v) => String(v));
      const value = fc.oneof({ weight: 8, arbitrary: p.name === 'dryRun' ? fc.constant('true') : fit }, { weight: 1, arbitrary: hostileString.filter((s) => s.length < 2_000) });
      return p.required ? value.map((v) => [[p.name, v]]) : fc.option(value, { nil: undefined }).map((v) => (v === undefined ? [] : [[p.name, v]]));
    }),
  );
  // Written by hand: a lone surrogate cannot go through encodeURIComponent.
  const query = fc
    .tuple(queryFits, fc.oneof({ weight: 6, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(hostileKey.filter((k) => k.length < 100), hostileString.filter((s) => s.length < 100)), { maxLength: 2 }) }))
    .map(([fits, extra]) => [...(fits.flat() as [string, string][]), ...extra].map(([k, v]) => `${encodeParam(k)}=${encodeParam(v)}`).join('&'));

  const bodySchema: Schema | undefined = op?.requestBody?.content?.['application/json']?.schema;
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((v) => ({ contentType: 'application/json' as string | null, payload: toJson(v) as string | Buffer | undefined }));
  const fitting = bodySchema ? fromSchema(bodySchema, '', 0) : fc.constant({});
  const body = fc.oneof(
    { weight: bodySchema ? 10 : 1, arbitrary: json(fitting) },
    { weight: bodySchema ? 30 : 2, arbitrary: json(fc.tuple(fitting, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, ms]) => mutate(v, ms))) },
    { weight: 4, arbitrary: json(hostileValue) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 4 })) },
    { weight: 2, arbitrary: fc.record({ contentType: fc.constantFrom<string | null>('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null), payload: fc.constantFrom(...RAW_BODIES) }) },
    { weight: bodySchema ? 1 : 8, arbitrary: fc.record({ contentType: fc.constantFrom<string | null>(...FILE_TYPES, 'image/gif'), payload: fc.constantFrom(...RAW_BODIES) }) },
    { weight: 1, arbitrary: fc.constant({ contentType: null, payload: undefined }) },
  );

  return fc.tuple(params, query, body, fc.nat(7)).map(([values, q, b, n]) => ({
    url: route.url.replace(/:(\w+)/g, (_m, name: string) => encodeParam(values[paramNames.indexOf(name)] as string)) + (q ? `?${q}` : ''),
    contentType: b.contentType,
    payload: b.payload,
    twice: n === 0,
  }));
}

// ——— The answer. Checked without expect(): thousands of assertions through chai cost more than the requests.
function checkAnswer(res: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  const fail = (why: string) => {
    throw new Error(`${why} — ${res.statusCode} ${res.body.slice(0, 500)}`);
  };
  if (res.statusCode >= 500) fail('5xx');
  if (res.statusCode < 400) return;
  if (!/^application\/json/.test(String(res.headers['content-type']))) fail('a 4xx that is not JSON');
  let error: { code?: unknown; message?: unknown; fields?: { path?: unknown; message?: unknown }[] } | undefined;
  try {
    error = JSON.parse(res.body).error;
  } catch {
    fail('a 4xx whose body is not JSON');
  }
  if (!error || typeof error.code !== 'string') fail('a 4xx without error.code');
  if (typeof error!.message !== 'string' || !VIETNAMESE.test(error!.message)) fail('a 4xx without a Vietnamese message');
  if (!Array.isArray(error!.fields)) fail('a 4xx without error.fields');
  for (const f of error!.fields!) if (typeof f?.path !== 'string' || typeof f.message !== 'string' || !/\S/.test(f.message)) fail('a field error without path or message');
  if (res.statusCode === 400 && error!.fields!.length === 0) fail('a 400 that names no field');
}

/** fast-check's report with the request cut short: a failing body may be megabytes of brackets. */
function shortReport(details: fc.RunDetails<[FuzzRequest]>) {
  if (!details.failed) return;
  const cut = (v: unknown) => (typeof v === 'string' && v.length > 400 ? `${v.slice(0, 400)}… (${v.length} characters)` : Buffer.isBuffer(v) ? `<${v.length} bytes: ${v.toString('hex').slice(0, 80)}>` : v);
  const request = details.counterexample?.[0];
  const shown = request ? JSON.stringify({ url: cut(request.url), contentType: request.contentType, payload: cut(request.payload), twice: request.twice }, null, 1) : '(none)';
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message.slice(0, 1_500) : String(details.errorInstance);
  throw new Error(`Failed after ${details.numRuns} runs — replay with FUZZ_SEED=${details.seed} (path ${details.counterexamplePath})\nRequest: ${shown}\n${cause}`);
}

const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, Record<string, any>>> };
const operationOf = (route: ApiRoute) => doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];

describe('fuzzing every write route', () => {
  it('covers every write route of the app', () => {
    expect(routes.length).toBeGreaterThan(ONLY ? 0 : 30);
  });

  it.concurrent.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s never answers 5xx, and answers 4xx in the app shape',
    async (name, route) => {
      const session = sessions.get(name) ?? null;
      await fc.assert(
        fc.asyncProperty(requestOf(route, operationOf(route)), async (request) => {
          const send = () =>
            t.req(session, {
              method: route.method as 'POST',
              url: request.url,
              payload: request.payload,
              headers: request.contentType ? { 'content-type': request.contentType } : {},
            });
          for (const res of await Promise.all(request.twice ? [send(), send()] : [send()])) checkAnswer(res);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true, reporter: shortReport },
      );
    },
    600_000,
  );
});
