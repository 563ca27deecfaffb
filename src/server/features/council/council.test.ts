import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, councilSessionDossiers, councilSessions, councilVotes, dossiers, notifications, orgUnits, users } from '../../../db/schema';
import { canonicalJson } from '../../../domain/council/canonicalJson';
import { docxText } from '../../../documents/testing/extractText';
import { createHash } from 'node:crypto';
import { acceptedDossier } from '../../kit/testing/councilFixtures';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { hashPassword } from '../../kit/passwords';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../kit/testing/testApp';

const now = new Date('2021-06-15T02:00:00Z');
let t: TestApp;
let campaignId: string;
let secretariat: Session;
let council: Session;
let otherCouncil: Session;
let officer: Session;
let approver: Session;
let unitA: string; // Thị trấn Giồng Riềng, proposed by its district
let dossierA: string;
let dossierB: string; // a person of Sở Tư pháp
let submitted: string;
let sessionId: string;
const units: Record<string, string> = {};

const members = () => [
  { fullName: 'Lê Văn Chủ', position: 'Chủ tịch UBND tỉnh', councilRole: 'chair', orgUnitId: units['91'], attendance: 'present' },
  { fullName: 'Trần Thị Phó', position: 'Giám đốc Sở Nội vụ', councilRole: 'vice_chair', orgUnitId: units.SNV, userId: t.users.council, attendance: 'present' },
  { fullName: 'Phạm Văn Huyện', position: 'Chủ tịch UBND huyện Giồng Riềng', councilRole: 'member', orgUnitId: units['906'], attendance: 'present' },
  { fullName: 'Võ Thị Tư Pháp', position: 'Giám đốc Sở Tư pháp', councilRole: 'member', orgUnitId: units.STP, attendance: 'written' },
  { fullName: 'Đỗ Văn Thư', position: 'Trưởng phòng Thi đua, khen thưởng', councilRole: 'secretary', orgUnitId: units['SNV-CCHC'], attendance: 'present' },
];
const url = (path = '') => `/api/council-sessions/${sessionId}${path}`;
const memberId = async (name: string) => ((await t.req(secretariat, { method: 'GET', url: url() })).json().members as { id: string; fullName: string }[]).find((m) => m.fullName === name)!.id;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  for (const code of ['91', 'SNV', 'SNV-CCHC', '906', '30904', 'STP', '30817']) units[code] = (await t.unit(code)).id;
  unitA = units['30904'];
  ({ dossierId: dossierA } = await acceptedDossier(db, { campaignId, nomineeUnitId: unitA, proposingUnitId: units['906'] }));
  ({ dossierId: dossierB } = await acceptedDossier(db, { campaignId, nomineeUnitId: units.STP, proposingUnitId: units.STP, personName: 'Nguyễn Thị Bích' }));
  const [hd] = await db.select({ parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, units['30817']));
  ({ dossierId: submitted } = await acceptedDossier(db, { campaignId, nomineeUnitId: units['30817'], proposingUnitId: hd.parentId! }));
  await db.update(dossiers).set({ status: 'submitted' }).where(eq(dossiers.id, submitted));
  await db.insert(users).values({ username: 'council2', fullName: 'Thành viên khác', role: 'council_member', orgUnitId: units.SNV, passwordHash: await hashPassword(TEST_PASSWORD) });
  [secretariat, council, officer, approver, otherCouncil] = await Promise.all(['secretariat', 'council', 'officerTTGR', 'approver', 'council2'].map((n) => t.login(n)));
}, 120_000);
afterAll(async () => t?.close());

