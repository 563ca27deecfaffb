import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { auditEvents, awardDecisionEntries, awardProposals, dossiers, notifications, people, publicNotices } from '../../../db/schema';
import { canonicalJson } from '../../../domain/awards/awardSnapshot';
import { docxText, pdfPages, pdfText } from '../../../documents/testing/extractText';
import { councilPassedDossier } from '../../kit/testing/awardFixtures';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const now = new Date('2021-05-20T03:00:00Z');
let t: TestApp;
let campaignId: string;
let secretariat: Session;
let approver: Session;
let officerTTGR: Session;
let officerHD: Session;
let ttgr: string;
let snv: string;
let personId: string;
let proposalId: string;
let decisionId: string;
/** The number of the decision that won the race of two secretaries (either may). */
let decisionNumber: string;
const dossierIds: string[] = [];
const NAMES = ['Thị trấn Giồng Riềng', 'Nguyễn Thị Hương', 'Đặng Văn Ưng'];
const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');
const decisionBody = { number: '1234/QĐ-UBND', decisionDate: '2021-05-20', signerName: 'Lê Thị Minh Phụng', signerPosition: 'Phó Chủ tịch' };

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  const db = t.database.db;
  campaignId = await kh34CampaignId(db);
  [secretariat, approver, officerTTGR, officerHD] = await Promise.all(['secretariat', 'approver', 'officerTTGR', 'officerHD'].map((n) => t.login(n)));
  ttgr = (await t.unit('30904')).id;
  snv = (await t.unit('SNV')).id;
  dossierIds.push((await councilPassedDossier(db, { campaignId, unitId: ttgr, proposingUnitId: (await t.unit('906')).id })).dossierId);
  const hương = await councilPassedDossier(db, { campaignId, unitId: snv, person: { fullName: 'Nguyễn Thị Hương', position: 'Trưởng phòng Cải cách hành chính' } });
  dossierIds.push(hương.dossierId);
  personId = hương.personId!;
  dossierIds.push((await councilPassedDossier(db, { campaignId, unitId: ttgr, person: { fullName: 'Đặng Văn Ưng', position: 'Công chức Văn phòng – Thống kê' } })).dossierId);
}, 120_000);
afterAll(async () => t?.close());

