import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditEvents, dossierAppraisals, dossierVersions, dossiers, notifications, parPublications } from '../../../db/schema';
import { buildUnsignedTestPdf } from '../../../documents/signatures/testing/signTestPdf';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createCommunes, makeEligibleUnit } from '../../kit/testing/nominationFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * Sở Nội vụ's appraisal (Khoản 3, Mục IV) on a real database: the checklist, return for supplement with its reason
 * and the unit's notice, resubmission as version 2 and the comparison of the two, acceptance, the lifecycle refusing
 * a withdrawal while the dossier is with Sở Nội vụ, and two reviewers acting at once on one dossier.
 */
const now = new Date('2021-04-20T03:00:00Z');
let t: TestApp;
let campaignId: string;
let secretariat: Session;
let aggregatorGR: Session;
let officerTTGR: Session;
let officerHD: Session;
const nominationOf: Record<string, string> = {};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('bản quét')]);

const dossierUrl = (nominationId: string, path = '') => `/api/nominations/${nominationId}/dossier${path}`;
const appraisalUrl = (nominationId: string, path = '') => `/api/nominations/${nominationId}/appraisal${path}`;
const upload = (nominationId: string, kind: string, payload: Buffer | Uint8Array, fileName: string) =>
  t.req(aggregatorGR, { method: 'POST', url: dossierUrl(nominationId, `/documents/${kind}/scans?fileName=${encodeURIComponent(fileName)}`), headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from(payload) });

const meetingFor = (nomineeName: string) => ({
    startsAt: '2021-04-19T01:00:00.000Z',
    endsAt: '2021-04-19T02:30:00.000Z',
    place: 'Hội trường UBND huyện Giồng Riềng',
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    membersTotal: 5,
    membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
    tallies: [{ nomineeName, agree: 4, disagree: 0 }],
});

/** A commune's dossier prepared by its district (meeting with quorum, three scans) and submitted. */
async function prepareAndSubmit(nominationId: string, nomineeName: string): Promise<void> {
  expect((await t.req(aggregatorGR, { method: 'PUT', url: dossierUrl(nominationId, '/council-meeting'), payload: meetingFor(nomineeName) })).statusCode).toBe(200);
  expect((await upload(nominationId, 'submission_letter', buildUnsignedTestPdf('To trinh'), 'Tờ trình.pdf')).statusCode).toBe(201);
  expect((await upload(nominationId, 'council_minutes', buildUnsignedTestPdf('Bien ban'), 'Biên bản.pdf')).statusCode).toBe(201);
  expect((await upload(nominationId, 'achievement_report', PNG, 'Báo cáo.png')).statusCode).toBe(201);
  const res = await t.req(aggregatorGR, { method: 'POST', url: dossierUrl(nominationId, '/submit') });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [secretariat, aggregatorGR, officerTTGR, officerHD] = await Promise.all(['secretariat', 'aggregatorGR', 'officerTTGR', 'officerHD'].map((n) => t.login(n)));
  const gr = await t.unit('906');
  const ttgr = (await t.unit('30904')).id;
  const [second] = await createCommunes(db, gr.id, 1, 'Xã Thẩm Định');
  for (const unitId of [ttgr, second]) await makeEligibleUnit(db, { campaignId, unitId });
  // Published on 16/4/2021: the dossier window runs into early May.
  await db.update(parPublications).set({ decisionDate: '2021-04-16' }).where(eq(parPublications.year, 2020));
  for (const [key, unitId] of [['ttgr', ttgr], ['second', second]] as const) {
    const res = await t.req(aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind: 'unit', nomineeId: unitId } });
    expect(res.statusCode, res.body).toBe(201);
    nominationOf[key] = res.json().id;
  }
  await prepareAndSubmit(nominationOf.ttgr, 'Thị trấn Giồng Riềng');
  await prepareAndSubmit(nominationOf.second, 'Xã Thẩm Định 01');
}, 180_000);
afterAll(async () => t?.close());

