import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, dossiers, nominations, publicComments, publicNotices } from '../../../db/schema';
import { createPerson, kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const LIMIT = 3;
let now = new Date('2021-06-01T02:00:00Z');
let t: TestApp;
let campaignId: string;
let secretariat: Session;
let approver: Session;
let officerTTGR: Session;
let aggregatorGR: Session;
let officerHD: Session;
const nominationOf: Record<string, string> = {};

/** A nomination and its dossier at a status, written straight to the tables (appraisal and council are other features). */
async function nominee(input: { unitCode: string; person?: { name: string; position: string }; status: 'accepted' | 'council_passed' }) {
  const db = t.database.db;
  const unit = await t.unit(input.unitCode);
  const personId = input.person ? await createPerson(db, unit.id, input.person.name, input.person.position) : null;
  const [n] = await db
    .insert(nominations)
    .values({ campaignId, nomineeKind: personId ? 'person' : 'unit', nomineeUnitId: unit.id, nomineePersonId: personId, proposingUnitId: unit.id, quotaKey: `test:${unit.id}:${personId ?? ''}` })
    .returning();
  await db.insert(dossiers).values({ nominationId: n.id, campaignId, orgUnitId: unit.id, status: input.status, version: 1 });
  nominationOf[input.person?.name ?? unit.name] = n.id;
  return { nominationId: n.id, personId };
}

const publicList = () => t.req(null, { method: 'GET', url: '/api/public/notices' });
const comment = (noticeId: string, payload: unknown, ip = '203.0.113.7') => t.req(null, { method: 'POST', url: `/api/public/notices/${noticeId}/comments`, payload: payload as object, remoteAddress: ip });
const auditOf = (action: string) => t.database.db.select().from(auditEvents).where(eq(auditEvents.action, action));

beforeAll(async () => {
  t = await createTestApp({ publicCommentLimit: LIMIT, publicCommentWindowMinutes: 60 }, { now: () => now });
  campaignId = await kh34CampaignId(t.database.db);
  [secretariat, approver, officerTTGR, aggregatorGR, officerHD] = await Promise.all(['secretariat', 'approver', 'officerTTGR', 'aggregatorGR', 'officerHD'].map((n) => t.login(n)));
  await nominee({ unitCode: '30904', status: 'council_passed' });
  await nominee({ unitCode: '30904', person: { name: 'Nguyễn Thị Hồng', position: 'Phó Chủ tịch UBND thị trấn' }, status: 'council_passed' });
  // Appraised but not (yet) passed by the council: not on the list put out for comment.
  await nominee({ unitCode: '30817', person: { name: 'Lê Văn Chưa Qua', position: 'Công chức' }, status: 'accepted' });
}, 120_000);
afterAll(async () => t?.close());

let noticeId: string;

describe('the campaign option and publishing the proposed list', () => {
  it('refuses to publish while the campaign has not turned the option on (default off)', async () => {
    const page = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/public-notices` });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().settings).toEqual({ enabled: false, commentDays: 10 });
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/public-notices`, payload: {} });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('chưa bật "Công khai lấy ý kiến"');
  });

  it('lets only the secretariat set the option, naming a bad field in Vietnamese, and audits it', async () => {
    expect((await t.req(officerTTGR, { method: 'PUT', url: `/api/campaigns/${campaignId}/public-notice-settings`, payload: { enabled: true, commentDays: 10 } })).statusCode).toBe(403);
    const bad = await t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/public-notice-settings`, payload: { enabled: true, commentDays: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'commentDays', message: expect.stringContaining('Số ngày lấy ý kiến') });
    const ok = await t.req(secretariat, { method: 'PUT', url: `/api/campaigns/${campaignId}/public-notice-settings`, payload: { enabled: true, commentDays: 10 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await auditOf('campaign.publicNotice.settings'))[0]).toMatchObject({ entityId: campaignId, after: { publicNotice: { enabled: true, commentDays: 10 } } });
  });

  it('publishes the council’s list (not the merely appraised) for 10 days; other roles are refused', async () => {
    expect((await t.req(approver, { method: 'POST', url: `/api/campaigns/${campaignId}/public-notices`, payload: {} })).statusCode).toBe(403);
    expect((await t.req(officerTTGR, { method: 'GET', url: `/api/campaigns/${campaignId}/public-notices` })).statusCode).toBe(403);
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/public-notices`, payload: {} });
    expect(res.statusCode, res.body).toBe(201);
    const notice = res.json();
    noticeId = notice.id;
    expect(notice).toMatchObject({ kind: 'proposed_list', phase: 'open', opensAt: '2021-06-01T02:00:00.000Z', closesAt: '2021-06-11T02:00:00.000Z' });
    expect(notice.entries.map((e: { name: string }) => e.name)).toEqual(['Thị trấn Giồng Riềng', 'Nguyễn Thị Hồng']);
    expect(notice.body).toContain('09:00 ngày 11/06/2021');
    expect((await auditOf('publicNotice.publish'))[0]).toMatchObject({ entityId: noticeId, after: { entryCount: 2 } });
    const again = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/public-notices`, payload: {} });
    expect(again.statusCode).toBe(409);
  });
});

describe('the public page (no login)', () => {
  it('shows the open list with exactly name, position and unit per line, and no id of a person, dossier or unit', async () => {
    const res = await publicList();
    expect(res.statusCode, res.body).toBe(200);
    const [n] = res.json().items;
    expect(Object.keys(n).sort()).toEqual(['body', 'closesAt', 'comments', 'entries', 'id', 'kind', 'open', 'opensAt', 'publishedAt', 'title']);
    expect(n).toMatchObject({ id: noticeId, open: true, closesAt: '2021-06-11T02:00:00.000Z' });
    for (const e of n.entries) expect(Object.keys(e).sort()).toEqual(['name', 'no', 'position', 'unit']);
    expect(n.entries).toEqual([
      { no: 1, name: 'Thị trấn Giồng Riềng', position: null, unit: 'Thị trấn Giồng Riềng' },
      { no: 2, name: 'Nguyễn Thị Hồng', position: 'Phó Chủ tịch UBND thị trấn', unit: 'Thị trấn Giồng Riềng' },
    ]);
    const uuids = res.body.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [];
    expect(new Set(uuids)).toEqual(new Set([noticeId]));
    expect(res.body).not.toContain('Lê Văn Chưa Qua');
  });

  it('shows published decisions, and nothing withdrawn or not yet published', async () => {
    const db = t.database.db;
    const entries = [{ dossierId: '00000000-0000-4000-8000-000000000001', nomineeKind: 'unit' as const, name: 'Thị trấn Giồng Riềng', position: null, unitName: 'Thị trấn Giồng Riềng' }];
    const base = { campaignId, entries, opensAt: now, publishedAt: now };
    await db.insert(publicNotices).values([
      { ...base, kind: 'decision', title: 'Quyết định số 1500/QĐ-UBND ngày 25/5/2021 khen thưởng', body: 'Tặng Bằng khen của Chủ tịch UBND tỉnh' },
      { ...base, kind: 'decision', title: 'Quyết định đã gỡ', body: 'Đã gỡ', withdrawnAt: now },
      { ...base, kind: 'proposed_list', title: 'Danh sách chưa đến ngày đăng', body: 'Sau', opensAt: new Date('2021-07-01T00:00:00Z'), publishedAt: new Date('2021-07-01T00:00:00Z'), closesAt: new Date('2021-07-11T00:00:00Z') },
    ]);
    const items = (await publicList()).json().items as { title: string; kind: string; open: boolean }[];
    expect(items.map((i) => i.title).sort()).toEqual(['Danh sách đề nghị khen thưởng theo Kế hoạch số 34/KH-UBND ngày 03/3/2020 — lấy ý kiến nhân dân', 'Quyết định số 1500/QĐ-UBND ngày 25/5/2021 khen thưởng'].sort());
    expect(items.find((i) => i.kind === 'decision')).toMatchObject({ open: false });
  });
});

describe('comments: pending, moderated, then public and on the nominee’s file', () => {
  let commentId: string;

  it('takes a visitor’s comment on a line without login, stored pending and not yet shown', async () => {
    const res = await comment(noticeId, { authorName: 'Trần Văn Dân', contact: '0912 345 678', body: 'Chị Hồng làm việc tận tụy, nhân dân tin tưởng.', entryNo: 2 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', message: expect.stringContaining('sau khi Sở Nội vụ') });
    const [row] = await t.database.db.select().from(publicComments);
    commentId = row.id;
    expect(row).toMatchObject({ status: 'pending', authorContact: '0912 345 678', dossierId: expect.any(String) });
    expect(row.senderHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.senderHash).not.toContain('203.0.113.7');
    expect((await publicList()).json().items.find((n: { id: string }) => n.id === noticeId).comments).toEqual([]);
    const [audit] = await auditOf('publicComment.create');
    expect(audit).toMatchObject({ entityId: commentId, actorUserId: null, ip: '203.0.113.7' });
    expect(JSON.stringify(audit.after)).not.toContain('0912');
  });

  it('refuses bad input naming the field in Vietnamese, an unknown line, an oversize body and an unknown notice', async () => {
    const empty = await comment(noticeId, { authorName: '  ', body: 'Nội dung' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toMatchObject({ path: 'authorName', message: expect.stringContaining('Họ và tên người góp ý') });
    const noBody = await comment(noticeId, { authorName: 'Dân' });
    expect(noBody.json().error.fields[0]).toMatchObject({ path: 'body', message: expect.stringContaining('Nội dung góp ý') });
    const line = await comment(noticeId, { authorName: 'Dân', body: 'Góp ý', entryNo: 9 });
    expect(line.statusCode).toBe(400);
    expect(line.json().error.fields[0]).toMatchObject({ path: 'entryNo', message: expect.stringContaining('không có số thứ tự 9') });
    const big = await comment(noticeId, { authorName: 'Dân', body: 'x'.repeat(20_000) });
    expect(big.statusCode).toBe(413);
    expect((await comment('00000000-0000-4000-8000-000000000009', { authorName: 'Dân', body: 'Góp ý' })).statusCode).toBe(404);
    expect(await t.database.db.select().from(publicComments)).toHaveLength(1);
  });

  it('shows the secretariat the pending comment with its contact and nominee; others may not moderate', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/public-comments`, query: { status: 'pending' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([expect.objectContaining({ id: commentId, authorContact: '0912 345 678', nominee: expect.objectContaining({ name: 'Nguyễn Thị Hồng', nominationId: nominationOf['Nguyễn Thị Hồng'] }) })]);
    expect((await t.req(approver, { method: 'POST', url: `/api/public-comments/${commentId}/moderate`, payload: { decision: 'approve' } })).statusCode).toBe(403);
    expect((await t.req(aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/public-comments` })).statusCode).toBe(403);
  });

  it('approves it once: then public (without contact) and on the nominee’s dossier within scope', async () => {
    const ok = await t.req(secretariat, { method: 'POST', url: `/api/public-comments/${commentId}/moderate`, payload: { decision: 'approve', note: 'Đúng nội dung' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', moderationNote: 'Đúng nội dung', moderatedBy: 'Người dùng secretariat' });
    const twice = await t.req(secretariat, { method: 'POST', url: `/api/public-comments/${commentId}/moderate`, payload: { decision: 'reject' } });
    expect(twice.statusCode).toBe(409);
    const list = await publicList();
    expect(list.json().items.find((n: { id: string }) => n.id === noticeId).comments).toEqual([{ authorName: 'Trần Văn Dân', body: 'Chị Hồng làm việc tận tụy, nhân dân tin tưởng.', entryNo: 2, createdAt: '2021-06-01T02:00:00.000Z' }]);
    expect(list.body).not.toContain('0912');
    const file = await t.req(aggregatorGR, { method: 'GET', url: `/api/nominations/${nominationOf['Nguyễn Thị Hồng']}/public-comments` });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.json().items).toEqual([expect.objectContaining({ authorName: 'Trần Văn Dân', moderationNote: 'Đúng nội dung' })]);
    expect((await t.req(officerHD, { method: 'GET', url: `/api/nominations/${nominationOf['Nguyễn Thị Hồng']}/public-comments` })).statusCode).toBe(404);
    const unitFile = await t.req(officerTTGR, { method: 'GET', url: `/api/nominations/${nominationOf['Thị trấn Giồng Riềng']}/public-comments` });
    expect(unitFile.json().items).toEqual([]);
    expect((await auditOf('publicComment.approve'))[0]).toMatchObject({ entityId: commentId, before: { status: 'pending' }, after: { status: 'approved' } });
  });

  it('rejects a comment: it never shows', async () => {
    expect((await comment(noticeId, { authorName: 'Người khác', body: 'Nội dung không phù hợp' }, '198.51.100.1')).statusCode).toBe(201);
    const [row] = await t.database.db.select().from(publicComments).where(eq(publicComments.authorName, 'Người khác'));
    const res = await t.req(secretariat, { method: 'POST', url: `/api/public-comments/${row.id}/moderate`, payload: { decision: 'reject', note: 'Không liên quan' } });
    expect(res.statusCode, res.body).toBe(200);
    expect((await publicList()).body).not.toContain('Nội dung không phù hợp');
  });
});

describe('rate limit and comment period', () => {
  it(`refuses a sender's comment past ${LIMIT} an hour with a Vietnamese 429; another sender still may`, async () => {
    // 203.0.113.7 has sent one already (above).
    for (let i = 2; i <= LIMIT; i += 1) expect((await comment(noticeId, { authorName: 'Dân', body: `Góp ý ${i}` })).statusCode).toBe(201);
    const refused = await comment(noticeId, { authorName: 'Dân', body: 'Góp ý nữa' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe(`Bạn đã gửi ${LIMIT} góp ý trong 1 giờ vừa qua, là số góp ý tối đa. Vui lòng gửi lại sau khoảng 60 phút.`);
    expect(refused.headers['retry-after']).toBe('3600');
    expect((await comment(noticeId, { authorName: 'Dân khác', body: 'Góp ý' }, '192.0.2.44')).statusCode).toBe(201);
    now = new Date(now.getTime() + 61 * 60 * 1000);
    expect((await comment(noticeId, { authorName: 'Dân', body: 'Một giờ sau' })).statusCode).toBe(201);
  });

  it('lets exactly the limit through when one sender sends many at once (per-sender lock)', async () => {
    const answers = await Promise.all(Array.from({ length: LIMIT + 2 }, (_, i) => comment(noticeId, { authorName: 'Dân gửi dồn', body: `Góp ý đồng thời ${i}` }, '192.0.2.200')));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([...Array(LIMIT).fill(201), 429, 429]);
  });

  it('refuses comments once the period is over', async () => {
    now = new Date('2021-06-11T02:00:00Z');
    const res = await comment(noticeId, { authorName: 'Dân', body: 'Muộn' }, '192.0.2.99');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('hết thời gian lấy ý kiến');
    const item = (await publicList()).json().items.find((n: { id: string }) => n.id === noticeId);
    expect(item).toMatchObject({ open: false });
  });

  it('withdraws the list with a reason (audited): gone from the public page, no comments taken, once only', async () => {
    const empty = await t.req(secretariat, { method: 'POST', url: `/api/public-notices/${noticeId}/withdraw`, payload: { reason: ' ' } });
    expect(empty.statusCode).toBe(400);
    const res = await t.req(secretariat, { method: 'POST', url: `/api/public-notices/${noticeId}/withdraw`, payload: { reason: 'Đăng nhầm danh sách' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'withdrawn' });
    expect((await publicList()).json().items.map((n: { id: string }) => n.id)).not.toContain(noticeId);
    expect((await comment(noticeId, { authorName: 'Dân', body: 'Góp ý' }, '192.0.2.100')).statusCode).toBe(404);
    expect((await t.req(secretariat, { method: 'POST', url: `/api/public-notices/${noticeId}/withdraw`, payload: { reason: 'Lần nữa' } })).statusCode).toBe(409);
    expect((await auditOf('publicNotice.withdraw'))[0]).toMatchObject({ entityId: noticeId, reason: 'Đăng nhầm danh sách' });
    const [kept] = await t.database.db.select().from(publicNotices).where(and(eq(publicNotices.id, noticeId)));
    expect(kept.withdrawnAt).not.toBeNull();
  });
});
