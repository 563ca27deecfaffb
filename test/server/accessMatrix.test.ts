import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { attachments, campaigns, feedbackMessages, feedbackThreads, initiatives, orgUnits, people, registrations, storedFiles, users } from '../../src/db/schema';
import { ERA_KG_2020 } from '../../src/db/seed/orgTreeSeed';
import { parseCsv } from '../../src/documents/tabular/csv';
import { createPerson, kh34CampaignId } from '../../src/server/kit/testing/eligibilityFixtures';
import { hashPassword } from '../../src/server/kit/passwords';
import { createJobQueue, type JobQueue } from '../../src/server/kit/jobs/jobQueue';
import { JOB_QUEUES } from '../../src/server/jobWorkers';
import { createTestApp, FIXTURE_USERS, TEST_PASSWORD, type FixtureName, type Session, type TestApp } from '../../src/server/kit/testing/testApp';

/**
 * Every API route × every role × (own unit / another unit / no login) → the expected status.
 * Expectations are written out by hand here, not derived from the permission map, so that a change
 * to the map that opens a route shows up as a failing row.
 */
type Who = Exclude<FixtureName, 'officerHD' | 'officerSNV'>;
const ROLES_UNDER_TEST: Who[] = ['admin', 'secretariat', 'approver', 'council', 'aggregatorGR', 'officerTTGR', 'headTTGR'];
const PROVINCE: Who[] = ['admin', 'secretariat', 'approver', 'council'];
const EVERYONE: Who[] = ROLES_UNDER_TEST;

type Target = 'own' | 'other';
type Ctx = { t: TestApp; ownUnitId: (who: Who) => Promise<string>; otherUnitId: string; otherUserId: string };
type Row = {
  method: string;
  url: string;
  /** The concrete request for a target. */
  make: (ctx: Ctx, who: Who, target: Target) => Promise<{ url: string; query?: Record<string, string>; payload?: unknown; headers?: Record<string, string> }>;
  /** Roles allowed on their own unit, and the status they get. */
  allowed: Who[];
  okStatus: number;
  /** Roles allowed on another district's unit (default: same as own — the route is not per-record). */
  allowedOther?: Who[];
  /** Status of an allowed role on a record outside its scope. */
  outOfScopeStatus?: number;
  anonymous?: number;
  /** Log in anew for this request (logout ends the session it is sent with). */
  freshSession?: boolean;
};

const OWN_UNITS: Record<Who, string> = {
  admin: '91',
  secretariat: 'SNV-CCHC',
  approver: '91',
  council: 'SNV',
  aggregatorGR: '906',
  officerTTGR: '30904',
  headTTGR: '30904',
};

const unitId = async (ctx: Ctx, who: Who, target: Target) => (target === 'own' ? ctx.ownUnitId(who) : ctx.otherUnitId);
/** Giồng Riềng (906) for "own", Hòn Đất (the district of the other commune) for "other". */
const districtOf = async (ctx: Ctx, target: Target) =>
  target === 'own' ? (await ctx.t.unit('906')).id : (await ctx.t.database.db.select({ parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, ctx.otherUnitId)))[0].parentId!;

// Campaign fixtures for the rows below: the seeded 34/KH-UBND campaign, and a registration and an initiative of
// each unit under test (written straight to the database: the matrix runs on the real clock, after the deadline).
const campaignFixtures = new Map<string, Promise<string>>();
function once(key: string, make: () => Promise<string>): Promise<string> {
  if (!campaignFixtures.has(key)) campaignFixtures.set(key, make());
  return campaignFixtures.get(key)!;
}
const kh34Id = (ctx: Ctx) =>
  once('campaign', async () => {
    const [c] = await ctx.t.database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.planNumber, '34/KH-UBND'));
    return c.id;
  });
