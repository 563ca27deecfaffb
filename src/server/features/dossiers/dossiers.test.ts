import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { attachments, auditEvents, dossierScans, parPublications, storedFiles } from '../../../db/schema';
import { auditRecordPath } from '../../../shared/auditLabels';
import { buildUnsignedTestPdf, issueTestCertificate, signTestPdf, type TestIdentity } from '../../../documents/signatures/testing/signTestPdf';
import { docxText } from '../../../documents/testing/extractText';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { makeEligibleUnit } from '../../kit/testing/nominationFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const UPLOAD_LIMIT = 256 * 1024;
let now = new Date('2021-04-20T03:00:00Z');
let t: TestApp;
let campaignId: string;
let nominationId: string;
let secretariat: Session;
let aggregatorGR: Session;
let officerHD: Session;
let admin: Session;
let root: TestIdentity;
let signer: TestIdentity;

const url = (path = '') => `/api/nominations/${nominationId}/dossier${path}`;
const upload = (as: Session, kind: string, payload: Buffer | Uint8Array, fileName?: string) =>
  t.req(as, { method: 'POST', url: url(`/documents/${kind}/scans${fileName === undefined ? '' : `?fileName=${encodeURIComponent(fileName)}`}`), headers: { 'content-type': 'application/octet-stream' }, payload: Buffer.from(payload) });
const meeting = {
  startsAt: '2021-04-19T01:00:00.000Z',
  endsAt: '2021-04-19T02:30:00.000Z',
  place: 'Hội trường UBND huyện Giồng Riềng',
  chair: 'Nguyễn Văn An',
  secretary: 'Trần Thị Bình',
  membersTotal: 5,
  membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
  tallies: [{ nomineeName: 'Thị trấn Giồng Riềng', agree: 4, disagree: 0 }],
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('bản quét báo cáo')]);
const dossierAudit = async () =>
  t.database.db.select().from(auditEvents).where(eq(auditEvents.entityType, 'dossier')).orderBy(auditEvents.at);

beforeAll(async () => {
  t = await createTestApp({ uploadLimitBytes: UPLOAD_LIMIT }, { now: () => now });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [secretariat, aggregatorGR, officerHD, admin] = await Promise.all(['secretariat', 'aggregatorGR', 'officerHD', 'admin'].map((n) => t.login(n)));
  const ttgr = (await t.unit('30904')).id;
  await makeEligibleUnit(db, { campaignId, unitId: ttgr });
  // The ranking published on Friday 16/4/2021: the 15 days end on Saturday 01/5, a holiday (Quốc tế Lao động),
  // so the deadline moves to the next working day (BLDS 2015 Điều 148).
  await db.update(parPublications).set({ decisionDate: '2021-04-16' }).where(eq(parPublications.year, 2020));
  const proposed = await t.req(aggregatorGR, { method: 'POST', url: `/api/campaigns/${campaignId}/nominations`, payload: { nomineeKind: 'unit', nomineeId: ttgr } });
  expect(proposed.statusCode, proposed.body).toBe(201);
  nominationId = proposed.json().id;
  root = await issueTestCertificate({ commonName: 'Test Root CA', organization: 'Ban Cơ yếu Chính phủ (thử)', notBefore: new Date('2019-01-01'), notAfter: new Date('2030-01-01'), isCa: true });
  signer = await issueTestCertificate({ commonName: 'Nguyễn Văn An', organization: 'UBND huyện Giồng Riềng', notBefore: new Date('2020-01-01'), notAfter: new Date('2023-01-01'), issuer: root });
  const ca = await t.req(admin, { method: 'POST', url: '/api/trusted-certificates', headers: { 'content-type': 'application/octet-stream' }, payload: root.pem });
  expect(ca.statusCode, ca.body).toBe(201);
}, 120_000);
afterAll(async () => t?.close());