describe('appraisal of a submitted dossier', () => {
  it('freezes the submission as version 1 with the SHA-256 of its content', async () => {
    const [d] = await t.database.db.select().from(dossiers).where(eq(dossiers.nominationId, nominationOf.ttgr));
    expect(d).toMatchObject({ status: 'submitted', version: 1 });
    const [v] = await t.database.db.select().from(dossierVersions).where(eq(dossierVersions.dossierId, d.id));
    expect(v).toMatchObject({ version: 1, contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(v.content).toMatchObject({ nominee: { name: 'Thị trấn Giồng Riềng', proposingUnitName: 'Huyện Giồng Riềng' }, councilMeeting: { chair: 'Nguyễn Văn An' } });
    expect((v.content as { documents: { kind: string; fileName: string; signatureStatus: string }[] }).documents.map((x) => [x.kind, x.fileName, x.signatureStatus])).toEqual([
      ['submission_letter', 'Tờ trình.pdf', 'none'],
      ['council_minutes', 'Biên bản.pdf', 'none'],
      ['achievement_report', 'Báo cáo.png', 'none'],
    ]);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'dossier.submit'), eq(auditEvents.entityId, d.id)));
    expect(audit.after).toMatchObject({ version: 1, contentSha256: v.contentSha256 });
  });

  it('lists it in the queue and shows the checklist, each item with its clause', async () => {
    const queue = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/dossiers` });
    expect(queue.json().items.map((i: { nominationId: string; version: number }) => [i.nominationId, i.version]).sort()).toEqual([[nominationOf.ttgr, 1], [nominationOf.second, 1]].sort());
    const res = await t.req(secretariat, { method: 'GET', url: appraisalUrl(nominationOf.ttgr) });
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ status: 'submitted', version: 1, canDecide: true, allPass: true, nomineeName: 'Thị trấn Giồng Riềng' });
    expect(a.checklist.map((c: { code: string; verdict: string; clause: string }) => [c.code, c.verdict, c.clause])).toEqual([
      ['documents', 'pass', 'Điểm c, Khoản 4, Mục III'],
      ['signatures', 'pass', 'Điểm c, Khoản 4, Mục III'],
      ['eligibility', 'pass', 'Khoản 1, Mục III'],
      ['quota', 'pass', 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'],
      ['onTime', 'pass', 'Điểm c, Khoản 3, Mục II'],
    ]);
    expect(a.checklist.find((c: { code: string }) => c.code === 'quota').explanation).toContain('Huyện Giồng Riềng đang đề nghị 2/2');
  });

  it('refuses accept and return by the unit (403), and answers 404 outside scope or for no such nomination', async () => {
    for (const as of [aggregatorGR, officerTTGR]) {
      expect((await t.req(as, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/accept'), payload: { version: 1 } })).statusCode).toBe(403);
      expect((await t.req(as, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/return'), payload: { version: 1, reason: 'Bổ sung' } })).statusCode).toBe(403);
      expect((await t.req(as, { method: 'GET', url: appraisalUrl(nominationOf.ttgr) })).statusCode).toBe(403);
    }
    expect((await t.req(officerHD, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions') })).statusCode).toBe(404);
    expect((await t.req(officerHD, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions/compare?from=1&to=1') })).statusCode).toBe(404);
    expect((await t.req(secretariat, { method: 'POST', url: appraisalUrl('00000000-0000-4000-8000-000000000000', '/accept'), payload: { version: 1 } })).statusCode).toBe(404);
  });

  it('refuses a withdrawal while the dossier is with Sở Nội vụ, by the lifecycle, and offers none', async () => {
    const res = await t.req(aggregatorGR, { method: 'POST', url: `/api/nominations/${nominationOf.ttgr}/withdraw`, payload: { reason: 'Rút' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('chỉ rút được đề nghị khi hồ sơ chưa gửi hoặc đã bị trả lại');
    const list = (await t.req(aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/nominations` })).json();
    expect(list.items.find((n: { id: string }) => n.id === nominationOf.ttgr)).toMatchObject({ status: 'proposed', canWithdraw: false });
  });

  it('returns it for supplement with a reason (empty refused, naming the field); the unit is notified once for the version', async () => {
    const empty = await t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/return'), payload: { version: 1, reason: '   ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toMatchObject({ path: 'reason', message: expect.stringContaining('Nội dung cần bổ sung') });
    const res = await t.req(secretariat, {
      method: 'POST',
      url: appraisalUrl(nominationOf.ttgr, '/return'),
      payload: { version: 1, reason: 'Biên bản thiếu chữ ký của thư ký', notes: { documents: 'Biên bản chưa ký trang 2' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned', canDecide: false, versions: [{ version: 1, intact: true, appraisal: { outcome: 'returned', note: 'Biên bản thiếu chữ ký của thư ký' } }] });
    expect(res.json().checklist.find((c: { code: string }) => c.code === 'documents').note).toBe('Biên bản chưa ký trang 2');
    const notices = await t.database.db.select().from(notifications).where(eq(notifications.kind, 'dossier_returned'));
    const [d] = await t.database.db.select().from(dossiers).where(eq(dossiers.nominationId, nominationOf.ttgr));
    expect(notices).toEqual([expect.objectContaining({ recipientUnitId: d.orgUnitId, dedupeKey: `dossier:${d.id}:v1`, link: `/ho-so-khen-thuong/${nominationOf.ttgr}` })]);
    expect(notices[0].body).toContain('Biên bản thiếu chữ ký của thư ký');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'dossier.return'), eq(auditEvents.entityId, d.id)));
    expect(audit.reason).toBe('Biên bản thiếu chữ ký của thư ký');
    const [appraisal] = await t.database.db.select().from(dossierAppraisals).where(eq(dossierAppraisals.dossierId, d.id));
    expect(audit.after).toMatchObject({ appraisalId: appraisal.id, version: 1, outcome: 'returned', status: 'returned' });
  });

  it('after supplement the unit resubmits as version 2; both are listed and compared; a stale accept of version 1 is refused', async () => {
    expect((await upload(nominationOf.ttgr, 'council_minutes', buildUnsignedTestPdf('Bien ban bo sung'), 'Biên bản bổ sung.pdf')).statusCode).toBe(201);
    const corrected = await t.req(aggregatorGR, { method: 'PUT', url: dossierUrl(nominationOf.ttgr, '/council-meeting'), payload: { ...meetingFor('Thị trấn Giồng Riềng'), place: 'Phòng họp số 2, UBND huyện Giồng Riềng' } });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const resubmit = await t.req(aggregatorGR, { method: 'POST', url: dossierUrl(nominationOf.ttgr, '/submit') });
    expect(resubmit.statusCode, resubmit.body).toBe(200);
    expect(resubmit.json()).toMatchObject({ status: 'submitted', version: 2 });

    const versions = await t.req(aggregatorGR, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions') });
    expect(versions.statusCode).toBe(200);
    expect(versions.json().items.map((v: { version: number; intact: boolean; appraisal: { outcome: string } | null }) => [v.version, v.intact, v.appraisal?.outcome ?? null])).toEqual([
      [1, true, 'returned'],
      [2, true, null],
    ]);
    const compare = await t.req(secretariat, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions/compare?from=1&to=2') });
    expect(compare.statusCode, compare.body).toBe(200);
    expect(compare.json().changes.map((c: { code: string; before: string; after: string }) => [c.code, c.before?.split(' (')[0], c.after?.split(' (')[0]])).toEqual([
      ['councilMeeting.place', 'Hội trường UBND huyện Giồng Riềng', 'Phòng họp số 2, UBND huyện Giồng Riềng'],
      ['document.council_minutes.scan', 'Biên bản.pdf', 'Biên bản bổ sung.pdf'],
    ]);
    const bad = await t.req(secretariat, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions/compare?from=1&to=x') });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('to');
    expect((await t.req(secretariat, { method: 'GET', url: dossierUrl(nominationOf.ttgr, '/versions/compare?from=1&to=3') })).statusCode).toBe(404);

    const stale = await t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/accept'), payload: { version: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toContain('Phiên bản 1 của hồ sơ này vừa được');
  });

  it('accepts version 2; the dossier moves to accepted and cannot be decided again', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/accept'), payload: { version: 2, notes: { signatures: 'Đã đối chiếu bản giấy' } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'accepted', canDecide: false, version: 2 });
    expect(res.json().versions.map((v: { appraisal: { outcome: string } }) => v.appraisal.outcome)).toEqual(['returned', 'accepted']);
    const again = await t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.ttgr, '/return'), payload: { version: 2, reason: 'Lần nữa' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/Phiên bản 2 của hồ sơ này vừa được .* thẩm định đạt lúc/);
    const dossier = (await t.req(aggregatorGR, { method: 'GET', url: dossierUrl(nominationOf.ttgr) })).json();
    expect(dossier).toMatchObject({ status: 'accepted', editable: false, canEdit: false, canAppraise: false });
  });

  it('two reviewers at once, one accepting and one returning: exactly one wins, the other is told what happened', async () => {
    const [accept, ret] = await Promise.all([
      t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.second, '/accept'), payload: { version: 1 } }),
      t.req(secretariat, { method: 'POST', url: appraisalUrl(nominationOf.second, '/return'), payload: { version: 1, reason: 'Thiếu báo cáo thành tích bản gốc' } }),
    ]);
    expect([accept.statusCode, ret.statusCode].sort()).toEqual([200, 409]);
    const loser = accept.statusCode === 409 ? accept : ret;
    const winner = accept.statusCode === 200 ? 'thẩm định đạt' : 'trả lại để bổ sung';
    expect(loser.json().error.message).toMatch(new RegExp(`^Phiên bản 1 của hồ sơ này vừa được .+ ${winner}`));
    const [d] = await t.database.db.select().from(dossiers).where(eq(dossiers.nominationId, nominationOf.second));
    const rows = await t.database.db.select().from(dossierAppraisals).where(eq(dossierAppraisals.dossierId, d.id));
    expect(rows).toHaveLength(1);
    expect(d.status).toBe(rows[0].outcome);
  });
});