describe('a session of the provincial council, from creation to its minutes', () => {
  it('refuses other roles: a unit officer and a council member cannot create a session; a unit officer cannot read one', async () => {
    const body = { title: 'Phiên 1', heldAt: '2021-06-15T01:00:00Z', place: 'Phòng họp số 1' };
    expect((await t.req(officer, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: body })).statusCode).toBe(403);
    expect((await t.req(council, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: body })).statusCode).toBe(403);
    expect((await t.req(officer, { method: 'GET', url: `/api/campaigns/${campaignId}/council-sessions` })).statusCode).toBe(403);
  });

  it('names each bad field in Vietnamese', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: { title: ' ', heldAt: '15/06/2021', place: 'Phòng họp', quorumPercent: 30, members: [{ ...members()[0], councilRole: 'boss' }] } });
    expect(res.statusCode).toBe(400);
    const messages = res.json().error.fields.map((f: { message: string }) => f.message).join(' | ');
    expect(messages).toContain('Tên phiên họp');
    expect(messages).toContain('Thời gian họp');
    expect(messages).toContain('Tỷ lệ thành viên tối thiểu dự họp (%)');
    expect(messages).toContain('Vai trò trong Hội đồng (mục 1)');
  });

  it('refuses a dossier not yet accepted on the agenda, and an account that is not a council member', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: { title: 'Phiên 1', heldAt: '2021-06-15T01:00:00Z', place: 'Phòng họp số 1', dossierIds: [submitted], members: [{ ...members()[0], userId: t.users.officerTTGR }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'dossierIds.0', message: expect.stringContaining('Hội đồng chỉ xét hồ sơ đã thẩm định đạt') },
        { path: 'members.0.userId', message: expect.stringContaining('vai trò Thành viên Hội đồng TĐKT') },
      ]),
    );
    expect(await t.database.db.select().from(councilSessions)).toEqual([]);
  });

  it('creates a session with its members and agenda, and tells each member’s unit once', async () => {
    const res = await t.req(secretariat, {
      method: 'POST',
      url: `/api/campaigns/${campaignId}/council-sessions`,
      payload: { title: 'Phiên họp xét Bằng khen CCHC năm 2020', heldAt: '2021-06-15T01:00:00Z', place: 'Hội trường UBND tỉnh', members: members(), dossierIds: [dossierA, dossierB] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    sessionId = s.id;
    expect(s).toMatchObject({ status: 'open', quorumPercent: 80, passRule: 'majority_of_members', canManage: true });
    expect(s.members).toHaveLength(5);
    expect(s.agenda.map((a: { nomineeName: string }) => a.nomineeName).sort()).toEqual(['Nguyễn Thị Bích', 'Thị trấn Giồng Riềng']);
    expect(s.quorum).toMatchObject({ met: true, attending: 5, required: 4 });
    // The district's member is recused from its commune; Sở Tư pháp's from its own official.
    const a = s.agenda.find((x: { dossierId: string }) => x.dossierId === dossierA);
    expect(a.votes.filter((v: { recused: boolean }) => v.recused).map((v: { memberId: string }) => s.members.find((m: { id: string }) => m.id === v.memberId).fullName)).toEqual(['Phạm Văn Huyện']);
    const notices = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'council_session'));
    expect(notices.map((n) => n.recipientUnitId).sort()).toEqual([units['91'], units.SNV, units['906'], units.STP, units['SNV-CCHC']].sort());
    expect(notices.every((n) => n.dedupeKey === `session:${sessionId}` && n.body.includes('Thị trấn Giồng Riềng'))).toBe(true);
    // Saving the members again notifies nobody twice.
    const again = await t.req(secretariat, { method: 'PUT', url: url('/members'), payload: { members: s.members.map((m: Record<string, unknown> & { orgUnit: { id: string } | null; user: { id: string } | null }) => ({ id: m.id, fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnit?.id ?? null, userId: m.user?.id ?? null, attendance: m.attendance })) } });
    expect(again.statusCode, again.body).toBe(200);
    expect(await t.database.db.select().from(notifications).where(eq(notifications.kind, 'council_session'))).toHaveLength(5);
    expect((await t.req(approver, { method: 'GET', url: `/api/campaigns/${campaignId}/council-sessions` })).json().items).toHaveLength(1);
  });

  it('refuses closing without the quorum: no result for anyone', async () => {
    const s = (await t.req(secretariat, { method: 'GET', url: url() })).json();
    const two = s.members.map((m: Record<string, unknown> & { orgUnit: { id: string } | null; user: { id: string } | null }, i: number) => ({ id: m.id, fullName: m.fullName, position: m.position, councilRole: m.councilRole, orgUnitId: m.orgUnit?.id ?? null, userId: m.user?.id ?? null, attendance: i >= 3 ? 'absent' : m.attendance }));
    const short = await t.req(secretariat, { method: 'PUT', url: url('/members'), payload: { members: two } });
    expect(short.json().quorum).toMatchObject({ met: false, attending: 3, required: 4 });
    expect(short.json().agenda.every((a: { result: { outcome: unknown } }) => a.result.outcome === null)).toBe(true);
    const close = await t.req(secretariat, { method: 'POST', url: url('/close') });
    expect(close.statusCode).toBe(409);
    expect(close.json().error.message).toContain('không đủ số thành viên dự họp');
    const restored = await t.req(secretariat, { method: 'PUT', url: url('/members'), payload: { members: two.map((m: { attendance: string }, i: number) => ({ ...m, attendance: members()[i].attendance })) } });
    expect(restored.json().quorum.met).toBe(true);
  });

  it('refuses the vote of a member recused from the nominee, and a council member voting for someone else', async () => {
    const huyen = await memberId('Phạm Văn Huyện');
    const recused = await t.req(secretariat, { method: 'PUT', url: url('/votes'), payload: { votes: [{ memberId: huyen, dossierId: dossierA, vote: 'agree' }] } });
    expect(recused.statusCode).toBe(409);
    expect(recused.json().error.message).toContain('Phạm Văn Huyện công tác tại Huyện Giồng Riềng nên không tham gia biểu quyết đối với Thị trấn Giồng Riềng');
    expect(await t.database.db.select().from(councilVotes)).toEqual([]);
    expect((await t.req(otherCouncil, { method: 'PUT', url: url('/my-votes'), payload: { votes: [{ dossierId: dossierA, vote: 'agree' }] } })).statusCode).toBe(403);
    expect((await t.req(officer, { method: 'PUT', url: url('/my-votes'), payload: { votes: [{ dossierId: dossierA, vote: 'agree' }] } })).statusCode).toBe(403);
    expect((await t.req(council, { method: 'PUT', url: url('/votes'), payload: { votes: [{ memberId: huyen, dossierId: dossierA, vote: 'agree' }] } })).statusCode).toBe(403);
  });

  it('records a linked member’s own votes and the rest from paper, and refuses closing while a vote is missing', async () => {
    const mine = await t.req(council, { method: 'PUT', url: url('/my-votes'), payload: { votes: [{ dossierId: dossierA, vote: 'agree' }, { dossierId: dossierB, vote: 'disagree' }] } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().canVoteAs).toEqual([await memberId('Trần Thị Phó')]);
    const [chu, huyen, tuPhap, thu] = await Promise.all(['Lê Văn Chủ', 'Phạm Văn Huyện', 'Võ Thị Tư Pháp', 'Đỗ Văn Thư'].map(memberId));
    const paper = [
      { memberId: chu, dossierId: dossierA, vote: 'agree' },
      { memberId: tuPhap, dossierId: dossierA, vote: 'agree', note: 'Ý kiến bằng văn bản ngày 14/6/2021' },
      { memberId: thu, dossierId: dossierA, vote: 'disagree' },
      { memberId: chu, dossierId: dossierB, vote: 'agree' },
      { memberId: huyen, dossierId: dossierB, vote: 'agree' },
    ];
    expect((await t.req(secretariat, { method: 'PUT', url: url('/votes'), payload: { votes: paper } })).statusCode).toBe(200);
    const missing = await t.req(secretariat, { method: 'POST', url: url('/close') });
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.message).toContain('Nguyễn Thị Bích (1 thành viên)');
    const last = await t.req(secretariat, { method: 'PUT', url: url('/votes'), payload: { votes: [{ memberId: thu, dossierId: dossierB, vote: 'disagree' }] } });
    const b = last.json().agenda.find((x: { dossierId: string }) => x.dossierId === dossierB);
    expect(b.result).toMatchObject({ outcome: 'failed', agree: 2, denominator: 4, recused: 1 });
    expect(b.result.explanation).toContain('bằng đúng một nửa');
  });

  it('closes: each dossier moves by its result, the recusals are recorded, and the snapshot’s SHA-256 matches a recomputation', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: url('/close') });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ status: 'closed', canManage: false, canVoteAs: [], snapshotIntact: true });
    const a = s.agenda.find((x: { dossierId: string }) => x.dossierId === dossierA);
    expect(a).toMatchObject({ outcome: 'passed', dossierStatus: 'council_passed', result: { agree: 3, denominator: 4, recused: 1 } });
    expect(a.result.explanation).toContain('đã trừ 1 thành viên cùng đơn vị');
    const db = t.database.db;
    const statuses = await db.select({ id: dossiers.id, status: dossiers.status }).from(dossiers);
    expect(statuses.find((d) => d.id === dossierA)!.status).toBe('council_passed');
    expect(statuses.find((d) => d.id === dossierB)!.status).toBe('council_failed');
    expect((await db.select().from(councilSessionDossiers)).map((r) => [r.dossierId, r.outcome]).sort()).toEqual([[dossierA, 'passed'], [dossierB, 'failed']].sort());
    expect((await db.select().from(councilVotes).where(eq(councilVotes.vote, 'recused'))).length).toBe(2);
    const [row] = await db.select().from(councilSessions).where(eq(councilSessions.id, sessionId));
    expect(row.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(createHash('sha256').update(canonicalJson(row.snapshot)).digest('hex')).toBe(row.snapshotSha256);
    expect((row.snapshot as { votes: unknown[] }).votes).toHaveLength(10);
    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'dossier'), eq(auditEvents.entityId, dossierA)));
    expect(audits.map((x) => x.action)).toEqual(['dossier.councilPass']);
    expect((await db.select().from(auditEvents).where(eq(auditEvents.action, 'councilSession.close')))[0].after).toMatchObject({ sha256: row.snapshotSha256 });
  });

  it('is read-only once closed: closing again, members, agenda and votes are refused with a clear message', async () => {
    const again = await t.req(secretariat, { method: 'POST', url: url('/close') });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('đã kết thúc');
    const chu = await memberId('Lê Văn Chủ');
    for (const [method, path, payload] of [
      ['PUT', '/members', { members: [] }],
      ['PUT', '/agenda', { dossierIds: [] }],
      ['PUT', '/votes', { votes: [{ memberId: chu, dossierId: dossierA, vote: 'disagree' }] }],
      ['PUT', '', { title: 'Đổi tên', heldAt: '2021-06-15T01:00:00Z', place: 'Khác' }],
    ] as const) {
      const res = await t.req(secretariat, { method, url: url(path), payload });
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error.message).toContain('kết quả đã chốt');
    }
  });

  it('drafts the Biên bản as DOCX from the record (parsed back)', async () => {
    const res = await t.req(approver, { method: 'GET', url: url('/minutes') });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const text = await docxText(res.rawPayload);
    for (const expected of [
      'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      'BIÊN BẢN',
      'Thời gian bắt đầu: 08 giờ 00 phút, ngày 15 tháng 6 năm 2021',
      'Địa điểm: Hội trường UBND tỉnh.',
      'Võ Thị Tư Pháp, Giám đốc Sở Tư pháp',
      'Chủ trì: Lê Văn Chủ, Chủ tịch UBND tỉnh.',
      'Thư ký: Đỗ Văn Thư',
      'Dự họp 5/5 thành viên',
      'Thị trấn Giồng Riềng (Huyện Giồng Riềng đề nghị)',
      'Đề nghị khen thưởng',
      'Không đề nghị',
      'Cuộc họp kết thúc vào 09 giờ 00 phút, ngày 15 tháng 6 năm 2021',
      'THƯ KÝ',
      'CHỦ TRÌ',
    ]) expect(text).toContain(expected);
  });

  it('shows when the stored snapshot no longer matches its hash', async () => {
    const db = t.database.db;
    const [row] = await db.select().from(councilSessions).where(eq(councilSessions.id, sessionId));
    await db.update(councilSessions).set({ snapshot: { ...(row.snapshot as object), tampered: true } }).where(eq(councilSessions.id, sessionId));
    expect((await t.req(secretariat, { method: 'GET', url: url() })).json().snapshotIntact).toBe(false);
    await db.update(councilSessions).set({ snapshot: row.snapshot }).where(eq(councilSessions.id, sessionId));
    expect((await t.req(secretariat, { method: 'GET', url: url() })).json().snapshotIntact).toBe(true);
  });

  it('two closes at once: exactly one wins, the other is told the session is closed', async () => {
    const db = t.database.db;
    const { dossierId } = await acceptedDossier(db, { campaignId, nomineeUnitId: units.SNV, proposingUnitId: units.SNV });
    const three = members().filter((m) => m.councilRole !== 'member').map((m) => ({ ...m, userId: null }));
    const created = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/council-sessions`, payload: { title: 'Phiên 2', heldAt: '2021-06-20T01:00:00Z', place: 'Phòng họp số 2', members: three, dossierIds: [dossierId] } });
    expect(created.statusCode, created.body).toBe(201);
    const s = created.json();
    const votes = s.members.map((m: { id: string }) => ({ memberId: m.id, dossierId, vote: 'agree' }));
    // Trần Thị Phó (Sở Nội vụ) and the secretary (its Phòng) are recused from Sở Nội vụ itself: only the chair votes.
    const refused = await t.req(secretariat, { method: 'PUT', url: `/api/council-sessions/${s.id}/votes`, payload: { votes } });
    expect(refused.statusCode).toBe(409);
    const chair = s.members.find((m: { councilRole: string }) => m.councilRole === 'chair').id;
    expect((await t.req(secretariat, { method: 'PUT', url: `/api/council-sessions/${s.id}/votes`, payload: { votes: [{ memberId: chair, dossierId, vote: 'agree' }] } })).statusCode).toBe(200);
    const answers = await Promise.all([1, 2].map(() => t.req(secretariat, { method: 'POST', url: `/api/council-sessions/${s.id}/close` })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.message).toContain('đã kết thúc');
    const closed = answers.find((a) => a.statusCode === 200)!.json();
    // 1 of 3 − 2 recused agrees: passes, and the explanation says two were left out.
    expect(closed.agenda[0].result).toMatchObject({ outcome: 'passed', agree: 1, denominator: 1, recused: 2 });
    expect((await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, dossierId), eq(auditEvents.action, 'dossier.councilPass'))))).toHaveLength(1);
  });
});
