import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, notifications } from '../../../db/schema';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * Feedback (phản ánh, vướng mắc; issue 11, item 7) on a real database: a commune raises a difficulty, Sở Nội vụ answers
 * (the unit is notified), either side closes, the unit reopens by writing; scope (own unit, the district's communes,
 * province all; others 404), roles (403), how long each waited (longest first), attachments.
 */
const T0 = new Date('2021-05-10T01:00:00Z');
let clock = T0;
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);
let t: TestApp;
const as: Record<string, Session> = {};
let threadId: string;
let otherThreadId: string;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  for (const name of ['officerTTGR', 'headTTGR', 'aggregatorGR', 'officerHD', 'secretariat', 'approver', 'admin']) as[name] = await t.login(name);
}, 120_000);
afterAll(async () => t?.close());

const raise = (who: string, payload: object) => t.req(as[who], { method: 'POST', url: '/api/feedback', payload });
const get = (who: string, id: string) => t.req(as[who], { method: 'GET', url: `/api/feedback/${id}` });
const list = async (who: string, query: Record<string, string> = {}) => (await t.req(as[who], { method: 'GET', url: '/api/feedback', query })).json();

describe('feedback threads', () => {
  it('a commune officer raises a difficulty: open, audited, with its first message', async () => {
    clock = T0;
    const res = await raise('officerTTGR', { subject: 'Vướng mắc về mẫu báo cáo thành tích', body: 'Mẫu số 02 chưa có mục cho tập thể cấp xã.' });
    expect(res.statusCode).toBe(201);
    const thread = res.json();
    threadId = thread.id;
    expect(thread).toMatchObject({ status: 'open', subject: 'Vướng mắc về mẫu báo cáo thành tích', unitName: 'Thị trấn Giồng Riềng', messageCount: 1, waiting: 'dưới 1 giờ', can: { reply: true, answer: false, close: true } });
    expect(thread.messages).toMatchObject([{ side: 'unit', body: 'Mẫu số 02 chưa có mục cho tập thể cấp xã.', authorName: 'Người dùng officerTTGR' }]);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'feedback.raise'), eq(auditEvents.entityId, threadId)));
    expect(audit).toMatchObject({ actorUsername: 'officerttgr', orgUnitId: (await t.unit('30904')).id });

    clock = hours(2);
    otherThreadId = (await raise('officerHD', { subject: 'Hỏi về thời hạn nộp hồ sơ', body: 'Thời hạn có tính ngày nghỉ lễ không?' })).json().id;
  });

  it('refuses an empty subject naming the field, and an unknown campaign', async () => {
    const res = await raise('officerTTGR', { subject: '  ', body: 'Nội dung' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Tiêu đề phản ánh');
    const bad = await raise('officerTTGR', { subject: 'Tiêu đề', body: 'Nội dung', campaignId: '00000000-0000-4000-8000-000000000000' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Đợt thi đua liên quan');
  });

  it('is seen within scope only: the unit, its district, province roles; another commune gets 404', async () => {
    for (const who of ['officerTTGR', 'headTTGR', 'aggregatorGR', 'secretariat', 'approver', 'admin']) expect((await get(who, threadId)).statusCode, who).toBe(200);
    expect((await get('officerHD', threadId)).statusCode).toBe(404);
    expect((await list('officerHD')).items.map((i: { id: string }) => i.id)).toEqual([otherThreadId]);
    expect((await list('aggregatorGR')).items.map((i: { id: string }) => i.id)).toEqual([threadId]);
    expect((await list('secretariat')).total).toBe(2);
  });

  it('refuses by role (403): the secretariat does not raise, a unit does not answer, the district does not write in a commune\'s thread', async () => {
    expect((await raise('secretariat', { subject: 'x', body: 'y' })).statusCode).toBe(403);
    expect((await t.req(as.officerTTGR, { method: 'POST', url: `/api/feedback/${threadId}/answers`, payload: { body: 'Tự trả lời' } })).statusCode).toBe(403);
    expect((await t.req(as.aggregatorGR, { method: 'POST', url: `/api/feedback/${threadId}/replies`, payload: { body: 'Huyện viết thay' } })).statusCode).toBe(403);
    expect((await t.req(as.approver, { method: 'POST', url: `/api/feedback/${threadId}/close` })).statusCode).toBe(403);
    expect((await t.req(as.officerHD, { method: 'POST', url: `/api/feedback/${threadId}/replies`, payload: { body: 'Ngoài phạm vi' } })).statusCode).toBe(404);
  });

  it('shows the secretariat how long each waited, longest first, and filters by status', async () => {
    clock = hours(24 * 3 + 4);
    const all = await list('secretariat');
    expect(all.items.map((i: { id: string; waiting: string }) => [i.id, i.waiting])).toEqual([
      [threadId, '3 ngày 4 giờ'],
      [otherThreadId, '3 ngày 2 giờ'],
    ]);
    expect((await list('secretariat', { status: 'answered' })).total).toBe(0);
    expect((await list('secretariat', { status: 'open' })).total).toBe(2);
  });

  it('the secretariat answers: answered, no longer waiting, the unit and the officer who raised it are notified once', async () => {
    const res = await t.req(as.secretariat, { method: 'POST', url: `/api/feedback/${threadId}/answers`, payload: { body: 'Đơn vị dùng Mẫu số 02 kèm Phụ lục của Nghị định 98/2023.' } });
    expect(res.statusCode).toBe(201);
    const thread = res.json();
    expect(thread).toMatchObject({ status: 'answered', waiting: null, waitingSince: null, messageCount: 2 });
    expect(thread.messages[1]).toMatchObject({ side: 'secretariat', authorUnitName: expect.any(String) });
    const notices = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'feedback_answered'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipientUnitId: (await t.unit('30904')).id, recipientUserId: t.users.officerTTGR, dedupeKey: `feedback:${threadId}:${thread.messages[1].id}`, link: `/phan-anh/${threadId}` });
    const mine = (await t.req(as.officerTTGR, { method: 'GET', url: '/api/notifications' })).json();
    expect(mine.items[0]).toMatchObject({ kind: 'feedback_answered', title: 'Sở Nội vụ đã trả lời phản ánh: Vướng mắc về mẫu báo cáo thành tích' });
    expect((await t.req(as.officerHD, { method: 'GET', url: '/api/notifications' })).json().total).toBe(0);
    // Answered threads go after those still waiting.
    expect((await list('secretariat')).items.map((i: { id: string }) => i.id)).toEqual([otherThreadId, threadId]);
    expect((await list('secretariat', { status: 'answered' })).items.map((i: { id: string }) => i.id)).toEqual([threadId]);
  });

  it('the unit writes again: open, waiting since that message; closing by either side; reopened by a new unit message', async () => {
    clock = hours(24 * 4);
    const reply = await t.req(as.headTTGR, { method: 'POST', url: `/api/feedback/${threadId}/replies`, payload: { body: 'Phụ lục đó áp dụng cho cả khối xã chứ?' } });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ status: 'open', waitingSince: clock.toISOString() });
    clock = hours(24 * 4 + 5);
    expect((await get('secretariat', threadId)).json().waiting).toBe('5 giờ');

    const closed = await t.req(as.secretariat, { method: 'POST', url: `/api/feedback/${threadId}/close` });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', waiting: null, can: { close: false, answer: false } });
    expect((await t.req(as.officerTTGR, { method: 'POST', url: `/api/feedback/${threadId}/close` })).statusCode).toBe(409);
    const late = await t.req(as.secretariat, { method: 'POST', url: `/api/feedback/${threadId}/answers`, payload: { body: 'Bổ sung' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('đã đóng');

    const reopened = await t.req(as.officerTTGR, { method: 'POST', url: `/api/feedback/${threadId}/replies`, payload: { body: 'Xin mở lại: còn vướng ở mục 3.' } });
    expect(reopened.json()).toMatchObject({ status: 'open', messageCount: 4 });
    expect((await t.req(as.officerTTGR, { method: 'POST', url: `/api/feedback/${threadId}/close` })).json().status).toBe('closed');
    const actions = (await t.database.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, threadId))).map((r) => r.action);
    expect(actions).toEqual(['feedback.raise', 'feedback.answer', 'feedback.reply', 'feedback.close', 'feedback.reply', 'feedback.close']);
  });

  it('attaches a file to one\'s own message, judged by content; downloads within scope only', async () => {
    const thread = (await get('officerTTGR', threadId)).json();
    const myMessage = thread.messages.find((m: { authorName: string }) => m.authorName === 'Người dùng officerTTGR');
    const upload = (who: string, messageId: string, data: Buffer, fileName: string) =>
      t.req(as[who], { method: 'POST', url: `/api/feedback/messages/${messageId}/attachments`, query: { fileName }, payload: data, headers: { 'content-type': 'application/octet-stream' } });
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const res = await upload('officerTTGR', myMessage.id, pdf, 'mau-02.pdf');
    expect(res.statusCode).toBe(201);
    const attachmentId = res.json().id;
    expect((await get('officerTTGR', threadId)).json().messages.find((m: { id: string }) => m.id === myMessage.id).attachments).toEqual([{ id: attachmentId, fileName: 'mau-02.pdf', size: pdf.length, mimeType: 'application/pdf' }]);
    const text = await upload('officerTTGR', myMessage.id, Buffer.from('không phải PDF'), 'ghi-chu.pdf');
    expect(text.statusCode).toBe(400);
    expect(text.body).toContain('Tệp đính kèm');
    expect((await upload('secretariat', myMessage.id, pdf, 'x.pdf')).statusCode).toBe(403);
    expect((await upload('officerHD', myMessage.id, pdf, 'x.pdf')).statusCode).toBe(404);

    const download = await t.req(as.secretariat, { method: 'GET', url: `/api/feedback/attachments/${attachmentId}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await t.req(as.officerHD, { method: 'GET', url: `/api/feedback/attachments/${attachmentId}` })).statusCode).toBe(404);
  });
});
