import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents, parResults } from '../../../db/schema';
import { parseCsv, toCsv } from '../../../documents/tabular/csv';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { findPublishedResult } from './parResultQueries';

// 10/05/2021 10:00 in Vietnam: after the 2020 ranking was published on Friday 07/05/2021.
const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let secretariat: Session;
let officer: Session;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  await kh34CampaignId(t.database.db);
  secretariat = await t.login('secretariat');
  officer = await t.login('officerTTGR');
});
afterAll(async () => t?.close());

const put = async (code: string, body: Record<string, unknown>, year = 2020) =>
  t.req(secretariat, { method: 'PUT', url: `/api/par-results/${year}/${(await t.unit(code)).id}`, payload: { selfScore: null, ...body } });

async function tableSnapshot() {
  return (await t.database.db.execute(sql`select year, org_unit_id, block_code, appraised_score, survey_score, self_score from par_results order by year, org_unit_id`)).rows;
}

describe('PAR results: entry, ranking and classification', () => {
  it('ranks ties together and classifies at the thresholds (90 → xuất sắc, 89,99 → tốt, 80 → tốt, 79,99 → khá)', async () => {
    const entries: [string, number, number][] = [
      ['SNV', 72.5, 17.5], // 90
      ['STP', 70, 20], // 90: ties with SNV
      ['STC', 72.49, 17.5], // 89.99
      ['SCT', 65, 15], // 80
      ['SXD', 64.99, 15], // 79.99
    ];
    for (const [code, appraisedScore, surveyScore] of entries) {
      const res = await put(code, { appraisedScore, surveyScore });
      expect(res.statusCode, res.body).toBe(200);
    }
    const res = await t.req(secretariat, { method: 'GET', url: '/api/par-results', query: { year: '2020', blockCode: 'department' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.source).toBe('live');
    expect(body.items.map((i: { orgUnitCode: string; indexPercent: number; rank: number; classification: string }) => [i.orgUnitCode, i.indexPercent, i.rank, i.classification])).toEqual([
      ['SNV', 90, 1, 'excellent'],
      ['STP', 90, 1, 'excellent'],
      ['STC', 89.99, 3, 'good'],
      ['SCT', 80, 4, 'good'],
      ['SXD', 79.99, 5, 'fair'],
    ]);
  });

  it('puts a central agency in its own block on its own maximum (54 of 60 points = 90 %)', async () => {
    const res = await put('CUCTHUE', { appraisedScore: 40, surveyScore: 14 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ blockCode: 'centralAgency', maxPoints: 60, totalPoints: 54, indexPercent: 90, classification: 'excellent', rank: 1 });
  });

  it('keeps the self-assessment apart from the total', async () => {
    const res = await put('906', { selfScore: 95, appraisedScore: 71.47, surveyScore: 20 });
    expect(res.json()).toMatchObject({ selfScore: 95, totalPoints: 91.47, indexPercent: 91.47, classification: 'excellent', blockCode: 'district' });
  });

  it('refuses a total above the block maximum, naming the field, and saves nothing', async () => {
    const before = await tableSnapshot();
    const res = await put('SYT', { appraisedScore: 85, surveyScore: 20 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain('appraisedScore');
    expect(res.json().error.message).toMatch(/vượt điểm tối đa/);
    expect(await tableSnapshot()).toEqual(before);
  });

  it('refuses a unit kind without a block unless one is given', async () => {
    const res = await put('SNV-CCHC', { appraisedScore: 70, surveyScore: 20 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('blockCode');
  });

  it('shows other roles nothing of an unpublished year', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results', query: { year: '2020' } });
    expect(res.json()).toMatchObject({ source: 'none', items: [], total: 0 });
  });
});

describe('PAR results: import and export', () => {
  it('re-imports its own export unchanged (XLSX)', async () => {
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/par-results/export', query: { year: '2020', format: 'xlsx' } });
    expect(exported.statusCode).toBe(200);
    const res = await t.req(secretariat, {
      method: 'POST',
      url: '/api/par-results/import',
      query: { year: '2020', format: 'xlsx', dryRun: 'false' },
      headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
      payload: exported.rawPayload,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, total: 7, created: 0, updated: 0, unchanged: 7, errors: [] });
  });

  it('changes nothing when any row is bad, and lists each bad row and column', async () => {
    const before = await tableSnapshot();
    const csv = [
      'Năm,Mã đơn vị,Tên đơn vị,Điểm thẩm định,Điểm điều tra xã hội học',
      '2020,SYT,Sở Y tế,"70,5",18',
      '2020,KHONGCO,?,70,18',
      '2020,SGTVT,Sở Giao thông vận tải,bảy mươi,18',
      '2019,SDL,Sở Du lịch,70,18',
    ].join('\n');
    const res = await t.req(secretariat, { method: 'POST', url: '/api/par-results/import', query: { year: '2020', format: 'csv', dryRun: 'false' }, headers: { 'content-type': 'text/csv' }, payload: csv });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [3, 'Mã đơn vị'],
      [4, 'Điểm thẩm định'],
      [5, 'Năm'],
    ]);
    expect(await tableSnapshot()).toEqual(before);
  });

  it('imports an edited CSV export: a dry run first, then for real', async () => {
    const exported = await t.req(secretariat, { method: 'GET', url: '/api/par-results/export', query: { year: '2020', format: 'csv' } });
    const table = parseCsv(exported.body);
    table.push(['2020', 'SYT', 'Sở Y tế', '', '', '70,5', '18', '', '', '', '', '', '', '']);
    const payload = toCsv(table[0], table.slice(1));
    const send = (dryRun: string) =>
      t.req(secretariat, { method: 'POST', url: '/api/par-results/import', query: { year: '2020', format: 'csv', dryRun }, headers: { 'content-type': 'text/csv' }, payload });
    expect((await send('true')).json()).toMatchObject({ dryRun: true, ok: true, created: 1, unchanged: 7 });
    expect(await t.database.db.select().from(parResults).where(and(eq(parResults.year, 2020), eq(parResults.orgUnitId, (await t.unit('SYT')).id)))).toHaveLength(0);
    expect((await send('false')).json()).toMatchObject({ dryRun: false, ok: true, created: 1 });
    const list = await t.req(secretariat, { method: 'GET', url: '/api/par-results', query: { year: '2020', blockCode: 'department' } });
    expect(list.json().items.find((i: { orgUnitCode: string }) => i.orgUnitCode === 'SYT')).toMatchObject({ totalPoints: 88.5, classification: 'good' });
  });
});

describe('PAR results: publication and the dossier deadline', () => {
  it('refuses a decision date in the future, naming the field', async () => {
    const res = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '999/QĐ-UBND', decisionDate: '2021-06-01', signer: 'Chủ tịch UBND tỉnh' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('decisionDate');
  });

  it('freezes a snapshot and opens a 15-day window that ends on Monday when day 15 is a Saturday (Điều 148 BLDS)', async () => {
    const res = await t.req(secretariat, {
      method: 'POST',
      url: '/api/par-results/2020/publication',
      payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh Lê Thị Minh Phụng' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.resultCount).toBe(8);
    const [deadline] = body.dossierDeadlines;
    expect(deadline).toMatchObject({
      planNumber: '34/KH-UBND',
      days: 15,
      startDate: '2021-05-07',
      lastDay: '2021-05-22',
      deadlineDay: '2021-05-24',
      deadlineInstant: '2021-05-24T16:59:59.999Z',
      shifted: true,
      countdown: { overdue: false, days: 14, hours: 14, label: 'Còn 14 ngày 14 giờ' },
    });
    expect(deadline.basis.join(' ')).toMatch(/Điểm c, Khoản 3, Mục II/);
    expect(deadline.basis.join(' ')).toMatch(/22\/05\/2021 là ngày nghỉ cuối tuần \(Thứ Bảy\).*24\/05\/2021/);
    expect(deadline.refs.map((r: { clause: string }) => r.clause)).toContain('Khoản 5, Điều 148');
  });

  it('moves the year’s campaign to "ranking published" with the publication, audited in the same change', async () => {
    const campaign = (await t.req(secretariat, { method: 'GET', url: `/api/campaigns/${await kh34CampaignId(t.database.db)}` })).json();
    expect([campaign.status, campaign.statusLabel]).toEqual(['ranking_published', 'Đã công bố kết quả xếp hạng CCHC']);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, campaign.id), eq(auditEvents.action, 'campaign.status')));
    expect(audit.reason).toBe('Kết quả xếp hạng Chỉ số CCHC năm 2020 đã được công bố theo Quyết định số 1234/QĐ-UBND.');
    expect(audit.actorUserId).not.toBeNull();
  });

  it('shows the frozen ranking to every role and refuses later changes to the year', async () => {
    const seen = await t.req(officer, { method: 'GET', url: '/api/par-results', query: { year: '2020', blockCode: 'department' } });
    expect(seen.json().source).toBe('published');
    expect(seen.json().items.slice(0, 2).map((i: { rank: number }) => i.rank)).toEqual([1, 1]);
    const res = await put('SNV', { appraisedScore: 10, surveyScore: 10 });
    expect(res.statusCode).toBe(409);
    const again = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1/QĐ-UBND', decisionDate: '2021-05-08', signer: 'X' } });
    expect(again.statusCode).toBe(409);
  });

  it('reads the publication back with its basis and the countdown at the server clock', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results/2020/publication' });
    expect(res.statusCode).toBe(200);
    expect(res.json().publication).toMatchObject({ decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07' });
    expect(res.json().dossierDeadlines[0].countdown.label).toBe('Còn 14 ngày 14 giờ');
    expect((await t.req(officer, { method: 'GET', url: '/api/par-results/2030/publication' })).statusCode).toBe(404);
  });
});

describe('PAR results: history and charts', () => {
  it('has the real 2018 results (QĐ 1051/QĐ-UBND): 22 departments, 5 central agencies, 15 districts', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results', query: { year: '2018', pageSize: '500' } });
    const body = res.json();
    expect(body.source).toBe('published');
    expect(body.publication.decisionNumber).toBe('1051/QĐ-UBND');
    const count = (block: string) => body.items.filter((i: { blockCode: string }) => i.blockCode === block).length;
    expect([count('department'), count('centralAgency'), count('district')]).toEqual([22, 5, 15]);
    expect(body.items.find((i: { orgUnitCode: string }) => i.orgUnitCode === 'VPUBND')).toMatchObject({ totalPoints: 98, classification: 'excellent' });
    expect(body.items.find((i: { orgUnitCode: string }) => i.orgUnitCode === '906')).toMatchObject({ classification: 'good', rank: null });
  });

  it('pages a published ranking, whole or by block, as the snapshot reads in its order (paged by the database)', async () => {
    const [{ snapshot }] = (await t.database.db.execute(sql`select snapshot from par_publications where year = 2018`)).rows as { snapshot: { unitId: string; blockCode: string }[] }[];
    for (const blockCode of [undefined, 'department', 'centralAgency', 'district', 'commune']) {
      const expected = snapshot.filter((i) => !blockCode || i.blockCode === blockCode);
      for (let page = 1; page <= Math.ceil(expected.length / 10) + 1; page++) {
        const query = { year: '2018', page: String(page), pageSize: '10', ...(blockCode ? { blockCode } : {}) };
        const body = (await t.req(officer, { method: 'GET', url: '/api/par-results', query })).json();
        expect([body.source, body.total, body.items.map((i: { unitId: string }) => i.unitId)]).toEqual(['published', expected.length, expected.slice((page - 1) * 10, page * 10).map((i) => i.unitId)]);
      }
    }
  });

  it('reads one unit\'s published line and the size of its block inside the database, as the snapshot has them', async () => {
    const [{ snapshot }] = (await t.database.db.execute(sql`select snapshot from par_publications where year = 2018`)).rows as { snapshot: { unitId: string; blockCode: string }[] }[];
    for (const line of snapshot) {
      const found = await findPublishedResult(t.database.db, 2018, line.unitId);
      expect([found?.publication.decisionNumber, found?.item, found?.blockSize]).toEqual(['1051/QĐ-UBND', line, snapshot.filter((l) => l.blockCode === line.blockCode).length]);
    }
    const outside = await findPublishedResult(t.database.db, 2018, (await t.unit('30904')).id);
    expect([outside?.item, outside?.blockSize]).toEqual([null, 0]);
    expect(await findPublishedResult(t.database.db, 2031, snapshot[0].unitId)).toBeNull();
  });

  it('has Giồng Riềng 91,47 xuất sắc for 2019, with the published counts kept as a note', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results', query: { year: '2019' } });
    const [gr] = res.json().items;
    expect(gr).toMatchObject({ orgUnitCode: '906', totalPoints: 91.47, classification: 'excellent', rank: 1 });
    expect(gr.source).toMatch(/37 đơn vị — 19 xuất sắc, 13 tốt, 4 khá, 1 trung bình/);
  });

  it('gives the distribution by class per block', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results/charts/distribution', query: { year: '2018' } });
    const department = res.json().blocks.find((b: { blockCode: string }) => b.blockCode === 'department');
    expect(department.counts).toEqual({ excellent: 10, good: 8, fair: 3, average: 1, weak: 0 });
  });

  it('gives the year-on-year change per unit (Giồng Riềng: tốt in 2018 → xuất sắc in 2019)', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/par-results/charts/year-on-year', query: { year: '2019' } });
    const gr = res.json().items.find((i: { orgUnitName: string }) => i.orgUnitName === 'Huyện Giồng Riềng');
    expect(gr).toMatchObject({ presence: 'both', previousClassification: 'good', currentClassification: 'excellent', classificationChange: 'improved' });
  });

  it('gives the ranking per block', async () => {
    const res = await t.req(secretariat, { method: 'GET', url: '/api/par-results/charts/ranking', query: { year: '2020', blockCode: 'department' } });
    expect(res.json().blocks[0].items.slice(0, 3).map((i: { rank: number }) => i.rank)).toEqual([1, 1, 3]);
  });

  it('lists the versioned classification schemes', async () => {
    const res = await t.req(officer, { method: 'GET', url: '/api/classification-schemes' });
    expect(res.json().map((s: { id: string; validFrom: number }) => [s.id, s.validFrom])).toEqual([
      ['kien-giang-2017', 2017],
      ['kien-giang-2020', 2020],
    ]);
  });

  it('refuses a scheme with overlapping bands, naming the field', async () => {
    const res = await t.req(secretariat, {
      method: 'PUT',
      url: '/api/classification-schemes/thu-nghiem',
      payload: { name: 'Thử', validFrom: 2030, blocks: { department: { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 80 }, { classification: 'good', minPercent: 80 }, { classification: 'weak', minPercent: 0 }] } } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'blocks' });
    expect(res.json().error.fields[0].message).toMatch(/không chồng lấn/);
  });

  it('names a scheme’s own fields as the scheme’s, not a unit’s ("Tên phương án xếp loại", not "Tên đơn vị")', async () => {
    const blocks = { department: { maxPoints: 100, bands: [{ classification: 'excellent', minPercent: 90 }, { classification: 'weak', minPercent: 0 }] } };
    for (const [payload, path, label] of [
      [{ name: '   ', validFrom: 2030, blocks }, 'name', 'Tên phương án xếp loại'],
      [{ name: 12, validFrom: 2030, blocks }, 'name', 'Tên phương án xếp loại'],
      [{ name: 'Thử', validFrom: 1999, blocks }, 'validFrom', 'Năm áp dụng'],
    ] as const) {
      const res = await t.req(secretariat, { method: 'PUT', url: '/api/classification-schemes/thu-nghiem', payload });
      expect(res.statusCode, res.body).toBe(400);
      const field = res.json().error.fields.find((f: { path: string }) => f.path === path);
      expect(field.message.startsWith(`${label}:`), field.message).toBe(true);
      expect(res.json().error.message).not.toMatch(/Tên đơn vị|Hiệu lực từ/);
    }
    // Other routes keep their labels: a unit's name is still "Tên đơn vị".
    const unit = await t.req(await t.login('admin'), { method: 'PATCH', url: `/api/org-units/${(await t.unit('30904')).id}`, payload: { name: '' } });
    expect(unit.statusCode).toBe(400);
    expect(unit.json().error.fields[0].message).toMatch(/^Tên đơn vị/);
  });
});