describe('the Tờ trình of Sở Nội vụ, from draft to approval', () => {
  it('lists the passed dossiers not yet in a Tờ trình; only the province reads it', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${campaignId}/award-proposals` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unlistedCount: 3, canCreate: true, items: [] });
    expect((await t.req(officerTTGR, { method: 'GET', url: `/api/campaigns/${campaignId}/award-proposals` })).statusCode).toBe(403);
  });

  it('refuses a Tờ trình from a unit officer or the approver (403)', async () => {
    expect((await t.req(officerTTGR, { method: 'POST', url: `/api/campaigns/${campaignId}/award-proposals`, payload: {} })).statusCode).toBe(403);
    expect((await t.req(approver, { method: 'POST', url: `/api/campaigns/${campaignId}/award-proposals`, payload: {} })).statusCode).toBe(403);
  });

  it('drafts it with every passed dossier (collective first)', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/award-proposals`, payload: {} });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    proposalId = p.id;
    expect(p).toMatchObject({ status: 'draft', canEdit: true, canSubmit: true, canApprove: false, snapshotSha256: null });
    expect(p.entries[0].name).toBe('Thị trấn Giồng Riềng');
    expect(new Set(p.entries.map((e: { name: string }) => e.name))).toEqual(new Set(NAMES));
    expect(p.entries[0].nomineeKind).toBe('unit');
    // Nothing left to list: a second Tờ trình is refused.
    const again = await t.req(secretariat, { method: 'POST', url: `/api/campaigns/${campaignId}/award-proposals`, payload: {} });
    expect(again.statusCode).toBe(409);
  });

  it('refuses to approve a draft and to record a decision before approval (409, with the clause)', async () => {
    const approve = await t.req(approver, { method: 'POST', url: `/api/award-proposals/${proposalId}/approve` });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.message).toContain('Khoản 3, Mục IV');
    const issue = await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/decision`, payload: decisionBody });
    expect(issue.statusCode).toBe(409);
    expect(issue.json().error.message).toContain('sau khi Tờ trình được phê duyệt');
  });

  it('will not submit without number, date and signer, naming each field', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/submit` });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['number', 'proposalDate', 'signerName', 'signerPosition']);
    const bad = await t.req(secretariat, { method: 'PUT', url: `/api/award-proposals/${proposalId}`, payload: { proposalDate: '2021-02-30' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Ngày Tờ trình');
  });

  it('records number, date and signer and drafts the DOCX with the list', async () => {
    const res = await t.req(secretariat, { method: 'PUT', url: `/api/award-proposals/${proposalId}`, payload: { number: '45/TTr-SNV', proposalDate: '2021-05-10', signerName: 'Trần Văn Nam', signerPosition: 'Giám đốc' } });
    expect(res.statusCode, res.body).toBe(200);
    const doc = await t.req(secretariat, { method: 'GET', url: `/api/award-proposals/${proposalId}/document` });
    expect(doc.statusCode).toBe(200);
    const text = await docxText(doc.rawPayload);
    expect(text).toContain('Số: 45/TTr-SNV');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang.');
    expect(text).toContain('01 tập thể và 02 cá nhân');
    for (const n of NAMES) expect(text).toContain(n);
  });

  it('is submitted, returned with a reason, submitted again and approved: the list frozen with its SHA-256', async () => {
    expect((await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/submit` })).json().status).toBe('submitted');
    expect((await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/approve` })).statusCode).toBe(403);
    const empty = await t.req(approver, { method: 'POST', url: `/api/award-proposals/${proposalId}/return`, payload: { reason: '  ' } });
    expect(empty.statusCode).toBe(400);
    const returned = await t.req(approver, { method: 'POST', url: `/api/award-proposals/${proposalId}/return`, payload: { reason: 'Bổ sung thành tích của cá nhân' } });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: 'Bổ sung thành tích của cá nhân' });
    expect((await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/submit` })).json().status).toBe('submitted');
    const approved = await t.req(approver, { method: 'POST', url: `/api/award-proposals/${proposalId}/approve` });
    expect(approved.statusCode, approved.body).toBe(200);
    const p = approved.json();
    expect(p).toMatchObject({ status: 'approved', canEdit: false, canApprove: false });
    expect(p.snapshotSha256).toMatch(/^[0-9a-f]{64}$/);
    const [row] = await t.database.db.select().from(awardProposals).where(eq(awardProposals.id, proposalId));
    expect(createHash('sha256').update(canonicalJson(row.snapshot)).digest('hex')).toBe(p.snapshotSha256);
    // Approving twice is refused.
    expect((await t.req(approver, { method: 'POST', url: `/api/award-proposals/${proposalId}/approve` })).statusCode).toBe(409);
  });

  it('keeps the approved list when a person is renamed afterwards', async () => {
    await t.database.db.update(people).set({ fullName: 'Nguyễn Thị Hương Lan' }).where(eq(people.id, personId));
    const p = (await t.req(secretariat, { method: 'GET', url: `/api/award-proposals/${proposalId}` })).json();
    expect(p.entries.map((e: { name: string }) => e.name)).toContain('Nguyễn Thị Hương');
    expect(p.entries.map((e: { name: string }) => e.name)).not.toContain('Nguyễn Thị Hương Lan');
  });
});

describe('the Quyết định khen thưởng', () => {
  it('refuses a unit officer (403) and a malformed number (400, naming the field)', async () => {
    expect((await t.req(officerTTGR, { method: 'POST', url: `/api/award-proposals/${proposalId}/decision`, payload: decisionBody })).statusCode).toBe(403);
    const bad = await t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/decision`, payload: { ...decisionBody, number: '1234' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('Số văn bản');
  });

  it('is recorded once when two secretaries record it at the same time: one wins, the other gets a 409', async () => {
    const [a, b] = await Promise.all([
      t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/decision`, payload: decisionBody }),
      t.req(secretariat, { method: 'POST', url: `/api/award-proposals/${proposalId}/decision`, payload: { ...decisionBody, number: '1235/QĐ-UBND' } }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const won = a.statusCode === 201 ? a : b;
    const lost = a.statusCode === 201 ? b : a;
    expect(lost.json().error.message).toMatch(/đã có Quyết định khen thưởng|đã khen thưởng|Hồ sơ/);
    const d = won.json();
    decisionId = d.id;
    decisionNumber = d.number;
    expect(['1234/QĐ-UBND', '1235/QĐ-UBND']).toContain(decisionNumber);
    expect(d).toMatchObject({ status: 'issued', canPublish: true, hashCheck: { matches: true } });
    expect(d.entries).toHaveLength(3);
    expect(await t.database.db.select().from(awardDecisionEntries)).toHaveLength(3);
    // Every dossier moved council_passed → awarded, each with its audit row in the same transaction.
    const statuses = await t.database.db.select({ status: dossiers.status }).from(dossiers);
    expect(statuses.filter((s) => s.status === 'awarded')).toHaveLength(3);
    const audits = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'dossier.award'));
    expect(audits.map((r) => r.entityId).sort()).toEqual([...dossierIds].sort());
    expect(await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'awardDecision.issue'))).toHaveLength(1);
  });

  it('copied the approved names: the person renamed after approval keeps the decided name', async () => {
    const d = (await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}` })).json();
    expect(d.entries.map((e: { name: string }) => e.name)).toContain('Nguyễn Thị Hương');
  });

  it('prints DOCX and PDF with exactly the awardees, diacritics intact', async () => {
    const docx = await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}/document.docx` });
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('QUYẾT ĐỊNH:');
    expect(text).toContain('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10 tháng 5 năm 2021.');
    const annex = text.split('\n').filter((l) => /^(Thị trấn|Ông \(bà\))/.test(l));
    expect(annex).toHaveLength(3);
    for (const n of NAMES) expect(annex.some((l) => l.includes(n))).toBe(true);
    const pdf = await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}/document.pdf` });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pdfBody = nfc(await pdfText(pdf.rawPayload));
    for (const n of NAMES) expect(pdfBody).toContain(n);
    expect(pdfBody).not.toContain('Hương Lan');
  }, 60_000);

  it('prints one certificate per awardee in the batch, and one alone', async () => {
    const batch = await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}/certificates.pdf` });
    const pages = (await pdfPages(batch.rawPayload)).map(nfc);
    expect(pages).toHaveLength(3);
    // Each person on exactly one page; the collective's page is the first (its name is also the unit of a person).
    for (const n of NAMES.slice(1)) expect(pages.filter((p) => p.includes(n))).toHaveLength(1);
    expect(pages[0]).toContain('Thị trấn Giồng Riềng');
    expect(NAMES.slice(1).some((n) => pages[0].includes(n))).toBe(false);
    for (const p of pages) expect(p).toContain(`Quyết định số ${decisionNumber} ngày 20 tháng 5 năm 2021`);
    const d = (await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}` })).json();
    const one = await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}/certificates/${d.entries[0].id}` });
    expect((await pdfPages(one.rawPayload)).map(nfc)).toEqual([expect.stringContaining('Thị trấn Giồng Riềng')]);
  }, 60_000);

  it('is the province’s: a unit officer is refused (403)', async () => {
    expect((await t.req(officerTTGR, { method: 'GET', url: `/api/award-decisions/${decisionId}` })).statusCode).toBe(403);
  });

  it('is published once: a public notice with name, position and unit only, and a notice to each awardee’s unit', async () => {
    expect((await t.req(approver, { method: 'POST', url: `/api/award-decisions/${decisionId}/publish` })).statusCode).toBe(403);
    const res = await t.req(secretariat, { method: 'POST', url: `/api/award-decisions/${decisionId}/publish` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'published', canPublish: false });
    const [notice] = await t.database.db.select().from(publicNotices).where(eq(publicNotices.decisionId, decisionId));
    expect(notice.kind).toBe('decision');
    expect(notice.entries).toHaveLength(3);
    for (const e of notice.entries) expect(Object.keys(e).sort()).toEqual(['dossierId', 'name', 'nomineeKind', 'position', 'unitName']);
    const sent = await t.database.db.select().from(notifications).where(and(eq(notifications.kind, 'decision_published'), eq(notifications.dedupeKey, `decision:${decisionId}`)));
    expect(sent.map((n) => n.recipientUnitId).sort()).toEqual([snv, ttgr].sort());
    expect((await t.req(secretariat, { method: 'POST', url: `/api/award-decisions/${decisionId}/publish` })).statusCode).toBe(409);
  });

  it('finds a tampered entry row: the hash check reports a mismatch', async () => {
    await t.database.db.update(awardDecisionEntries).set({ nomineeName: 'Người Khác' }).where(eq(awardDecisionEntries.dossierId, dossierIds[1]));
    const d = (await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}` })).json();
    expect(d.hashCheck.matches).toBe(false);
    expect(d.hashCheck.recomputedSha256).not.toBe(d.snapshotSha256);
    expect(d.hashCheck.explanation).toContain('KHÔNG khớp');
    await t.database.db.update(awardDecisionEntries).set({ nomineeName: 'Nguyễn Thị Hương' }).where(eq(awardDecisionEntries.dossierId, dossierIds[1]));
    expect((await t.req(secretariat, { method: 'GET', url: `/api/award-decisions/${decisionId}` })).json().hashCheck.matches).toBe(true);
  });
});

