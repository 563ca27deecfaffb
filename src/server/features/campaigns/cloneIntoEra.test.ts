import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { orgUnits, users } from '../../../db/schema';
import { ERA_AG_2025 } from '../../../db/seed/orgTreeSeed';
import { hashPassword } from '../../kit/passwords';
import { createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../kit/testing/testApp';

/** This year's campaign (issue 9 §1): 34/KH-UBND (Kiên Giang 2020) cloned to 2026 runs on the two-tier An Giang tree. */
let t: TestApp;
let snv: Session;
let kh34Id: string;
let clock = new Date('2026-03-10T09:00:00+07:00');

/** An An Giang 2025 unit by code. */
async function agUnit(code: string) {
  const [u] = await t.database.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(and(eq(orgUnits.eraId, ERA_AG_2025), eq(orgUnits.code, code)));
  return u;
}

beforeAll(async () => {
  t = await createTestApp(undefined, { now: () => clock });
  snv = await t.login('secretariat');
  kh34Id = (await t.req(snv, { method: 'GET', url: '/api/campaigns' })).json().items.find((c: { planNumber: string }) => c.planNumber === '34/KH-UBND').id;
  // Accounts of Xã Giồng Riềng (An Giang, 30904): the two-tier successor of Thị trấn Giồng Riềng.
  const commune = await agUnit('30904');
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await t.database.db.insert(users).values([
    { username: 'officerxgr', fullName: 'Cán bộ Xã Giồng Riềng', role: 'unit_officer', orgUnitId: commune.id, passwordHash },
    { username: 'headxgr', fullName: 'Chủ tịch UBND Xã Giồng Riềng', role: 'unit_head', orgUnitId: commune.id, passwordHash },
  ]);
});
afterAll(async () => t?.close());

const clone = (payload: Record<string, unknown>) => t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/clone`, payload });

describe('cloning into the era in force in the new year', () => {
  let id2026: string;

  it('moves a 2026 copy to the two-tier An Giang era: issuer, participants, province-wide commune quota', async () => {
    const res = await clone({ year: 2026 });
    expect(res.statusCode, res.body).toBe(201);
    const { campaign, eraMove } = res.json();
    id2026 = campaign.id;
    expect(campaign.eraId).toBe('an-giang-2025');
    const d = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}` })).json().definition;
    expect([d.issuer, d.place, d.participants.collectiveKinds, d.quotas.communeQuotaScope, d.quotas.communesPerDistrict.limit, d.quotas.communesPerDistrictOverrides]).toEqual([
      'Ủy ban nhân dân tỉnh An Giang',
      'An Giang',
      ['department', 'commune', 'par_unit_province'],
      'province_wide',
      17,
      [],
    ]);
    expect(eraMove.unmappedUnits.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['906', '903']);
    // Giồng Riềng's communes now sit in 6 communes of An Giang (the lineage of its 19 communes).
    expect(eraMove.unmappedUnits[0].areaNowIn.map((u: { name: string }) => u.name)).toEqual(['Xã Giồng Riềng', 'Xã Hòa Hưng', 'Xã Hòa Thuận', 'Xã Long Thạnh', 'Xã Ngọc Chúc', 'Xã Thạnh Hưng']);
  });

  it('says it in the review list with labels, never field paths', async () => {
    const { warnings } = (await clone({ year: 2027 })).json() as { warnings: string[] };
    expect(warnings[0]).toContain('Tỉnh An Giang (chính quyền hai cấp)');
    expect(warnings.some((w) => w.startsWith('Chỉ tiêu xã mỗi huyện: từ 01/07/2025 không còn huyện'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('Chỉ tiêu xã riêng của huyện – Huyện Giồng Riềng (mã 906): không chuyển được'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('Bộ tiêu chuẩn xét Bằng khen:'))).toBe(true);
    expect(warnings.filter((w) => /\[\d+\]|\.text\b|^[a-z]+[A-Z]?\w*:/u.test(w))).toEqual([]);
  });

  it('keeps a 2021 copy on the Kiên Giang 2020 era, as it was', async () => {
    const res = await clone({ year: 2021 });
    const { campaign, eraMove } = res.json();
    const d = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${campaign.id}` })).json().definition;
    expect([campaign.eraId, eraMove, d.issuer, d.quotas.communesPerDistrictOverrides.length]).toEqual(['kien-giang-2020', null, 'Ủy ban nhân dân tỉnh Kiên Giang', 2]);
  });

  it('takes an era chosen explicitly, and a configured province-wide commune quota', async () => {
    const kept = (await clone({ year: 2028, eraId: 'kien-giang-2020' })).json();
    expect([kept.campaign.eraId, kept.eraMove]).toEqual(['kien-giang-2020', null]);
    const configured = (await clone({ year: 2029, communeQuotaLimit: 10 })).json();
    const d = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${configured.campaign.id}` })).json().definition;
    expect(d.quotas.communesPerDistrict.limit).toBe(10);
  });

  it('refuses an unknown era naming the field', async () => {
    const res = await clone({ year: 2030, eraId: 'khong-co' });
    expect([res.statusCode, res.json().error.fields[0].path]).toEqual([400, 'eraId']);
  });

  it('offers only the campaign era’s units in the unit list of the campaign', async () => {
    const res = await t.req(snv, { method: 'GET', url: `/api/org-units?campaignId=${id2026}&q=giong%20rieng` });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { eraId: string; name: string; kind: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((u) => u.eraId === 'an-giang-2025')).toBe(true);
    expect(items.map((u) => u.name)).toContain('Xã Giồng Riềng');
    expect(items.some((u) => u.kind === 'district')).toBe(false);
  });

  describe('downstream, on the two-tier campaign', () => {
    it('a commune of An Giang registers, its head sends it straight to Sở Nội vụ, which accepts it', async () => {
      // Issued: the văn thư's number, then registration opens.
      const definition = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}` })).json().definition;
      const issued = await t.req(snv, { method: 'PATCH', url: `/api/campaigns/${id2026}`, payload: { definition: { ...definition, planNumber: '12/KH-UBND' } } });
      expect(issued.statusCode, issued.body).toBe(200);
      const opened = await t.req(snv, { method: 'POST', url: `/api/campaigns/${id2026}/status`, payload: { status: 'registration_open' } });
      expect(opened.statusCode, opened.body).toBe(200);
      const kept = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}` })).json().definition;
      expect(kept.quotas.communeQuotaScope).toBe('province_wide');
      const officer = await t.login('officerxgr');
      const head = await t.login('headxgr');
      const detail = (await t.req(officer, { method: 'GET', url: `/api/campaigns/${id2026}` })).json();
      expect(detail.myUnits.map((u: { unitName: string }) => u.unitName)).toEqual(['Xã Giồng Riềng']);
      const created = await t.req(officer, {
        method: 'POST',
        url: `/api/campaigns/${id2026}/registrations`,
        payload: { orgUnitId: detail.myUnits[0].orgUnitId, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2026', individuals: [] },
      });
      expect(created.statusCode, created.body).toBe(201);
      const sent = await t.req(head, { method: 'POST', url: `/api/registrations/${created.json().id}/submit`, payload: { version: created.json().version } });
      expect(sent.statusCode, sent.body).toBeLessThan(300);
      // No district in between: the province's consolidation lists the commune's registration for Sở Nội vụ.
      const province = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}/consolidations/province` })).json();
      expect([province.districts, province.directCommunes.length, province.directCommunes[0]]).toEqual([
        [],
        102,
        expect.objectContaining({ name: 'Xã Giồng Riềng', status: 'submitted', registrationId: created.json().id }),
      ]);
      const accepted = await t.req(snv, { method: 'POST', url: `/api/registrations/${created.json().id}/review`, payload: { decision: 'accept' } });
      expect(accepted.statusCode, accepted.body).toBeLessThan(300);
    });

    it('accepts a 2026 PAR score for an An Giang commune', async () => {
      const unit = await agUnit('30904');
      const res = await t.req(snv, { method: 'PUT', url: `/api/par-results/2026/${unit.id}`, payload: { selfScore: 90, appraisedScore: 62.5, surveyScore: 28.75 } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().blockCode).toBe('commune');
    });

    it('refuses a 2026 PAR score for a Kiên Giang 2020 unit, saying why', async () => {
      const unit = await t.unit('30904');
      const res = await t.req(snv, { method: 'PUT', url: `/api/par-results/2026/${unit.id}`, payload: { selfScore: 90, appraisedScore: 62.5, surveyScore: 28.75 } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0]).toEqual({ path: 'orgUnitId', message: 'Đơn vị: không thuộc cây đơn vị áp dụng cho năm 2026' });
    });

    it('lets Sở Nội vụ record the province’s recognition of a two-tier commune (basis B), and no one record a Kiên Giang commune for it', async () => {
      const unit = await agUnit('30904');
      const res = await t.req(snv, { method: 'PUT', url: `/api/campaigns/${id2026}/recognitions/${unit.id}`, payload: { decisionReference: '15/QĐ-UBND', recognisedAt: '2026-12-15' } });
      expect(res.statusCode, res.body).toBe(200);
      const old = await t.req(snv, { method: 'PUT', url: `/api/campaigns/${id2026}/recognitions/${(await t.unit('30904')).id}`, payload: {} });
      expect(old.statusCode).toBe(400);
    });

    it('reaches the eligibility board', async () => {
      const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${id2026}/eligibility` });
      expect(res.statusCode, res.body).toBe(200);
      expect(JSON.stringify(res.json())).toContain('Xã Giồng Riềng');
      const commune = res.json().items.find((i: { orgUnit: { code: string } }) => i.orgUnit.code === '30904');
      // The copied criteria cite the new province's plan.
      expect(commune.result.preconditions[0].ref.source).toBe('Kế hoạch số 12/KH-UBND ngày 03/3/2026 của UBND tỉnh An Giang');
      // Basis B asks for the province's recognition: there is no district above the commune.
      const b = commune.result.bases.find((x: { basis: string }) => x.basis === 'B');
      expect([b.verdict, b.ref.clause]).toEqual(['unknown', 'Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III']);
      // Recognised by the province; the 2026 ranking is not published yet, so B waits for it.
      expect(b.explanation).toContain('Được UBND tỉnh (chính quyền hai cấp, không còn UBND cấp huyện) công nhận tiêu biểu xuất sắc nhất trong phong trào thi đua: có; đánh giá CCHC năm 2026: chưa có');
    });
  });
});
