import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { campaigns, initiatives, people, registrations } from '../../src/db/schema';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { kh34Campaign } from '../../src/domain/campaigns/kh34Campaign';
import { kh34CampaignId } from '../../src/server/kit/testing/eligibilityFixtures';
import { createTestApp, TEST_PASSWORD, type FixtureName, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * Every write route gets bad input of every kind and must answer 4xx with a Vietnamese message that
 * names the field, never 500, and must not change what was saved.
 */
type WriteRoute = {
  name: string;
  method: 'POST' | 'PATCH' | 'PUT';
  url: () => Promise<string>;
  valid: () => Promise<Record<string, unknown>>;
  /** Who sends it (default: admin), for routes the administrator may not use. */
  as?: FixtureName;
};

let t: TestApp;
let admin: Session;
const VIETNAMESE = /[ăâđêôơưàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/i;

const ROUTES: WriteRoute[] = [
  { name: 'login', method: 'POST', url: async () => '/api/auth/login', valid: async () => ({ username: 'admin', password: TEST_PASSWORD }) },
  { name: 'change password', method: 'POST', url: async () => '/api/auth/password', valid: async () => ({ currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi#1' }) },
  {
    name: 'create org unit',
    method: 'POST',
    url: async () => '/api/org-units',
    valid: async () => ({ eraId: ERA_KG_2020, code: 'T-1', name: 'Đơn vị thử', kind: 'commune', parentId: (await t.unit('906')).id, validFrom: '2020-01-01' }),
  },
  {
    name: 'update org unit',
    method: 'PATCH',
    url: async () => `/api/org-units/${(await t.unit('30904')).id}`,
    valid: async () => ({ name: 'Thị trấn Giồng Riềng', shortName: 'TT GR', validTo: '2025-06-30' }),
  },
  {
    name: 'create user',
    method: 'POST',
    url: async () => '/api/users',
    valid: async () => ({ username: 'nguoidung1', fullName: 'Nguyễn Văn A', email: 'a@example.vn', role: 'unit_officer', orgUnitId: (await t.unit('30904')).id }),
  },
  {
    name: 'update user',
    method: 'PATCH',
    url: async () => `/api/users/${t.users.officerHD}`,
    valid: async () => ({ fullName: 'Trần Thị B', active: true, role: 'unit_officer' }),
  },
  {
    name: 'create campaign',
    method: 'POST',
    url: async () => '/api/campaigns',
    valid: async () => ({ eraId: 'kien-giang-2020', definition: kh34Campaign }),
    as: 'secretariat',
  },
  { name: 'update campaign', method: 'PATCH', url: async () => `/api/campaigns/${await kh34()}`, valid: async () => ({ definition: kh34Campaign }), as: 'secretariat' },
  { name: 'campaign status', method: 'POST', url: async () => `/api/campaigns/${await kh34()}/status`, valid: async () => ({ status: 'registration_closed' }), as: 'secretariat' },
  { name: 'clone campaign', method: 'POST', url: async () => `/api/campaigns/${await kh34()}/clone`, valid: async () => ({ year: 2021, eraId: 'kien-giang-2020' }), as: 'secretariat' },
  {
    name: 'create registration',
    method: 'POST',
    url: async () => `/api/campaigns/${await kh34()}/registrations`,
    valid: async () => ({ orgUnitId: (await t.unit('30904')).id, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020', individuals: [{ fullName: 'Nguyễn Văn An', position: 'Công chức' }] }),
    as: 'officerTTGR',
  },
  {
    name: 'update registration',
    method: 'PATCH',
    url: async () => `/api/registrations/${await submittedRegistration()}`,
    valid: async () => ({ version: 1, content: 'Hoàn thành xuất sắc nhiệm vụ', individuals: [{ fullName: 'Nguyễn Văn An', position: 'Công chức' }] }),
    as: 'officerTTGR',
  },
  {
    name: 'review registration',
    method: 'POST',
    // Without its reason, a return is refused naming the reason field.
    url: async () => `/api/registrations/${await submittedRegistration()}/review`,
    valid: async () => ({ decision: 'return', reason: 'Bổ sung chức vụ của cá nhân' }),
    as: 'aggregatorGR',
  },
  {
    name: 'accept a late registration',
    method: 'POST',
    url: async () => `/api/campaigns/${await kh34()}/late-registrations`,
    valid: async () => ({ orgUnitId: (await t.unit('30817')).id, reason: 'Đơn vị gửi qua bưu điện ngày 30/3/2020' }),
    as: 'secretariat',
  },
  { name: 'forward district consolidation', method: 'POST', url: async () => `/api/campaigns/${await kh34()}/consolidations/district`, valid: async () => ({ note: 'Tổng hợp đợt 1' }), as: 'aggregatorGR' },
  { name: 'record province consolidation', method: 'POST', url: async () => `/api/campaigns/${await kh34()}/consolidations/province`, valid: async () => ({ note: 'Báo cáo UBND tỉnh' }), as: 'secretariat' },
  {
    name: 'create initiative',
    method: 'POST',
    url: async () => '/api/initiatives',
    valid: async () => ({ orgUnitId: (await t.unit('30904')).id, title: 'Một cửa qua Zalo', description: 'Nhận hồ sơ qua Zalo', effect: 'Giảm đi lại', periodFrom: '2020-01-01', periodTo: '2020-12-31' }),
    as: 'officerTTGR',
  },
  { name: 'update initiative', method: 'PATCH', url: async () => `/api/initiatives/${await initiative()}`, valid: async () => ({ title: 'Một cửa qua Zalo', effect: 'Giảm đi lại', periodTo: '2020-12-31' }), as: 'officerTTGR' },
  // Nominations (issue 10): the commune officer's own commune, proposed by its district; a withdrawal of no nomination.
  { name: 'propose nomination', method: 'POST', url: async () => `/api/campaigns/${await kh34()}/nominations`, valid: async () => ({ nomineeKind: 'unit', nomineeId: (await t.unit('30904')).id }), as: 'aggregatorGR' },
  { name: 'withdraw nomination', method: 'POST', url: async () => '/api/nominations/00000000-0000-4000-8000-000000000000/withdraw', valid: async () => ({ reason: 'Đơn vị xin rút đề nghị' }), as: 'aggregatorGR' },
  // Dossiers (issue 10): the body is checked before the nomination is looked up.
  {
    name: 'record council meeting',
    method: 'PUT',
    url: async () => '/api/nominations/00000000-0000-4000-8000-000000000000/dossier/council-meeting',
    valid: async () => ({
      startsAt: '2021-05-08T01:00:00.000Z',
      endsAt: '2021-05-08T02:30:00.000Z',
      place: 'Hội trường UBND huyện',
      chair: 'Nguyễn Văn An',
      secretary: 'Trần Thị Bình',
      membersTotal: 5,
      membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
      tallies: [{ nomineeName: 'Thị trấn Giồng Riềng', agree: 4, disagree: 0 }],
    }),
    as: 'aggregatorGR',
  },
  { name: 'return dossier', method: 'POST', url: async () => '/api/nominations/00000000-0000-4000-8000-000000000000/dossier/return', valid: async () => ({ reason: 'Bổ sung biên bản' }), as: 'secretariat' },
  { name: 'accept dossier (appraisal)', method: 'POST', url: async () => '/api/nominations/00000000-0000-4000-8000-000000000000/appraisal/accept', valid: async () => ({ version: 1 }), as: 'secretariat' },
  { name: 'return dossier (appraisal)', method: 'POST', url: async () => '/api/nominations/00000000-0000-4000-8000-000000000000/appraisal/return', valid: async () => ({ version: 1, reason: 'Bổ sung biên bản' }), as: 'secretariat' },
  { name: 'create person', method: 'POST', url: async () => '/api/people', valid: async () => ({ fullName: 'Nguyễn Thị Ánh', position: 'Công chức Tư pháp - Hộ tịch', orgUnitId: (await t.unit('30904')).id, birthYear: 1985, gender: 'female' }), as: 'officerTTGR' },
  { name: 'update person', method: 'PATCH', url: async () => `/api/people/${await person()}`, valid: async () => ({ fullName: 'Nguyễn Thị Ánh', position: 'Phó Chủ tịch UBND', birthYear: 1985, gender: 'female' }), as: 'officerTTGR' },
  // Issue 4: PAR results, ratings, attestations, recognitions, holiday calendars, what-if.
  {
    name: 'enter PAR scores',
    method: 'PUT',
    url: async () => `/api/par-results/2020/${(await t.unit('SNV')).id}`,
    valid: async () => ({ blockCode: 'department', selfScore: 95, appraisedScore: 70, surveyScore: 20, publishedClassification: null }),
    as: 'secretariat',
  },
  {
    name: 'publish PAR results',
    method: 'POST',
    url: async () => '/api/par-results/2020/publication',
    valid: async () => ({ decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' }),
    as: 'secretariat',
  },
  {
    name: 'edit a classification scheme',
    method: 'PUT',
    url: async () => '/api/classification-schemes/thu-nghiem',
    valid: async () => ({ name: 'Thử nghiệm', validFrom: 2030, blocks: { department: { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 90 }, { classification: 'weak', minPercent: 0 }] } } }),
    as: 'secretariat',
  },
  { name: 'rate a unit', method: 'PUT', url: async () => `/api/ratings/2020/units/${(await t.unit('SNV-CCHC')).id}`, valid: async () => ({ overall: 'good', parTask: 'outstanding' }), as: 'secretariat' },
  { name: 'rate a person', method: 'PUT', url: async () => '/api/ratings/2020/people/00000000-0000-4000-8000-000000000000', valid: async () => ({ overall: 'good' }), as: 'secretariat' },
  {
    name: 'attest compliance and solidarity',
    method: 'PUT',
    url: async () => `/api/campaigns/${await kh34CampaignId(t.database.db)}/attestations/${(await t.unit('30904')).id}`,
    valid: async () => ({ compliance: true, solidarity: true }),
    as: 'headTTGR',
  },
  {
    name: 'recognise the best commune',
    method: 'PUT',
    url: async () => `/api/campaigns/${await kh34CampaignId(t.database.db)}/recognitions/${(await t.unit('30904')).id}`,
    valid: async () => ({ decisionReference: '125/QĐ-UBND', recognisedAt: '2021-01-15' }),
    as: 'aggregatorGR',
  },
  {
    name: 'set Giấy khen criteria',
    method: 'PUT',
    url: async () => `/api/campaigns/${await kh34CampaignId(t.database.db)}/unit-merit-criteria/${(await t.unit('906')).id}`,
    valid: async () => ({ criteria: [{ code: '1', text: 'Hoàn thành xuất sắc nhiệm vụ CCHC' }] }),
    as: 'aggregatorGR',
  },
  {
    name: 'update a holiday calendar',
    method: 'PUT',
    url: async () => '/api/holiday-calendars/2022',
    valid: async () => ({ holidays: [{ date: '2022-01-01', name: 'Tết Dương lịch' }], compensatoryWorkdays: [], source: 'Thông báo của Bộ LĐTBXH' }),
    as: 'secretariat',
  },
  {
    name: 'eligibility what-if',
    method: 'POST',
    url: async () => `/api/campaigns/${await kh34CampaignId(t.database.db)}/eligibility/what-if`,
    valid: async () => ({ overrides: { criteria: { 'collective.A.parClass': { classes: ['excellent', 'good'] } } }, inputs: [] }),
    as: 'secretariat',
  },
];

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'mười hai';
  if (typeof value === 'boolean') return 'có';
  return 'x';
}

async function snapshot() {
  const [row] = (
    await t.database.db.execute(
      sql`select (select count(*) from org_units)::int as units, (select count(*) from users)::int as users,
                 (select string_agg(name, ',' order by id) from org_units) as names,
                 (select string_agg(full_name || role || active::text, ',' order by id) from users) as people`,
    )
  ).rows;
  return row;
}

const otherSessions = new Map<FixtureName, Promise<Session>>();
function sessionOf(name: FixtureName): Promise<Session> {
  if (!otherSessions.has(name)) otherSessions.set(name, t.login(name));
  return otherSessions.get(name)!;
}

// Campaign fixtures (issue 3): the seeded 34/KH-UBND campaign and a commune registration waiting for its district.
let kh34Promise: Promise<string> | null = null;
const kh34 = () =>
  (kh34Promise ??= t.database.db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.planNumber, '34/KH-UBND'))
    .then(([c]) => c.id));
let submittedPromise: Promise<string> | null = null;
const submittedRegistration = () =>
  (submittedPromise ??= (async () => {
    const [r] = await t.database.db
      .insert(registrations)
      .values({ campaignId: await kh34(), orgUnitId: (await t.unit('30904')).id, status: 'submitted', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' })
      .returning({ id: registrations.id });
    return r.id;
  })());
let initiativePromise: Promise<string> | null = null;
const initiative = () =>
  (initiativePromise ??= (async () => {
    const [i] = await t.database.db.insert(initiatives).values({ orgUnitId: (await t.unit('30904')).id, title: 'Sáng kiến', description: 'Mô tả', effect: 'Hiệu quả' }).returning({ id: initiatives.id });
    return i.id;
  })());
let personPromise: Promise<string> | null = null;
const person = () =>
  (personPromise ??= (async () => {
    const [p] = await t.database.db.insert(people).values({ orgUnitId: (await t.unit('30904')).id, fullName: 'Nguyễn Văn A', position: 'Công chức', searchText: 'nguyen van a', sortKey: 'nguyen van a' }).returning({ id: people.id });
    return p.id;
  })());

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(async () => t?.close());

function expectFieldError(res: { statusCode: number; json: () => any; body: string }, fieldPath?: string) {
  expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, res.body).toBeLessThan(500);
  const error = res.json().error;
  expect(error.message).toMatch(VIETNAMESE);
  expect(error.fields.length, res.body).toBeGreaterThan(0);
  for (const f of error.fields) expect(f.message).toMatch(VIETNAMESE);
  if (fieldPath !== undefined) expect(error.fields.map((f: { path: string }) => f.path)).toContain(fieldPath);
}

describe.each(ROUTES)('bad input to $name', (route) => {
  const send = async (payload: unknown, headers: Record<string, string> = {}) =>
    t.req(route.name === 'login' ? null : route.as ? await sessionOf(route.as) : admin, {
      method: route.method,
      url: await route.url(),
      payload: payload as never,
      headers: { 'content-type': 'application/json', ...headers },
    });

  it('names each field given a value of the wrong type', async () => {
    const before = await snapshot();
    for (const [key, value] of Object.entries(await route.valid())) {
      const res = await send(JSON.stringify({ ...(await route.valid()), [key]: wrongTypeOf(value) }));
      expectFieldError(res, key);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('names each required field that is missing', async () => {
    const valid = await route.valid();
    if (route.method === 'PATCH') return; // every field of a PATCH is optional
    for (const key of Object.keys(valid)) {
      const { [key]: _drop, ...rest } = valid;
      const res = await send(JSON.stringify(rest));
      if (res.statusCode < 400) continue; // an optional field
      expectFieldError(res, key);
    }
  });

  it('refuses oversized strings, naming the field', async () => {
    const before = await snapshot();
    for (const [key, value] of Object.entries(await route.valid())) {
      if (typeof value !== 'string') continue;
      const res = await send(JSON.stringify({ ...(await route.valid()), [key]: 'Ư'.repeat(20_000) }));
      expectFieldError(res, key);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses unknown fields, naming them', async () => {
    const res = await send(JSON.stringify({ ...(await route.valid()), isAdmin: true }));
    expectFieldError(res, 'isAdmin');
  });

  it('refuses NUL, other control characters and lone surrogates in every text field, naming it', async () => {
    const before = await snapshot();
    for (const [key, value] of Object.entries(await route.valid())) {
      if (typeof value !== 'string') continue;
      for (const hostile of ['a\u0000b', 'a\u0007b', 'a\ud800b', 'b\udc00a']) {
        const res = await send(JSON.stringify({ ...(await route.valid()), [key]: hostile }));
        expectFieldError(res, key);
        expect(res.json().error.fields.find((f: { path: string }) => f.path === key).message).toMatch(/chứa ký tự không hợp lệ/);
      }
    }
    // …and in a field's name.
    const res = await send(JSON.stringify({ ...(await route.valid()), 'a\u0000b': 1 }));
    expectFieldError(res, 'a\\u0000b');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses invalid UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    expectFieldError(await send(body));
  });

  it.each([['not json {'], ['[]'], ['"chuỗi"'], ['null'], ['123']])('refuses the body %s', async (body) => {
    expectFieldError(await send(body));
  });
});

describe('bad input to the import route', () => {
  it.each([
    ['an empty body', Buffer.alloc(0), 'text/csv'],
    ['invalid UTF-8 in a CSV', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/csv'],
    ['a text file sent as XLSX', Buffer.from('Mã đơn vị\n1'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('answers %s with a field error on the file', async (_name, payload, contentType) => {
    const format = contentType === 'text/csv' ? 'csv' : 'xlsx';
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format, dryRun: 'false' }, headers: { 'content-type': contentType }, payload });
    expectFieldError(res, 'file');
  });

  it('names a bad query parameter', async () => {
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'pdf' }, headers: { 'content-type': 'text/csv' }, payload: 'a' });
    expectFieldError(res, 'format');
  });

  it('refuses an unsupported content type with 415', async () => {
    // Not image/png: PDF, JPEG and PNG bodies are accepted raw for signed scans (their type is then read from the bytes).
    const res = await t.req(admin, { method: 'POST', url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv' }, headers: { 'content-type': 'image/gif' }, payload: 'a' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(VIETNAMESE);
  });
});

describe('bad input to the registration file routes (signed scan upload, registrations import)', () => {
  let officer: Session;
  let scanUrl = '';
  let importUrl = '';
  beforeAll(async () => {
    officer = await t.login('officerTTGR');
    const [c] = await t.database.db.insert(campaigns).values({ year: 2020, planNumber: kh34Campaign.planNumber, planDate: kh34Campaign.planDate, eraId: ERA_KG_2020, status: 'registration_open', definition: kh34Campaign }).returning({ id: campaigns.id });
    const [r] = await t.database.db.insert(registrations).values({ campaignId: c.id, orgUnitId: (await t.unit('30904')).id, content: 'Hoàn thành xuất sắc nhiệm vụ' }).returning({ id: registrations.id });
    scanUrl = `/api/registrations/${r.id}/signed-scan`;
    importUrl = `/api/campaigns/${c.id}/registrations/import`;
  });
  const count = async () => (await t.database.db.execute(sql`select (select count(*) from attachments)::int as a, (select count(*) from stored_files)::int as f, (select count(*) from registrations)::int as r, (select count(*) from people)::int as p`)).rows[0];

  it.each([
    ['an empty body', Buffer.alloc(0), 'application/pdf'],
    ['a text file claiming to be a PNG', Buffer.from('Bản đăng ký'), 'image/png'],
    ['a ZIP claiming to be a PDF', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]), 'application/pdf'],
    ['a truncated JPEG signature', Buffer.from([0xff, 0xd8]), 'image/jpeg'],
  ])('answers a scan that is %s with a field error on "file", storing nothing', async (_name, payload, contentType) => {
    const before = await count();
    expectFieldError(await t.req(officer, { method: 'POST', url: scanUrl, headers: { 'content-type': contentType }, payload }), 'file');
    expect(await count()).toEqual(before);
  });

  it.each([
    [{ fileName: 'Ư'.repeat(300) }, 'fileName'],
    [{ hack: '1' }, 'hack'],
  ])('names a bad scan query parameter %o', async (query, field) => {
    expectFieldError(await t.req(officer, { method: 'POST', url: scanUrl, query, headers: { 'content-type': 'application/pdf' }, payload: Buffer.from('%PDF-1.4') }), field);
  });

  it.each([
    ['an empty body', Buffer.alloc(0), 'text/csv', 'csv'],
    ['invalid UTF-8 in a CSV', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/csv', 'csv'],
    ['a text file sent as XLSX', Buffer.from('Mã đơn vị\n1'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ])('answers an import of %s with a field error on the file', async (_name, payload, contentType, format) => {
    const before = await count();
    expectFieldError(await t.req(officer, { method: 'POST', url: importUrl, query: { format, dryRun: 'false' }, headers: { 'content-type': contentType }, payload }), 'file');
    expect(await count()).toEqual(before);
  });

  it.each([
    [{ format: 'pdf' }, 'format'],
    [{ dryRun: 'có' }, 'dryRun'],
    [{ hack: '1' }, 'hack'],
  ])('names a bad import query parameter %o', async (query, field) => {
    expectFieldError(await t.req(officer, { method: 'POST', url: importUrl, query, headers: { 'content-type': 'text/csv' }, payload: 'a' }), field);
  });

  it('refuses an unsupported content type with 415', async () => {
    const res = await t.req(officer, { method: 'POST', url: scanUrl, headers: { 'content-type': 'image/gif' }, payload: 'GIF89a' });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(VIETNAMESE);
  });
});

describe('bad input to the attestation and recognition import routes', () => {
  const count = async () => (await t.database.db.execute(sql`select (select count(*) from attestations)::int as a, (select count(*) from commune_recognitions)::int as r`)).rows[0];
  const urlOf = async (what: string) => `/api/campaigns/${await kh34CampaignId(t.database.db)}/${what}/import`;

  it.each([
    ['attestations', 'an empty body', Buffer.alloc(0), 'text/csv', 'csv'],
    ['attestations', 'invalid UTF-8 in a CSV', Buffer.from([0xff, 0xfe, 0x00, 0x41]), 'text/csv', 'csv'],
    ['recognitions', 'an empty body', Buffer.alloc(0), 'text/csv', 'csv'],
    ['recognitions', 'a text file sent as XLSX', Buffer.from('Mã xã\n1'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
  ])('answers an import of %s with %s with a field error on the file', async (what, _name, payload, contentType, format) => {
    const before = await count();
    expectFieldError(await t.req(await t.login('secretariat'), { method: 'POST', url: await urlOf(what), query: { format, dryRun: 'false' }, headers: { 'content-type': contentType }, payload }), 'file');
    expect(await count()).toEqual(before);
  });

  it.each([
    ['attestations', { format: 'pdf' }, 'format'],
    ['recognitions', { dryRun: 'có' }, 'dryRun'],
    ['recognitions', { hack: '1' }, 'hack'],
  ])('names a bad %s import query parameter %o', async (what, query, field) => {
    expectFieldError(await t.req(await t.login('secretariat'), { method: 'POST', url: await urlOf(what), query, headers: { 'content-type': 'text/csv' }, payload: 'a' }), field);
  });
});

describe('bad query strings', () => {
  it.each([
    ['/api/org-units', { page: '0' }, 'page'],
    ['/api/org-units', { pageSize: 'nhiều' }, 'pageSize'],
    ['/api/org-units', { kind: 'ấp' }, 'kind'],
    ['/api/org-units', { parentId: 'abc' }, 'parentId'],
    ['/api/users', { role: 'superuser' }, 'role'],
    ['/api/audit-events', { from: '31/03/2020' }, 'from'],
    ['/api/org-units', { hack: '1' }, 'hack'],
    ['/api/par-results', { year: 'hai nghìn' }, 'year'],
    ['/api/par-results/export', { year: '2020', format: 'pdf' }, 'format'],
    ['/api/ratings', { year: '2020', subject: 'ai' }, 'subject'],
    ['/api/par-results/charts/ranking', {}, 'year'],
  ])('%s with %o names %s', async (url, query, field) => {
    expectFieldError(await t.req(admin, { method: 'GET', url, query }), field);
  });

  it.each([
    [{ page: '0' }, 'page', 'Trang'],
    [{ pageSize: '1000' }, 'pageSize', 'Số dòng mỗi trang'],
    [{ candidatePage: 'hai' }, 'candidatePage', 'Trang danh sách tập thể, cá nhân có thể đề nghị'],
    [{ candidatePageSize: '0' }, 'candidatePageSize', 'Số dòng mỗi trang của danh sách tập thể, cá nhân có thể đề nghị'],
    [{ q: 'x'.repeat(201) }, 'q', 'Từ khóa tìm kiếm'],
  ])('the nominations page with %o names %s', async (query, field, label) => {
    const res = await t.req(admin, { method: 'GET', url: `/api/campaigns/${await kh34()}/nominations`, query });
    expectFieldError(res, field);
    expect(res.json().error.fields[0].message).toMatch(new RegExp(`^${label}: `));
  });
});

describe('hostile text outside the fields of a form', () => {
  it('refuses NUL in the login name with 400 naming it, before any login is attempted', async () => {
    const res = await t.req(null, { method: 'POST', url: '/api/auth/login', payload: { username: 'a\u0000b', password: 'x' } });
    expectFieldError(res, 'username');
    expect(res.json().error.fields[0].message).toBe('Tên đăng nhập: chứa ký tự không hợp lệ (ký tự điều khiển)');
  });

  it('names a control character in a name inside a list', async () => {
    const res = await t.req(await sessionOf('officerTTGR'), {
      method: 'POST',
      url: `/api/campaigns/${await kh34()}/registrations`,
      payload: { orgUnitId: (await t.unit('30904')).id, content: 'Hoàn thành', individuals: [{ fullName: 'Nguyễn Văn An', position: 'Công chức' }, { fullName: 'Trần\u0000Bình', position: 'Công chức' }] },
    });
    expectFieldError(res, 'individuals.1.fullName');
    expect(res.json().error.fields[0].message).toBe('Họ và tên (mục 2): chứa ký tự không hợp lệ (ký tự điều khiển)');
  });

  it('refuses a line break or a tab in a one-line field, and keeps them in text of several lines', async () => {
    const officer = await sessionOf('officerTTGR');
    const orgUnitId = (await t.unit('30904')).id;
    for (const fullName of ['Nguyễn\nThị Ánh', 'Nguyễn\tThị Ánh']) {
      const res = await t.req(officer, { method: 'POST', url: '/api/people', payload: { fullName, position: 'Công chức', orgUnitId } });
      expectFieldError(res, 'fullName');
      expect(res.json().error.fields[0].message).toMatch(/^Họ và tên: chứa ký tự không hợp lệ/);
    }
    const res = await t.req(officer, { method: 'POST', url: '/api/initiatives', payload: { orgUnitId, title: 'Một cửa qua Zalo', description: 'Dòng một\r\nDòng hai\n\tThụt lề', effect: 'Giảm đi lại' } });
    expect(res.statusCode, res.body).toBe(201);
  });

  it.each([
    ['/api/people', { q: '\u0000' }, 'q'],
    ['/api/people', { q: 'a\u001Fb' }, 'q'],
    ['/api/org-units', { q: 'x\u0000' }, 'q'],
    ['/api/users', { q: '\u0000' }, 'q'],
    ['/api/audit-events', { entityType: '\u0000' }, 'entityType'],
    ['/api/people', { 'a\u0000': '1' }, 'a\\u0000'],
  ])('refuses a control character in the query of %s %o, naming %s', async (url, query, field) => {
    const res = await t.req(admin, { method: 'GET', url, query });
    expectFieldError(res, field);
    expect(res.json().error.fields[0].message).toMatch(/chứa ký tự không hợp lệ/);
  });

  it.each(['/api/people/%00', '/api/org-units/a%01b', '/api/holiday-calendars/%00', '/api/registrations/%0A'])('refuses a control character in the path %s, naming the parameter', async (url) => {
    const res = await t.req(admin, { method: 'GET', url });
    expectFieldError(res);
    expect(res.json().error.fields[0].message).toMatch(/chứa ký tự không hợp lệ/);
  });
});

describe('thousands of bad rows', () => {
  it('answers a list of 1,000 bad rows with at most 50 named fields and a short message', async () => {
    const res = await t.req(await sessionOf('secretariat'), {
      method: 'POST',
      url: `/api/campaigns/${await kh34CampaignId(t.database.db)}/eligibility/what-if`,
      payload: { overrides: {}, inputs: Array.from({ length: 1_000 }, () => 1) },
    });
    expectFieldError(res, 'inputs.0');
    const error = res.json().error;
    expect(error.fields.length).toBeLessThanOrEqual(50);
    expect(error.message.length).toBeLessThan(2_000);
    expect(error.message).toMatch(/và \d+ lỗi khác/);
    expect(res.body.length).toBeLessThan(20_000);
  });
});

describe('nesting deeper than any form', () => {
  it.each([
    ['an array', `{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`, 'name'],
    ['an object', `{"name":${'{"a":'.repeat(30_000)}1${'}'.repeat(30_000)}}`, 'name'],
    ['the body itself', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, '0'],
  ])('answers %s nested tens of thousands deep with 400 naming the field, not a stack overflow', async (_what, payload, field) => {
    const res = await t.req(admin, { method: 'PATCH', url: `/api/org-units/${(await t.unit('30904')).id}`, headers: { 'content-type': 'application/json' }, payload });
    expectFieldError(res, field);
    expect(res.json().error.fields[0].message).toMatch(/lồng nhau quá sâu/);
  });
});

describe('router errors in the app shape', () => {
  it.each([
    ['GET', '/api/people/%E0%A4%A'],
    ['GET', '/api/org-units/%ED%A0%80'],
    ['PATCH', '/api/people/%'],
    ['GET', '/api/holiday-calendars/%C3'],
  ])('answers %s %s (bad percent-encoding) with 400 in Vietnamese', async (method, url) => {
    const res = await t.req(admin, { method: method as 'GET', url, payload: method === 'GET' ? undefined : { fullName: 'A' } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expectFieldError(res);
  });

  it('answers a 5,000-character id with 414 in Vietnamese', async () => {
    for (const url of [`/api/people/${'a'.repeat(5000)}`, `/api/org-units?q=${'a'.repeat(5000)}`, `/api/khong-co/${'a'.repeat(5000)}`]) {
      const res = await t.req(admin, { method: 'GET', url });
      expect(res.statusCode).toBe(414);
      expect(res.json().error).toMatchObject({ code: 'URI_TOO_LONG', message: expect.stringMatching(VIETNAMESE) });
      expect(res.body.length).toBeLessThan(500);
    }
  });

  it('answers a long id that fits in the address with 400 naming the id', async () => {
    expectFieldError(await t.req(admin, { method: 'GET', url: `/api/people/${'a'.repeat(300)}` }), 'id');
  });

  it('answers an unknown address with 404 in Vietnamese', async () => {
    const res = await t.req(admin, { method: 'POST', url: '/api/khong-co', payload: {} });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(VIETNAMESE), fields: [] });
  });
});

describe('oversized bodies', () => {
  it('answers a body over the limit with 413 and a Vietnamese message', async () => {
    const small = await createTestApp({ bodyLimitBytes: 1024 });
    try {
      const s = await small.login('admin');
      const res = await small.req(s, { method: 'PATCH', url: `/api/org-units/${(await small.unit('30904')).id}`, payload: { name: 'A'.repeat(5000) } });
      expect(res.statusCode).toBe(413);
      expect(res.json().error.message).toMatch(VIETNAMESE);
    } finally {
      await small.close();
    }
  });
});