describe('award history', () => {
  it('shows a unit its own awards and its people’s; another unit is out of scope (404); province roles see all', async () => {
    const own = await t.req(officerTTGR, { method: 'GET', url: `/api/org-units/${ttgr}/awards` });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.map((i: { name: string }) => i.name).sort()).toEqual(['Thị trấn Giồng Riềng', 'Đặng Văn Ưng'].sort());
    expect(own.json().items[0]).toMatchObject({ decisionNumber, campaignYear: 2020, published: true });
    expect((await t.req(officerTTGR, { method: 'GET', url: `/api/org-units/${snv}/awards` })).statusCode).toBe(404);
    expect((await t.req(officerHD, { method: 'GET', url: `/api/org-units/${ttgr}/awards` })).statusCode).toBe(404);
    expect((await t.req(approver, { method: 'GET', url: `/api/org-units/${snv}/awards` })).json().items).toHaveLength(1);
  });

  it('shows a person their awards', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: `/api/people/${personId}/awards` });
    expect(res.json().items).toEqual([expect.objectContaining({ name: 'Nguyễn Thị Hương', position: 'Trưởng phòng Cải cách hành chính', unitName: 'Sở Nội vụ' })]);
    expect((await t.req(officerTTGR, { method: 'GET', url: `/api/people/${personId}/awards` })).statusCode).toBe(404);
  });
});