const registrationOf = (ctx: Ctx, unitIdValue: string) =>
  once(`registration:${unitIdValue}`, async () => {
    const [r] = await ctx.t.database.db.insert(registrations).values({ campaignId: await kh34Id(ctx), orgUnitId: unitIdValue, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' }).returning({ id: registrations.id });
    return r.id;
  });
const initiativeOf = (ctx: Ctx, unitIdValue: string) =>
  once(`initiative:${unitIdValue}`, async () => {
    const [i] = await ctx.t.database.db.insert(initiatives).values({ orgUnitId: unitIdValue, title: 'Sáng kiến', description: 'Mô tả', effect: 'Hiệu quả' }).returning({ id: initiatives.id });
    return i.id;
  });
const personOf = (ctx: Ctx, unitIdValue: string) =>
  once(`person:${unitIdValue}`, async () => {
    const [p] = await ctx.t.database.db.insert(people).values({ orgUnitId: unitIdValue, fullName: 'Nguyễn Văn A', position: 'Công chức', searchText: 'nguyen van a', sortKey: 'nguyen van a' }).returning({ id: people.id });
    return p.id;
  });
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
// A feedback thread of a unit (issue 11, item 7), written straight to the database like the fixtures above.
const feedbackThreadOf = (ctx: Ctx, unitIdValue: string) =>
  once(`feedback:${unitIdValue}`, async () => {
    const at = new Date();
    const [thread] = await ctx.t.database.db.insert(feedbackThreads).values({ orgUnitId: unitIdValue, subject: 'Vướng mắc', status: 'open', createdAt: at, lastActivityAt: at }).returning({ id: feedbackThreads.id });
    await ctx.t.database.db.insert(feedbackMessages).values({ threadId: thread.id, authorUnitId: unitIdValue, body: 'Nội dung', createdAt: at });
    return thread.id;
  });
// A signed scan on a registration (issue 3 part B), written straight to the database like the fixtures above.
const scanOf = (ctx: Ctx, registrationId: string) =>
  once(`scan:${registrationId}`, async () => {
    const data = Buffer.from(`%PDF-1.4 ${registrationId}`);
    const sha256 = createHash('sha256').update(data).digest('hex');
    await ctx.t.database.db.insert(storedFiles).values({ sha256, size: data.length, mimeType: 'application/pdf', data });
    const [unit] = await ctx.t.database.db.select({ id: registrations.orgUnitId }).from(registrations).where(eq(registrations.id, registrationId));
    await ctx.t.database.db.insert(attachments).values({ entityType: 'registration', entityId: registrationId, kind: 'signed_registration_scan', fileSha256: sha256, fileName: 'ban-quet.pdf', orgUnitId: unit.id });
    return registrationId;
  });

const MATRIX: Row[] = [
  { method: 'GET', url: '/api/health', make: async () => ({ url: '/api/health' }), allowed: EVERYONE, okStatus: 200, anonymous: 200 },
  { method: 'GET', url: '/api/openapi.json', make: async () => ({ url: '/api/openapi.json' }), allowed: EVERYONE, okStatus: 200, anonymous: 200 },
  // Login is public; with no body it is a validation error for everyone.
  { method: 'POST', url: '/api/auth/login', make: async () => ({ url: '/api/auth/login', payload: {} }), allowed: EVERYONE, okStatus: 400, anonymous: 400 },
  { method: 'POST', url: '/api/auth/logout', make: async () => ({ url: '/api/auth/logout' }), allowed: EVERYONE, okStatus: 200, freshSession: true },
  { method: 'GET', url: '/api/auth/me', make: async () => ({ url: '/api/auth/me' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/home/tasks', make: async () => ({ url: '/api/home/tasks' }), allowed: EVERYONE, okStatus: 200 },
  // Sent with an invalid body: reaching validation proves the route let the caller in, without changing anything.
  { method: 'POST', url: '/api/auth/password', make: async () => ({ url: '/api/auth/password', payload: { currentPassword: 'x', newPassword: 'y' } }), allowed: EVERYONE, okStatus: 400 },
  { method: 'GET', url: '/api/auth/email-notifications', make: async () => ({ url: '/api/auth/email-notifications' }), allowed: EVERYONE, okStatus: 200 },
  // Sent with an invalid body, like the password change: reaching validation proves the route let the caller in.
  { method: 'PUT', url: '/api/auth/email-notifications', make: async () => ({ url: '/api/auth/email-notifications', payload: { enabled: 'có' } }), allowed: EVERYONE, okStatus: 400 },
  { method: 'GET', url: '/api/eras', make: async () => ({ url: '/api/eras' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/org-units', make: async () => ({ url: '/api/org-units' }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'GET',
    url: '/api/org-units/export',
    make: async () => ({ url: '/api/org-units/export', query: { format: 'csv' } }),
    allowed: ['admin', 'secretariat', 'aggregatorGR'],
    okStatus: 200,
  },
  {
    method: 'POST',
    url: '/api/org-units/import',
    make: async () => ({ url: '/api/org-units/import', query: { eraId: ERA_KG_2020, format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã đơn vị,Tên đơn vị,Loại đơn vị\n' }),
    allowed: ['admin'],
    okStatus: 200,
  },
  {
    method: 'GET',
    url: '/api/org-units/:id',
    make: async (ctx, who, target) => ({ url: `/api/org-units/${await unitId(ctx, who, target)}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'POST',
    url: '/api/org-units',
    // Invalid (no name): an allowed caller gets 400, proving it passed authorisation without creating anything.
    make: async (ctx, who, target) => ({ url: '/api/org-units', payload: { eraId: ERA_KG_2020, code: 'X1', name: '', kind: 'commune', parentId: await unitId(ctx, who, target) } }),
    allowed: ['admin'],
    okStatus: 400,
  },
  {
    method: 'PATCH',
    url: '/api/org-units/:id',
    make: async (ctx, who, target) => ({ url: `/api/org-units/${await unitId(ctx, who, target)}`, payload: {} }),
    allowed: ['admin'],
    okStatus: 200,
  },
  { method: 'GET', url: '/api/users', make: async () => ({ url: '/api/users' }), allowed: ['admin'], okStatus: 200 },
  { method: 'GET', url: '/api/users/:id', make: async (ctx) => ({ url: `/api/users/${ctx.otherUserId}` }), allowed: ['admin'], okStatus: 200 },
  { method: 'POST', url: '/api/users', make: async () => ({ url: '/api/users', payload: { username: 'x' } }), allowed: ['admin'], okStatus: 400 },
  { method: 'PATCH', url: '/api/users/:id', make: async (ctx) => ({ url: `/api/users/${ctx.otherUserId}`, payload: {} }), allowed: ['admin'], okStatus: 200 },
  {
    method: 'POST',
    url: '/api/users/:id/reset-password',
    // A random id: an allowed caller gets 404 (no such user) rather than resetting anyone's password.
    make: async () => ({ url: '/api/users/00000000-0000-4000-8000-000000000000/reset-password' }),
    allowed: ['admin'],
    okStatus: 404,
  },
  { method: 'GET', url: '/api/audit-events', make: async () => ({ url: '/api/audit-events' }), allowed: ['admin', 'secretariat'], okStatus: 200 },
  // Feedback (phản ánh, vướng mắc): threads scoped to the raising unit; writes sent invalid (400) or to no record (404).
  { method: 'GET', url: '/api/feedback', make: async () => ({ url: '/api/feedback' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'POST', url: '/api/feedback', make: async () => ({ url: '/api/feedback', payload: { subject: '', body: '' } }), allowed: ['aggregatorGR', 'officerTTGR', 'headTTGR'], okStatus: 400 },
  {
    method: 'GET',
    url: '/api/feedback/:id',
    make: async (ctx, who, target) => ({ url: `/api/feedback/${await feedbackThreadOf(ctx, await unitId(ctx, who, target))}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  { method: 'POST', url: '/api/feedback/:id/replies', make: async () => ({ url: `/api/feedback/${NO_SUCH_ID}/replies`, payload: { body: '' } }), allowed: ['aggregatorGR', 'officerTTGR', 'headTTGR'], okStatus: 400 },
  { method: 'POST', url: '/api/feedback/:id/answers', make: async () => ({ url: `/api/feedback/${NO_SUCH_ID}/answers`, payload: { body: '' } }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'POST', url: '/api/feedback/:id/close', make: async () => ({ url: `/api/feedback/${NO_SUCH_ID}/close` }), allowed: EVERYONE, okStatus: 404 },
  {
    method: 'POST',
    url: '/api/feedback/messages/:messageId/attachments',
    make: async () => ({ url: `/api/feedback/messages/${NO_SUCH_ID}/attachments`, headers: { 'content-type': 'application/pdf' }, payload: '%PDF-1.4' }),
    allowed: EVERYONE,
    okStatus: 404,
  },
  { method: 'GET', url: '/api/feedback/attachments/:attachmentId', make: async () => ({ url: `/api/feedback/attachments/${NO_SUCH_ID}` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'GET', url: '/api/audit-chain/verify', make: async () => ({ url: '/api/audit-chain/verify' }), allowed: ['admin'], okStatus: 200 },
  // Campaigns (issue 3). Writes are sent invalid where a valid one would change state: 400 proves the caller got in.
  { method: 'GET', url: '/api/campaigns', make: async () => ({ url: '/api/campaigns' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}` }), allowed: EVERYONE, okStatus: 200 },
  { method: 'POST', url: '/api/campaigns', make: async () => ({ url: '/api/campaigns', payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'PATCH', url: '/api/campaigns/:id', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'POST', url: '/api/campaigns/:id/status', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/status`, payload: { status: 'x' } }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'POST', url: '/api/campaigns/:id/clone', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/clone`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'GET', url: '/api/campaigns/:id/registrations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/registrations` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/campaigns/:id/registrations',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/registrations`, payload: {} }),
    allowed: ['aggregatorGR', 'officerTTGR'],
    okStatus: 400,
  },
  {
    method: 'POST',
    url: '/api/campaigns/:id/late-registrations',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/late-registrations`, payload: {} }),
    allowed: ['secretariat'],
    okStatus: 400,
  },
  {
    method: 'GET',
    url: '/api/registrations/:id',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'PATCH',
    url: '/api/registrations/:id',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}`, payload: {} }),
    allowed: ['aggregatorGR', 'officerTTGR'],
    okStatus: 400,
  },
  {
    method: 'POST',
    url: '/api/registrations/:id/submit',
    // The matrix runs after the 2020 deadline: the head of the unit reaches the rule (409), another unit's is 404.
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}/submit` }),
    allowed: ['headTTGR'],
    okStatus: 409,
    allowedOther: [],
    outOfScopeStatus: 404,
  },
  {
    method: 'POST',
    url: '/api/registrations/:id/review',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}/review`, payload: {} }),
    allowed: ['secretariat', 'aggregatorGR'],
    okStatus: 400,
  },
  {
    method: 'GET',
    url: '/api/campaigns/:id/consolidations/district',
    make: async (ctx, _who, target) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/district`, query: { districtId: (await ctx.t.unit(target === 'own' ? '906' : '903')).id } }),
    allowed: [...PROVINCE, 'aggregatorGR'],
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'POST',
    url: '/api/campaigns/:id/consolidations/district',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/district`, payload: { note: 1 } }),
    allowed: ['aggregatorGR'],
    okStatus: 400,
  },
  { method: 'GET', url: '/api/campaigns/:id/consolidations/province', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/province` }), allowed: PROVINCE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/campaigns/:id/consolidations/province',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/province`, payload: { note: 1 } }),
    allowed: ['secretariat'],
    okStatus: 400,
  },
  // Registration documents and files (issue 3 part B): the printed form, its signed scan, consolidations, XLSX.
  {
    method: 'GET',
    url: '/api/registrations/:id/form',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}/form` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'POST',
    url: '/api/registrations/:id/signed-scan',
    // Text bytes claiming to be a PNG: an allowed caller on its own registration gets 400 (content checked), nothing stored.
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}/signed-scan`, headers: { 'content-type': 'image/png' }, payload: 'không phải ảnh' }),
    allowed: ['aggregatorGR', 'officerTTGR'],
    okStatus: 400,
    allowedOther: [],
    outOfScopeStatus: 404,
  },
  {
    method: 'GET',
    url: '/api/registrations/:id/signed-scan',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await scanOf(ctx, await registrationOf(ctx, await unitId(ctx, who, target)))}/signed-scan` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'GET',
    url: '/api/registrations/:id/signed-scans',
    make: async (ctx, who, target) => ({ url: `/api/registrations/${await registrationOf(ctx, await unitId(ctx, who, target))}/signed-scans` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'GET',
    url: '/api/campaigns/:id/consolidations/district/document',
    make: async (ctx, _who, target) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/district/document`, query: { format: 'xlsx', districtId: (await ctx.t.unit(target === 'own' ? '906' : '903')).id } }),
    allowed: [...PROVINCE, 'aggregatorGR'],
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  { method: 'GET', url: '/api/campaigns/:id/consolidations/province/document', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/consolidations/province/document`, query: { format: 'xlsx' } }), allowed: PROVINCE, okStatus: 200 },
  // Reports (issue 12 §2): province roles and the district (its own communes, scoped in SQL); the dashboard: everyone.
  { method: 'GET', url: '/api/campaigns/:id/reports/groups', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/groups` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/registrations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/registrations` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/par', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/par` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/par/file', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/par/file` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/eligibility', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/eligibility` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/eligibility/file', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/eligibility/file` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/nominations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/nominations` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/nominations/file', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/nominations/file`, query: { format: 'xlsx' } }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'POST', url: '/api/campaigns/:id/reports/nominations/jobs', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/nominations/jobs` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 202 },
  { method: 'GET', url: '/api/campaigns/:id/reports/awards', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/awards` }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/reports/awards/file', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/reports/awards/file`, query: { format: 'docx' } }), allowed: [...PROVINCE, 'aggregatorGR'], okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/evaluation-report', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/evaluation-report` }), allowed: ['secretariat'], okStatus: 200 },
  // Sent with an empty narrative: reaching validation proves the route let the caller in, without changing anything.
  { method: 'PUT', url: '/api/campaigns/:id/evaluation-report/narrative', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/evaluation-report/narrative`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  // No narrative saved yet: the secretariat gets in and is told to write it first.
  { method: 'GET', url: '/api/campaigns/:id/evaluation-report/file', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/evaluation-report/file` }), allowed: ['secretariat'], okStatus: 409 },
  { method: 'GET', url: '/api/campaigns/:id/evaluation-report/annex', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/evaluation-report/annex` }), allowed: ['secretariat'], okStatus: 200 },
  // No narrative saved yet: the secretariat gets in and is told to write it first (no job is queued).
  { method: 'POST', url: '/api/campaigns/:id/evaluation-report/jobs', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/evaluation-report/jobs` }), allowed: ['secretariat'], okStatus: 409 },
  // A background job is its requester's alone: every signed-in user gets in, and another's (or no such) job is 404.
  { method: 'GET', url: '/api/background-jobs/:id', make: async () => ({ url: `/api/background-jobs/${NO_SUCH_ID}` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'GET', url: '/api/background-jobs/:id/file', make: async () => ({ url: `/api/background-jobs/${NO_SUCH_ID}/file` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'GET', url: '/api/campaigns/:id/dashboard', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/dashboard` }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/registrations/export', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/registrations/export` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/campaigns/:id/registrations/import',
    // A dry run of a file with a header only: reported, nothing saved.
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/registrations/import`, query: { format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã đơn vị,Họ và tên,Chức vụ\n' }),
    allowed: ['aggregatorGR', 'officerTTGR', 'secretariat'],
    okStatus: 200,
  },
  { method: 'GET', url: '/api/initiatives', make: async () => ({ url: '/api/initiatives' }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'GET',
    url: '/api/initiatives/:id',
    make: async (ctx, who, target) => ({ url: `/api/initiatives/${await initiativeOf(ctx, await unitId(ctx, who, target))}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  { method: 'POST', url: '/api/initiatives', make: async () => ({ url: '/api/initiatives', payload: {} }), allowed: ['aggregatorGR', 'officerTTGR'], okStatus: 400 },
  {
    method: 'PATCH',
    url: '/api/initiatives/:id',
    make: async (ctx, who, target) => ({ url: `/api/initiatives/${await initiativeOf(ctx, await unitId(ctx, who, target))}`, payload: { title: 5 } }),
    allowed: ['aggregatorGR', 'officerTTGR'],
    okStatus: 400,
  },
  // People (SPEC §2): the unit manages its own, the district aggregator its district, Sở Nội vụ all. Writes are valid
  // (a new person, a birth year): no other row reads them.
  { method: 'GET', url: '/api/people', make: async (ctx, who, target) => ({ url: '/api/people', query: { orgUnitId: await unitId(ctx, who, target) } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'GET',
    url: '/api/people/:id',
    make: async (ctx, who, target) => ({ url: `/api/people/${await personOf(ctx, await unitId(ctx, who, target))}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'POST',
    url: '/api/people',
    make: async (ctx, who, target) => ({ url: '/api/people', payload: { fullName: 'Trần Thị B', position: 'Công chức', orgUnitId: await unitId(ctx, who, target) } }),
    allowed: ['secretariat', 'aggregatorGR', 'officerTTGR', 'headTTGR'],
    okStatus: 201,
    allowedOther: ['secretariat'],
    outOfScopeStatus: 404,
  },
  {
    method: 'PATCH',
    url: '/api/people/:id',
    make: async (ctx, who, target) => ({ url: `/api/people/${await personOf(ctx, await unitId(ctx, who, target))}`, payload: { birthYear: 1980 } }),
    allowed: ['secretariat', 'aggregatorGR', 'officerTTGR', 'headTTGR'],
    okStatus: 200,
    allowedOther: ['secretariat'],
    outOfScopeStatus: 404,
  },
  // A random id: an allowed caller gets 404 rather than deleting a fixture another row reads.
  { method: 'DELETE', url: '/api/initiatives/:id', make: async () => ({ url: `/api/initiatives/${NO_SUCH_ID}` }), allowed: ['aggregatorGR', 'officerTTGR'], okStatus: 404 },
  // Nominations (issue 10, III.4.a–b): everyone reads within scope; a district, a unit officer or Sở Nội vụ proposes and
  // withdraws. The proposal is sent empty (400 proves the role check passed); the withdrawal names no nomination.
  { method: 'GET', url: '/api/campaigns/:id/nominations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/nominations` }), allowed: EVERYONE, okStatus: 200 },
  { method: 'POST', url: '/api/campaigns/:id/nominations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/nominations`, payload: {} }), allowed: ['secretariat', 'aggregatorGR', 'officerTTGR'], okStatus: 400 },
  { method: 'POST', url: '/api/nominations/:id/withdraw', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/withdraw`, payload: { reason: 'Rút đề nghị' } }), allowed: ['secretariat', 'aggregatorGR', 'officerTTGR'], okStatus: 404 },
  // Selection of typical collectives (III.4.a, first bullet): Sở Nội vụ alone; the pick is sent empty (400).
  { method: 'GET', url: '/api/campaigns/:id/selections', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/selections` }), allowed: ['secretariat'], okStatus: 200 },
  { method: 'POST', url: '/api/campaigns/:id/selections', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/selections`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  // Notices: every account reads its own unit's; no notice has the random id, so marking it read is 404.
  { method: 'GET', url: '/api/notifications', make: async () => ({ url: '/api/notifications' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/notifications/unread-count', make: async () => ({ url: '/api/notifications/unread-count' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'POST', url: '/api/notifications/:id/read', make: async () => ({ url: `/api/notifications/${NO_SUCH_ID}/read` }), allowed: EVERYONE, okStatus: 404 },
  // Dossiers (issue 10, III.4.c): everyone reads within the nomination's scope; who proposes prepares and submits;
  // Sở Nội vụ alone has the queue and returns. No nomination has the random id: an allowed caller gets 404.
  { method: 'GET', url: '/api/nominations/:id/dossier', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'PUT', url: '/api/nominations/:id/dossier/council-meeting', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/council-meeting`, payload: {} }), allowed: ['secretariat', 'aggregatorGR', 'officerTTGR'], okStatus: 400 },
  { method: 'GET', url: '/api/nominations/:id/dossier/documents/:kind', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/documents/council_minutes` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'POST', url: '/api/nominations/:id/dossier/documents/:kind/scans', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/documents/council_minutes/scans`, headers: { 'content-type': 'application/pdf' }, payload: '%PDF-1.7' }), allowed: ['secretariat', 'aggregatorGR', 'officerTTGR'], okStatus: 404 },
  { method: 'GET', url: '/api/nominations/:id/dossier/scans/:scanId', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/scans/${NO_SUCH_ID}` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'POST', url: '/api/nominations/:id/dossier/submit', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/submit` }), allowed: ['secretariat', 'aggregatorGR', 'officerTTGR'], okStatus: 404 },
  { method: 'POST', url: '/api/nominations/:id/dossier/return', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/return`, payload: { reason: 'Bổ sung' } }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/campaigns/:id/dossiers', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/dossiers` }), allowed: ['secretariat'], okStatus: 200 },
  // Awards (Khoản 3, Mục IV): Tờ trình and Quyết định are the province's; a unit sees its own awards in the history.
  { method: 'GET', url: '/api/campaigns/:id/award-proposals', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/award-proposals` }), allowed: PROVINCE, okStatus: 200 },
  { method: 'POST', url: '/api/campaigns/:id/award-proposals', make: async () => ({ url: `/api/campaigns/${NO_SUCH_ID}/award-proposals`, payload: {} }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/award-proposals/:id', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'PUT', url: '/api/award-proposals/:id', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}`, payload: {} }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/award-proposals/:id/document', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}/document` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'POST', url: '/api/award-proposals/:id/submit', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}/submit` }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'POST', url: '/api/award-proposals/:id/approve', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}/approve` }), allowed: ['approver'], okStatus: 404 },
  { method: 'POST', url: '/api/award-proposals/:id/return', make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}/return`, payload: { reason: 'Bổ sung' } }), allowed: ['approver'], okStatus: 404 },
  {
    method: 'POST',
    url: '/api/award-proposals/:id/decision',
    make: async () => ({ url: `/api/award-proposals/${NO_SUCH_ID}/decision`, payload: { number: '12/QĐ-UBND', decisionDate: '2021-05-20', signerName: 'Lê Văn A', signerPosition: 'Chủ tịch' } }),
    allowed: ['secretariat'],
    okStatus: 404,
  },
  { method: 'GET', url: '/api/award-decisions/:id', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'GET', url: '/api/award-decisions/:id/document.docx', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}/document.docx` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'GET', url: '/api/award-decisions/:id/document.pdf', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}/document.pdf` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'GET', url: '/api/award-decisions/:id/certificates.pdf', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}/certificates.pdf` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'GET', url: '/api/award-decisions/:id/certificates/:entryId', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}/certificates/${NO_SUCH_ID}` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'POST', url: '/api/award-decisions/:id/publish', make: async () => ({ url: `/api/award-decisions/${NO_SUCH_ID}/publish` }), allowed: ['secretariat'], okStatus: 404 },
  {
    method: 'GET',
    url: '/api/org-units/:id/awards',
    make: async (ctx, who, target) => ({ url: `/api/org-units/${await unitId(ctx, who, target)}/awards` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'GET',
    url: '/api/people/:id/awards',
    make: async (ctx, who, target) => ({ url: `/api/people/${await personOf(ctx, await unitId(ctx, who, target))}/awards` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  // Council sessions (issue 11 §2): province roles read; Sở Nội vụ runs a session (sent invalid or unknown: nothing is
  // written); a council member records only their own votes.
  { method: 'GET', url: '/api/campaigns/:id/council-sessions', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/council-sessions` }), allowed: PROVINCE, okStatus: 200 },
  { method: 'POST', url: '/api/campaigns/:id/council-sessions', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/council-sessions`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'GET', url: '/api/council-sessions/:id', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}` }), allowed: PROVINCE, okStatus: 404 },
  { method: 'PUT', url: '/api/council-sessions/:id', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'PUT', url: '/api/council-sessions/:id/members', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/members`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'PUT', url: '/api/council-sessions/:id/agenda', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/agenda`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'PUT', url: '/api/council-sessions/:id/votes', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/votes`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'PUT', url: '/api/council-sessions/:id/my-votes', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/my-votes`, payload: {} }), allowed: ['council'], okStatus: 400 },
  { method: 'POST', url: '/api/council-sessions/:id/close', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/close` }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/council-sessions/:id/minutes', make: async () => ({ url: `/api/council-sessions/${NO_SUCH_ID}/minutes` }), allowed: PROVINCE, okStatus: 404 },
  // Dossier versions (issue 11): read like the dossier, within the nomination's scope.
  { method: 'GET', url: '/api/nominations/:id/dossier/versions', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/versions` }), allowed: EVERYONE, okStatus: 404 },
  { method: 'GET', url: '/api/nominations/:id/dossier/versions/compare', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/dossier/versions/compare?from=1&to=2` }), allowed: EVERYONE, okStatus: 404 },
  // Appraisal (issue 11, Khoản 3, Mục IV): Sở Nội vụ alone reads the checklist, accepts and returns. No nomination has the random id.
  { method: 'GET', url: '/api/nominations/:id/appraisal', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/appraisal` }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'POST', url: '/api/nominations/:id/appraisal/accept', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/appraisal/accept`, payload: { version: 1 } }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'POST', url: '/api/nominations/:id/appraisal/return', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/appraisal/return`, payload: { version: 1, reason: 'Bổ sung' } }), allowed: ['secretariat'], okStatus: 404 },
  // PAR results, ratings, holiday calendars, eligibility (issue 4). Writes are sent invalid where a valid one would
  // change what other rows read: 400 proves the caller got past the role check.
  { method: 'GET', url: '/api/classification-schemes', make: async () => ({ url: '/api/classification-schemes' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'PUT', url: '/api/classification-schemes/:id', make: async () => ({ url: '/api/classification-schemes/thu-nghiem', payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'GET', url: '/api/par-results', make: async () => ({ url: '/api/par-results', query: { year: '2020' } }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/par-results/export', make: async () => ({ url: '/api/par-results/export', query: { year: '2018', format: 'csv' } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/par-results/import',
    make: async () => ({ url: '/api/par-results/import', query: { year: '2020', format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã đơn vị,Điểm thẩm định,Điểm điều tra xã hội học\n' }),
    allowed: ['secretariat'],
    okStatus: 200,
  },
  { method: 'GET', url: '/api/par-results/charts/ranking', make: async () => ({ url: '/api/par-results/charts/ranking', query: { year: '2018' } }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/par-results/charts/distribution', make: async () => ({ url: '/api/par-results/charts/distribution', query: { year: '2018' } }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/par-results/charts/year-on-year', make: async () => ({ url: '/api/par-results/charts/year-on-year', query: { year: '2019' } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'PUT',
    url: '/api/par-results/:year/:orgUnitId',
    make: async (ctx, who, target) => ({ url: `/api/par-results/2020/${await unitId(ctx, who, target)}`, payload: {} }),
    allowed: ['secretariat'],
    okStatus: 400,
  },
  { method: 'POST', url: '/api/par-results/:year/publication', make: async () => ({ url: '/api/par-results/2020/publication', payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'GET', url: '/api/par-results/:year/publication', make: async () => ({ url: '/api/par-results/2018/publication' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/ratings', make: async () => ({ url: '/api/ratings', query: { year: '2020' } }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/ratings/export', make: async () => ({ url: '/api/ratings/export', query: { year: '2020', format: 'csv' } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/ratings/import',
    make: async () => ({ url: '/api/ratings/import', query: { year: '2020', format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã đơn vị,Xếp loại\n' }),
    allowed: ['secretariat'],
    okStatus: 200,
  },
  {
    method: 'PUT',
    url: '/api/ratings/:year/units/:orgUnitId',
    make: async (ctx, who, target) => ({ url: `/api/ratings/2020/units/${await unitId(ctx, who, target)}`, payload: {} }),
    allowed: ['secretariat'],
    okStatus: 400,
  },
  // A random person: an allowed caller gets 404 (no such person) and nothing is rated.
  { method: 'PUT', url: '/api/ratings/:year/people/:personId', make: async () => ({ url: '/api/ratings/2020/people/00000000-0000-4000-8000-000000000000', payload: { overall: null } }), allowed: ['secretariat'], okStatus: 404 },
  // Communes' results assessed by their district (basis B): everyone reads (classes hidden before the district
  // publishes, outside it); only the district's Phòng Nội vụ enters and publishes. An empty body: 400 once allowed.
  { method: 'GET', url: '/api/par-results/:year/districts/:districtId/communes', make: async (ctx, _who, target) => ({ url: `/api/par-results/2020/districts/${await districtOf(ctx, target)}/communes` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'PUT',
    url: '/api/par-results/:year/districts/:districtId/communes/:communeId',
    make: async (ctx, who, target) => ({ url: `/api/par-results/2020/districts/${await districtOf(ctx, target)}/communes/${await unitId(ctx, who, target)}`, payload: {} }),
    allowed: ['aggregatorGR'],
    okStatus: 400,
  },
  { method: 'POST', url: '/api/par-results/:year/districts/:districtId/publication', make: async (ctx, _who, target) => ({ url: `/api/par-results/2020/districts/${await districtOf(ctx, target)}/publication`, payload: {} }), allowed: ['aggregatorGR'], okStatus: 400 },
  { method: 'GET', url: '/api/ratings/:year/par-task-confirmations', make: async () => ({ url: '/api/ratings/2020/par-task-confirmations' }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'PUT',
    url: '/api/ratings/:year/people/:personId/par-task-confirmation',
    // The head of the person's unit confirms for their own people only; the secretariat records it from paper.
    make: async (ctx, who, target) => ({ url: `/api/ratings/2020/people/${await createPerson(ctx.t.database.db, await unitId(ctx, who, target), `Cá nhân ${who} ${target}`)}/par-task-confirmation`, payload: { excellent: true } }),
    allowed: ['secretariat', 'headTTGR'],
    okStatus: 200,
    allowedOther: ['secretariat'],
    outOfScopeStatus: 404,
  },
  { method: 'GET', url: '/api/campaigns/:id/attestations', make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/attestations` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'PUT',
    url: '/api/campaigns/:id/attestations/:orgUnitId',
    // The unit head attests for their own unit only; the secretariat records attestations for any unit.
    make: async (ctx, who, target) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/attestations/${await unitId(ctx, who, target)}`, payload: { compliance: true, solidarity: true } }),
    allowed: ['secretariat', 'headTTGR'],
    okStatus: 200,
    allowedOther: ['secretariat'],
    outOfScopeStatus: 404,
  },
  { method: 'GET', url: '/api/campaigns/:id/recognitions', make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/recognitions` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'PUT',
    url: '/api/campaigns/:id/recognitions/:communeUnitId',
    // Own: a commune of Giồng Riềng; other: a commune of Hòn Đất, outside the aggregator's district.
    make: async (ctx, _who, target) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/recognitions/${(await ctx.t.unit(target === 'own' ? '30904' : '30817')).id}`, payload: {} }),
    // The secretariat records recognitions from paper for any district.
    allowed: ['secretariat', 'aggregatorGR'],
    okStatus: 200,
    allowedOther: ['secretariat'],
    outOfScopeStatus: 404,
  },
  {
    method: 'DELETE',
    url: '/api/campaigns/:id/recognitions/:communeUnitId',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/recognitions/00000000-0000-4000-8000-000000000000` }),
    allowed: ['secretariat', 'aggregatorGR'],
    okStatus: 404,
  },
  // Import and export (XLSX/CSV): exports are scoped in SQL, so every reader gets 200; an empty file is refused per row.
  { method: 'GET', url: '/api/campaigns/:id/attestations/export', make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/attestations/export`, query: { format: 'csv' } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/campaigns/:id/attestations/import',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/attestations/import`, query: { format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã đơn vị,Nội bộ đoàn kết\n' }),
    allowed: ['secretariat', 'headTTGR'],
    okStatus: 200,
  },
  { method: 'GET', url: '/api/campaigns/:id/recognitions/export', make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/recognitions/export`, query: { format: 'csv' } }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'POST',
    url: '/api/campaigns/:id/recognitions/import',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/recognitions/import`, query: { format: 'csv', dryRun: 'true' }, headers: { 'content-type': 'text/csv' }, payload: 'Mã xã\n' }),
    allowed: ['secretariat', 'aggregatorGR'],
    okStatus: 200,
  },
  // Giấy khen criteria (III.2). Reading: the list is scoped in SQL, so every role gets 200.
  { method: 'GET', url: '/api/campaigns/:id/unit-merit-criteria', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/unit-merit-criteria` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'GET',
    url: '/api/campaigns/:id/unit-merit-criteria/:issuerUnitId',
    // Own: district Giồng Riềng, which its communes read too; other: district Hòn Đất, province roles only.
    make: async (ctx, _who, target) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/unit-merit-criteria/${(await ctx.t.unit(target === 'own' ? '906' : '908')).id}` }),
    allowed: EVERYONE,
    okStatus: 200,
    allowedOther: PROVINCE,
    outOfScopeStatus: 404,
  },
  {
    method: 'PUT',
    url: '/api/campaigns/:id/unit-merit-criteria/:issuerUnitId',
    // Sent with an empty list: on its own district, Phòng Nội vụ passes authorisation and gets the validation error;
    // a commune's officer or head passes the role check but a commune issues no Giấy khen (400, Khoản 2, Mục III).
    // Another district's unit: 404. Nothing is saved.
    make: async (ctx, who, target) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/unit-merit-criteria/${await unitId(ctx, who, target)}`, payload: { criteria: [] } }),
    allowed: ['aggregatorGR', 'officerTTGR', 'headTTGR'],
    okStatus: 400,
    allowedOther: [],
    outOfScopeStatus: 404,
  },
  { method: 'GET', url: '/api/holiday-calendars', make: async () => ({ url: '/api/holiday-calendars' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/holiday-calendars/:year', make: async () => ({ url: '/api/holiday-calendars/2021' }), allowed: EVERYONE, okStatus: 200 },
  { method: 'PUT', url: '/api/holiday-calendars/:year', make: async () => ({ url: '/api/holiday-calendars/2021', payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  // The trusted CA list is a system setting of the administrator; sent a non-certificate (400, nothing stored) or an unknown id (404).
  { method: 'GET', url: '/api/trusted-certificates', make: async () => ({ url: '/api/trusted-certificates' }), allowed: ['admin'], okStatus: 200 },
  { method: 'POST', url: '/api/trusted-certificates', make: async () => ({ url: '/api/trusted-certificates', headers: { 'content-type': 'text/plain' }, payload: 'không phải chứng thư' }), allowed: ['admin'], okStatus: 400 },
  { method: 'POST', url: '/api/trusted-certificates/:id/deactivate', make: async () => ({ url: '/api/trusted-certificates/00000000-0000-4000-8000-000000000000/deactivate' }), allowed: ['admin'], okStatus: 404 },
  // Anyone signed in may check a PDF's signatures; sent a file that is not a PDF (400).
  { method: 'POST', url: '/api/signatures/verify', make: async () => ({ url: '/api/signatures/verify', headers: { 'content-type': 'application/pdf' }, payload: 'không phải PDF' }), allowed: EVERYONE, okStatus: 400 },
  { method: 'GET', url: '/api/campaigns/:id/eligibility', make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/eligibility` }), allowed: EVERYONE, okStatus: 200 },
  {
    method: 'GET',
    url: '/api/campaigns/:id/eligibility/export',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/eligibility/export`, query: { format: 'csv' } }),
    allowed: EVERYONE,
    okStatus: 200,
  },
  {
    method: 'POST',
    url: '/api/campaigns/:id/eligibility/what-if',
    make: async (ctx) => ({ url: `/api/campaigns/${await kh34CampaignId(ctx.t.database.db)}/eligibility/what-if`, payload: { overrides: {} } }),
    allowed: ['secretariat'],
    okStatus: 200,
  },
  // A campaign's Bằng khen rule set: read by whoever reads its eligibility; set up and edited by Sở Nội vụ (sent
  // invalid here, so nothing is saved and the seeded version 1 stays).
  { method: 'GET', url: '/api/campaigns/:id/rule-set', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/rule-set` }), allowed: EVERYONE, okStatus: 200 },
  { method: 'PUT', url: '/api/campaigns/:id/rule-set', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/rule-set`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'POST', url: '/api/campaigns/:id/rule-set/copy', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/rule-set/copy`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'GET', url: '/api/campaigns/:id/rule-set/versions', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/rule-set/versions` }), allowed: EVERYONE, okStatus: 200 },
  { method: 'GET', url: '/api/campaigns/:id/rule-set/versions/:version', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/rule-set/versions/1` }), allowed: EVERYONE, okStatus: 200 },
  // Công khai lấy ý kiến: the public page's two routes answer without login (a comment on no such notice is a 404 for
  // everyone, anonymous included); the campaign's option, lists and moderation are Sở Nội vụ's (34/KH-UBND has the
  // option off, so publishing is a 409); a nominee's approved comments are read like the dossier (no such one: 404).
  { method: 'GET', url: '/api/public/notices', make: async () => ({ url: '/api/public/notices' }), allowed: EVERYONE, okStatus: 200, anonymous: 200 },
  { method: 'POST', url: '/api/public/notices/:id/comments', make: async () => ({ url: `/api/public/notices/${NO_SUCH_ID}/comments`, payload: { authorName: 'Nguyễn Văn Dân', body: 'Góp ý' } }), allowed: EVERYONE, okStatus: 404, anonymous: 404 },
  { method: 'GET', url: '/api/campaigns/:id/public-notices', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/public-notices` }), allowed: ['secretariat'], okStatus: 200 },
  { method: 'PUT', url: '/api/campaigns/:id/public-notice-settings', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/public-notice-settings`, payload: {} }), allowed: ['secretariat'], okStatus: 400 },
  { method: 'POST', url: '/api/campaigns/:id/public-notices', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/public-notices`, payload: {} }), allowed: ['secretariat'], okStatus: 409 },
  { method: 'POST', url: '/api/public-notices/:id/withdraw', make: async () => ({ url: `/api/public-notices/${NO_SUCH_ID}/withdraw`, payload: { reason: 'Đăng nhầm' } }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/campaigns/:id/public-comments', make: async (ctx) => ({ url: `/api/campaigns/${await kh34Id(ctx)}/public-comments` }), allowed: ['secretariat'], okStatus: 200 },
  { method: 'POST', url: '/api/public-comments/:id/moderate', make: async () => ({ url: `/api/public-comments/${NO_SUCH_ID}/moderate`, payload: { decision: 'approve' } }), allowed: ['secretariat'], okStatus: 404 },
  { method: 'GET', url: '/api/nominations/:id/public-comments', make: async () => ({ url: `/api/nominations/${NO_SUCH_ID}/public-comments` }), allowed: EVERYONE, okStatus: 404 },
];

let t: TestApp;
let ctx: Ctx;
const sessions = {} as Record<Who, Session>;
/** One more account per role, in the same unit, still on its temporary password (mustChangePassword). */
const temporaryPasswordSessions = {} as Record<Who, Session>;
let jobs: JobQueue | undefined;
beforeAll(async () => {
  // The queue is started (no worker) so a route that starts a background job can be let in and answer 202.
  t = await createTestApp({}, { jobs: (database) => (jobs = createJobQueue(database)) });
  await jobs!.start(JOB_QUEUES);
  for (const who of ROLES_UNDER_TEST) sessions[who] = await t.login(who);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const who of ROLES_UNDER_TEST) {
    await t.database.db.insert(users).values({ username: `tam.${who.toLowerCase()}`, fullName: `Mật khẩu tạm ${who}`, role: FIXTURE_USERS[who].role, orgUnitId: (await t.unit(OWN_UNITS[who])).id, passwordHash, mustChangePassword: true });
    temporaryPasswordSessions[who] = await t.login(`tam.${who}`);
  }
  ctx = {
    t,
    ownUnitId: async (who) => (await t.unit(OWN_UNITS[who])).id,
    otherUnitId: (await t.unit('30817')).id, // Thị trấn Hòn Đất: another district's commune
    otherUserId: t.users.officerHD,
  };
});
afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

describe('access matrix', () => {
  it('has an expectation for every API route', () => {
    const covered = new Set(MATRIX.map((r) => `${r.method} ${r.url}`));
    const missing = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).filter((r) => !covered.has(r));
    expect(missing).toEqual([]);
  });

  const cases = MATRIX.flatMap((row) =>
    ROLES_UNDER_TEST.flatMap((who) =>
      (['own', 'other'] as const).map((target) => {
        const allowed = target === 'own' ? row.allowed : row.allowedOther ?? row.allowed;
        const expected = allowed.includes(who) ? row.okStatus : row.allowed.includes(who) ? row.outOfScopeStatus ?? 403 : 403;
        return [`${row.method} ${row.url}`, who, target, expected, row] as const;
      }),
    ),
  );

  it.each(cases)('%s as %s on %s unit → %i', async (_name, who, target, expected, row) => {
    const r = await row.make(ctx, who, target);
    const session = row.freshSession ? await t.login(who) : sessions[who];
    const res = await t.req(session, { method: row.method as 'GET', url: r.url, query: r.query, payload: r.payload as never, headers: r.headers });
    expect(res.statusCode, res.body).toBe(expected);
  });

  // A temporary password opens only GET /api/auth/me, POST /api/auth/password and /logout (and the public routes),
  // whatever the role: asked as a role that may use the route, every other route answers 403.
  const TEMPORARY_PASSWORD_OPEN = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);
  it.each(MATRIX.map((row) => [`${row.method} ${row.url}`, row] as const))('%s with a temporary password not yet changed', async (name, row) => {
    const who = row.allowed[0] ?? 'admin';
    const r = await row.make(ctx, who, 'own');
    const session = row.freshSession ? await t.login(`tam.${who}`) : temporaryPasswordSessions[who];
    const res = await t.req(session, { method: row.method as 'GET', url: r.url, query: r.query, payload: r.payload as never, headers: r.headers });
    if (row.anonymous !== undefined || TEMPORARY_PASSWORD_OPEN.has(name)) {
      expect(res.statusCode, res.body).toBe(row.okStatus);
    } else {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'FORBIDDEN', message: 'Bạn phải đổi mật khẩu tạm thời trước khi tiếp tục.' });
    }
  });

  it.each(MATRIX.map((row) => [`${row.method} ${row.url}`, row] as const))('%s without login', async (_name, row) => {
    const r = await row.make(ctx, 'admin', 'other');
    const res = await t.req(null, { method: row.method as 'GET', url: r.url, query: r.query, payload: r.payload as never, headers: r.headers });
    expect(res.statusCode).toBe(row.anonymous ?? 401);
  });
});

describe('scope in lists, exports and guessed ids', () => {
  it('gives a commune officer only their own commune in the list, whatever the filter', async () => {
    const s = sessions.officerTTGR;
    const gr = await t.unit('906');
    for (const query of [{}, { q: 'hon dat' }, { parentId: gr.id }, { kind: 'district' }, { eraId: ERA_KG_2020, pageSize: '500' }]) {
      const res = await t.req(s, { method: 'GET', url: '/api/org-units', query: query as Record<string, string> });
      const codes = res.json().items.map((u: { code: string }) => u.code);
      expect(codes.every((c: string) => c === '30904'), JSON.stringify(query)).toBe(true);
    }
  });

  it('lets a commune officer read its own commune but not its district or a neighbour (404, as if missing)', async () => {
    const s = sessions.officerTTGR;
    expect((await t.req(s, { method: 'GET', url: `/api/org-units/${(await t.unit('30904')).id}` })).statusCode).toBe(200);
    expect((await t.req(s, { method: 'GET', url: `/api/org-units/${(await t.unit('906')).id}` })).statusCode).toBe(404);
    expect((await t.req(s, { method: 'GET', url: `/api/org-units/${(await t.unit('30907')).id}` })).statusCode).toBe(404);
  });

  it('lets a district aggregator read its communes, and export only its district', async () => {
    const s = sessions.aggregatorGR;
    expect((await t.req(s, { method: 'GET', url: `/api/org-units/${(await t.unit('30907')).id}` })).statusCode).toBe(200);
    expect((await t.req(s, { method: 'GET', url: `/api/org-units/${(await t.unit('30817')).id}` })).statusCode).toBe(404);
    const csv = await t.req(s, { method: 'GET', url: '/api/org-units/export', query: { format: 'csv' } });
    const rows = parseCsv(csv.body).slice(1);
    expect(rows).toHaveLength(21);
    expect(rows.map((r) => r[0])).not.toContain('30817');
  });

  it('answers a malformed guessed id with 400, never 500', async () => {
    const res = await t.req(sessions.officerTTGR, { method: 'GET', url: '/api/org-units/1%20or%201=1' });
    expect(res.statusCode).toBe(400);
  });
});