describe('a commune nomination dossier, from draft to the secretariat', () => {
  it('opens as a draft with everything missing and the deadline from the ranking publication', async () => {
    const res = await t.req(aggregatorGR, { method: 'GET', url: url() });
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ id: null, status: 'draft', editable: true, canEdit: true, canAppraise: false, nomineeName: 'Thị trấn Giồng Riềng' });
    expect(d.checklist.complete).toBe(false);
    expect(d.checklist.items.filter((i: { done: boolean }) => !i.done)).toHaveLength(4);
    expect(d.deadline).toMatchObject({ startDate: '2021-04-16', lastDay: '2021-05-01', shifted: true });
    expect(d.deadline.basis.join(' ')).toContain('Điểm c, Khoản 3, Mục II');
  });

  it('is invisible to another district’s commune (404) for reading, drafting and uploading', async () => {
    expect((await t.req(officerHD, { method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await t.req(officerHD, { method: 'GET', url: url('/documents/council_minutes') })).statusCode).toBe(404);
    expect((await upload(officerHD, 'submission_letter', buildUnsignedTestPdf())).statusCode).toBe(404);
  });

  it('refuses a council meeting without its quorum, naming the field and the rule, and records a valid one', async () => {
    const short = await t.req(aggregatorGR, { method: 'PUT', url: url('/council-meeting'), payload: { ...meeting, membersPresent: meeting.membersPresent.slice(0, 3), tallies: [{ nomineeName: 'Thị trấn Giồng Riềng', agree: 3, disagree: 0 }] } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([{ path: 'membersPresent', message: expect.stringContaining('cần ít nhất 4 (80% tổng số thành viên): không đủ') }]);
    const ok = await t.req(aggregatorGR, { method: 'PUT', url: url('/council-meeting'), payload: meeting });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().councilMeetingCheck.tallies[0]).toMatchObject({ approved: true });
    expect(ok.json().checklist.items[0]).toMatchObject({ code: 'councilMeeting', done: true });
  });

  it('drafts the three documents as DOCX from the records', async () => {
    const expectations = {
      submission_letter: ['TỜ TRÌNH', 'ỦY BAN NHÂN DÂN HUYỆN GIỒNG RIỀNG', 'Ủy ban nhân dân thị trấn Giồng Riềng', 'Quyết định số 1234/QĐ-UBND ngày 16/4/2021'],
      council_minutes: ['BIÊN BẢN', 'Hội trường UBND huyện Giồng Riềng', '4/5 thành viên', 'Đề nghị khen thưởng', 'Trần Thị Bình'],
      achievement_report: ['BÁO CÁO THÀNH TÍCH', 'ỦY BAN NHÂN DÂN THỊ TRẤN GIỒNG RIỀNG', 'Kế hoạch số 34/KH-UBND'],
    };
    for (const [kind, texts] of Object.entries(expectations)) {
      const res = await t.req(aggregatorGR, { method: 'GET', url: url(`/documents/${kind}`) });
      expect(res.statusCode, kind).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      const text = await docxText(res.rawPayload);
      for (const e of texts) expect(text, kind).toContain(e);
    }
  });

  it('refuses an .exe renamed .pdf, an oversized file, a path-traversal name and an empty file, storing nothing', async () => {
    const files = (await t.database.db.select({ n: count() }).from(storedFiles))[0].n;
    const exe = await upload(aggregatorGR, 'submission_letter', Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(100)]), 'to-trinh.pdf');
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields[0]).toMatchObject({ path: 'file', message: expect.stringContaining('không phải PDF') });
    const big = await upload(aggregatorGR, 'submission_letter', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(UPLOAD_LIMIT)]), 'to-trinh.pdf');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields[0].path).toBe('file');
    const traversal = await upload(aggregatorGR, 'submission_letter', buildUnsignedTestPdf(), '../../etc/passwd.pdf');
    expect(traversal.statusCode).toBe(400);
    expect(traversal.json().error.fields[0].path).toBe('fileName');
    const empty = await upload(aggregatorGR, 'submission_letter', Buffer.alloc(0), 'to-trinh.pdf');
    expect(empty.statusCode).toBe(400);
    expect((await t.database.db.select({ n: count() }).from(storedFiles))[0].n).toBe(files);
    expect(await t.database.db.select().from(dossierScans)).toEqual([]);
    expect(await t.database.db.select().from(attachments).where(eq(attachments.entityType, 'dossier'))).toEqual([]);
  });

  it('verifies a ký số signed PDF and shows signer and result on the dossier and in its audit row; keeps every version', async () => {
    const signed = Buffer.from(await signTestPdf({ signer, chain: [root], signingTime: new Date('2021-04-19T08:00:00Z') }));
    const first = await upload(aggregatorGR, 'submission_letter', buildUnsignedTestPdf(), 'Tờ trình.pdf');
    expect(first.statusCode, first.body).toBe(201);
    const res = await upload(aggregatorGR, 'submission_letter', signed, 'Tờ trình ký số.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const versions = res.json().documents.find((d: { kind: string }) => d.kind === 'submission_letter').scans;
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ fileName: 'Tờ trình ký số.pdf', signatureStatus: 'valid', signatureReport: { status: 'signed', allValid: true } });
    expect(versions[0].signatureReport.signatures[0]).toMatchObject({ signerName: 'Nguyễn Văn An', signerOrganization: 'UBND huyện Giồng Riềng', status: 'valid' });
    expect(versions[1]).toMatchObject({ signatureStatus: 'none' });
    const audit = (await dossierAudit()).filter((a) => a.action === 'dossier.scan.upload').at(-1)!;
    expect(audit.after).toMatchObject({ signatureStatus: 'valid', signatures: [{ status: 'valid', signer: 'Nguyễn Văn An', organization: 'UBND huyện Giồng Riềng' }] });
    const download = await t.req(aggregatorGR, { method: 'GET', url: url(`/scans/${versions[0].id}`) });
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, signed)).toBe(0);
    expect((await t.req(officerHD, { method: 'GET', url: url(`/scans/${versions[0].id}`) })).statusCode).toBe(404);
  });

  it('refuses submission one millisecond after the deadline, naming it and its basis; accepts it at the last instant', async () => {
    expect((await upload(aggregatorGR, 'council_minutes', buildUnsignedTestPdf('Bien ban hop'), 'Biên bản.pdf')).statusCode).toBe(201);
    const incomplete = await t.req(aggregatorGR, { method: 'POST', url: url('/submit') });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().error.message).toContain('Chưa tải lên bản ký, đóng dấu của Báo cáo thành tích');
    expect((await upload(aggregatorGR, 'achievement_report', PNG, 'Báo cáo.pdf')).json().documents[2].scans[0]).toMatchObject({ fileName: 'Báo cáo.png', mimeType: 'image/png' });

    const d = (await t.req(aggregatorGR, { method: 'GET', url: url() })).json();
    expect(d.checklist.complete).toBe(true);
    const deadline = new Date(d.deadline.deadlineInstant);
    expect(d.deadline.deadlineDay).not.toBe('2021-05-01');
    now = new Date(deadline.getTime() + 1);
    const late = await t.req(aggregatorGR, { method: 'POST', url: url('/submit') });
    expect(late.statusCode).toBe(409);
    const [y, m, day] = d.deadline.deadlineDay.split('-');
    expect(late.json().error.message).toContain(`hạn cuối là hết ngày ${day}/${m}/${y}`);
    expect(late.json().error.message).toContain('Điểm c, Khoản 3, Mục II');
    now = deadline;
    const onTime = await t.req(aggregatorGR, { method: 'POST', url: url('/submit') });
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(onTime.json()).toMatchObject({ status: 'submitted', editable: false, canEdit: false, submittedAt: deadline.toISOString() });
  });

  it('puts it in the secretariat’s queue; the unit can no longer change it', async () => {
    const queue = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/dossiers` });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items).toEqual([expect.objectContaining({ nominationId, nomineeName: 'Thị trấn Giồng Riềng', proposingUnitName: 'Huyện Giồng Riềng', status: 'submitted' })]);
    expect((await t.req(aggregatorGR, { method: 'GET', url: `/api/campaigns/${campaignId}/dossiers` })).statusCode).toBe(403);
    const edit = await t.req(aggregatorGR, { method: 'PUT', url: url('/council-meeting'), payload: meeting });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toContain('không sửa được cho đến khi Sở Nội vụ trả lại');
    expect((await upload(aggregatorGR, 'council_minutes', buildUnsignedTestPdf())).statusCode).toBe(409);
    expect((await t.req(aggregatorGR, { method: 'POST', url: url('/submit') })).statusCode).toBe(409);
  });

  it('is returned by Sở Nội vụ only, with a reason, and is then editable again', async () => {
    expect((await t.req(aggregatorGR, { method: 'POST', url: url('/return'), payload: { reason: 'Bổ sung' } })).statusCode).toBe(403);
    const res = await t.req(secretariat, { method: 'POST', url: url('/return'), payload: { reason: 'Biên bản thiếu chữ ký của thư ký' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'returned', editable: true, returnReason: 'Biên bản thiếu chữ ký của thư ký' });
    expect((await t.req(secretariat, { method: 'POST', url: url('/return'), payload: { reason: 'Lần nữa' } })).statusCode).toBe(409);
    const again = await upload(aggregatorGR, 'council_minutes', buildUnsignedTestPdf('Bien ban bo sung'), 'Biên bản bổ sung.pdf');
    expect(again.statusCode).toBe(201);
    expect(again.json().documents[1].scans).toHaveLength(2);
  });

  it('audits every change of the dossier', async () => {
    const actions = (await dossierAudit()).map((a) => a.action);
    expect(actions).toEqual(['dossier.councilMeeting.record', 'dossier.scan.upload', 'dossier.scan.upload', 'dossier.scan.upload', 'dossier.scan.upload', 'dossier.submit', 'dossier.return', 'dossier.scan.upload']);
    const [ret] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'dossier.return')));
    expect(ret.reason).toBe('Biên bản thiếu chữ ký của thư ký');
    // Every row links to the dossier page, which is addressed by the nomination.
    const paths = new Set((await dossierAudit()).map((a) => auditRecordPath(a)));
    expect([...paths]).toEqual([`/ho-so-khen-thuong/${ret.after && (ret.after as { nominationId: string }).nominationId}`]);
    expect((ret.after as { nominationId?: string }).nominationId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
