import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditEvents, campaignRuleSetVersions, campaigns } from '../../../db/schema';
import { SEED_RULE_SET_NOTE } from '../../../db/seed/campaignSeed';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { kh34RuleSet } from '../../../domain/eligibility/kh34RuleSet';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

const NOW = new Date('2021-05-10T03:00:00Z');

let t: TestApp;
let snv: Session;
let officer: Session;
let kh34Id: string;

type State = {
  ruleSet: RuleSet | null;
  current: { version: number; createdAt: string; createdBy: { username: string; fullName: string } | null; note: string | null } | null;
  frozen: boolean;
  frozenReason: string | null;
  canEdit: boolean;
  templates: { id: string }[];
  screenPath: string;
};

const url = (id: string, rest = '') => `/api/campaigns/${id}/rule-set${rest}`;
const getState = async (id: string, as: Session = snv) => {
  const res = await t.req(as, { method: 'GET', url: url(id) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as State;
};
const put = (id: string, body: unknown, as: Session = snv) => t.req(as, { method: 'PUT', url: url(id), payload: body as never });
const versionsOf = async (id: string) => (await t.req(snv, { method: 'GET', url: url(id, '/versions') })).json().items as { version: number; note: string | null; current: boolean; changes: string[]; createdBy: { username: string } | null }[];
const counts = async () =>
  (
    await t.database.db.execute(
      sql`select (select count(*) from campaign_rule_set_versions)::int as v, (select count(*) from audit_events)::int as a, (select md5(coalesce(string_agg(rule_set::text, '|' order by id), '')) from campaigns) as r`,
    )
  ).rows[0];

/** A copy of `ruleSet` changed by `change`. */
function edited(ruleSet: RuleSet, change: (r: any) => void): RuleSet {
  const copy = structuredClone(ruleSet);
  change(copy);
  return copy;
}

async function newCampaign(year: number, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.req(snv, { method: 'POST', url: '/api/campaigns', payload: { eraId: 'kien-giang-2020', definition: { ...kh34Campaign, planNumber: `${year - 1985}/KH-UBND`, year }, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => NOW });
  snv = await t.login('secretariat');
  officer = await t.login('officerTTGR');
  kh34Id = await kh34CampaignId(t.database.db);
});
afterAll(async () => t?.close());

describe('reading the rule set', () => {
  it('gives the seeded 34/KH-UBND rule set as version 1 to anyone who reads eligibility, editable only by Sở Nội vụ', async () => {
    const state = await getState(kh34Id, officer);
    expect(state.ruleSet).toEqual(kh34RuleSet);
    expect(state.current).toMatchObject({ version: 1, createdBy: null, note: SEED_RULE_SET_NOTE });
    expect(state).toMatchObject({ frozen: false, frozenReason: null, canEdit: false, screenPath: `/thi-dua/${kh34Id}/bo-tieu-chuan` });
    expect(state.templates.map((x) => x.id)).toEqual(['kh34-2020']);
    expect((await getState(kh34Id)).canEdit).toBe(true);
    expect(state.ruleSet!.collective.bases[0]).toMatchObject({ basis: 'A', ref: { clause: 'Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III' } });
  });

  it('answers 404 for an unknown campaign and an unknown version', async () => {
    expect((await t.req(snv, { method: 'GET', url: url('00000000-0000-4000-8000-000000000000') })).statusCode).toBe(404);
    expect((await t.req(snv, { method: 'GET', url: url(kh34Id, '/versions/99') })).statusCode).toBe(404);
  });
});

describe('editing the rule set', () => {
  it('refuses an invalid rule set with Vietnamese errors naming the basis and the field, saving nothing', async () => {
    const before = await counts();
    const ruleSet = edited(kh34RuleSet, (r) => {
      r.collective.bases[1].criteria[0].classes = [];
      r.collective.bases[3].label = ' ';
    });
    const res = await put(kh34Id, { version: 1, ruleSet });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'ruleSet.collective.bases.3.label', message: 'Tiêu chuẩn “C2”: thiếu nội dung tiêu chuẩn.' },
      {
        path: 'ruleSet.collective.bases.1.criteria.0.classes',
        message: 'Điều kiện của tiêu chuẩn B “collective.B.recognisedExcellent”: phải có ít nhất một nhóm xếp hạng Chỉ số CCHC được chấp nhận.',
      },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a rule set for another year, and one that changes nothing', async () => {
    const other = await put(kh34Id, { version: 1, ruleSet: { ...kh34RuleSet, year: 2021 } });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0]).toMatchObject({ path: 'ruleSet.year', message: expect.stringContaining('phải là năm 2020 của đợt thi đua') });
    const same = await put(kh34Id, { version: 1, ruleSet: kh34RuleSet });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields[0]).toMatchObject({ path: 'ruleSet', message: 'Bộ tiêu chuẩn: không có thay đổi nào so với phiên bản 1' });
  });

  it('refuses a structurally broken body with a 400 naming the field, never a 500', async () => {
    const res = await put(kh34Id, { version: 1, ruleSet: { ...kh34RuleSet, collective: { preconditions: [], bases: [{ basis: 'A' }] } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.length).toBeGreaterThan(0);
  });

  it('is reserved to Sở Nội vụ', async () => {
    const res = await put(kh34Id, { version: 1, ruleSet: edited(kh34RuleSet, (r) => (r.collective.bases[0].criteria[0].classes = ['excellent', 'good'])) }, officer);
    expect(res.statusCode).toBe(403);
  });

  it('saves a changed threshold as version 2, with who, when and what changed, audited with before and after', async () => {
    const ruleSet = edited(kh34RuleSet, (r) => (r.collective.bases[0].criteria[0].classes = ['excellent', 'good']));
    const res = await put(kh34Id, { version: 1, ruleSet, note: 'Thử mở rộng tiêu chuẩn A sang nhóm tốt' });
    expect(res.statusCode, res.body).toBe(200);
    const state = res.json() as State;
    expect(state.current).toMatchObject({ version: 2, createdAt: NOW.toISOString(), createdBy: { username: 'secretariat' }, note: 'Thử mở rộng tiêu chuẩn A sang nhóm tốt' });
    expect(state.ruleSet!.collective.bases[0].criteria[0]).toMatchObject({ classes: ['excellent', 'good'] });

    const versions = await versionsOf(kh34Id);
    expect(versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(versions[0].changes).toEqual(['Tiêu chuẩn A, điều kiện “Xếp hạng Chỉ số CCHC trong nhóm xuất sắc”, nhóm xếp hạng: Xuất sắc → Xuất sắc, Tốt']);
    const v1 = (await t.req(officer, { method: 'GET', url: url(kh34Id, '/versions/1') })).json();
    expect(v1).toMatchObject({ version: 1, current: false, note: SEED_RULE_SET_NOTE });
    expect(v1.ruleSet).toEqual(kh34RuleSet);

    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'ruleSet.update')).orderBy(desc(auditEvents.at));
    expect(audit).toMatchObject({ entityType: 'ruleSet', entityId: kh34Id, actorUsername: 'secretariat' });
    expect(audit.before).toMatchObject({ campaignId: kh34Id, version: 1, ruleSet: kh34RuleSet });
    expect(audit.after).toMatchObject({ campaignId: kh34Id, version: 2, ruleSet, note: 'Thử mở rộng tiêu chuẩn A sang nhóm tốt' });
  });

  it('makes the eligibility board read the new version at once', async () => {
    const res = await t.req(snv, { method: 'GET', url: `/api/campaigns/${kh34Id}/eligibility` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ruleSetVersion).toBe(2);
  });

  it('refuses an edit of a version that is no longer current (409 naming the newer version), saving nothing', async () => {
    const before = await counts();
    const res = await put(kh34Id, { version: 1, ruleSet: edited(kh34RuleSet, (r) => (r.individual.conditions[2].minRating = 'outstanding')) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Bộ tiêu chuẩn đã có phiên bản 2 \(Người dùng secretariat, lúc 10\/05\/2021 10:00\) sau phiên bản 1 bạn đang sửa/);
    expect(res.json().error.fields[0].path).toBe('version');
    expect(await counts()).toEqual(before);
  });

  it('lets only one of two concurrent edits of the same version through', async () => {
    const current = (await getState(kh34Id)).ruleSet!;
    const a = edited(current, (r) => (r.individual.conditions[2].minRating = 'outstanding'));
    const b = edited(current, (r) => (r.collective.bases[2].criteria[0].minRating = 'outstanding'));
    const [ra, rb] = await Promise.all([put(kh34Id, { version: 2, ruleSet: a }), put(kh34Id, { version: 2, ruleSet: b })]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    expect((await versionsOf(kh34Id)).map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it('writes the version, the campaign and the audit row in one transaction: a failing audit write leaves nothing', async () => {
    const db = t.database.db;
    await db.execute(sql`create function thidua_test_refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`);
    await db.execute(sql`create trigger thidua_test_refuse_audit before insert on audit_events for each row when (new.action = 'ruleSet.update') execute function thidua_test_refuse_audit()`);
    try {
      const before = await counts();
      const current = await getState(kh34Id);
      const res = await put(kh34Id, { version: current.current!.version, ruleSet: edited(current.ruleSet!, (r) => (r.collective.bases[1].label = 'Xã tiêu biểu xuất sắc nhất')) });
      expect(res.statusCode).toBe(500);
      expect(await counts()).toEqual(before);
    } finally {
      await db.execute(sql`drop trigger thidua_test_refuse_audit on audit_events`);
      await db.execute(sql`drop function thidua_test_refuse_audit()`);
    }
  });
});

describe('a campaign without a rule set', () => {
  let id: string;
  beforeAll(async () => {
    id = await newCampaign(2021);
  });

  it('is created without one unless chosen, and eligibility and what-if answer 409 saying where to set it up', async () => {
    const state = await getState(id);
    expect(state).toMatchObject({ ruleSet: null, current: null, frozen: false, canEdit: true });
    const message = `Đợt thi đua chưa có bộ tiêu chuẩn xét khen thưởng; Sở Nội vụ cần thiết lập tại mục “Bộ tiêu chuẩn xét khen thưởng” của đợt thi đua (/thi-dua/${id}/bo-tieu-chuan) trước khi xét điều kiện.`;
    for (const req of [
      { method: 'GET' as const, url: `/api/campaigns/${id}/eligibility` },
      { method: 'GET' as const, url: `/api/campaigns/${id}/eligibility/export`, query: { format: 'csv' } },
      { method: 'POST' as const, url: `/api/campaigns/${id}/eligibility/what-if`, payload: { overrides: {} } },
    ]) {
      const res = await t.req(snv, req);
      expect(res.statusCode, req.url).toBe(409);
      expect(res.json().error.message).toBe(message);
    }
    expect(await versionsOf(id)).toEqual([]);
  });

  it('is set up from the 34/KH-UBND 2020 template as version 1, moved to its year', async () => {
    const stale = await t.req(snv, { method: 'POST', url: url(id, '/copy'), payload: { from: 'kh34-2020', version: 1 } });
    expect(stale.statusCode).toBe(409);
    const res = await t.req(snv, { method: 'POST', url: url(id, '/copy'), payload: { from: 'kh34-2020', version: 0 } });
    expect(res.statusCode, res.body).toBe(200);
    const state = res.json() as State;
    expect(state.current).toMatchObject({ version: 1, createdBy: { username: 'secretariat' } });
    expect(state.current!.note).toContain('Lập từ mẫu “34/KH-UBND 2020”, chuyển sang năm 2021');
    expect(state.ruleSet).toMatchObject({ year: 2021, id: 'kh34-2021-provincial-merit' });
    expect(state.ruleSet!.collective.bases[0].label).toBe('Được UBND tỉnh công bố xếp hạng Chỉ số CCHC trong nhóm xuất sắc năm 2021');
    expect(state.ruleSet!.collective.bases[0].ref.source).toBe('Kế hoạch số 36/KH-UBND ngày 03/3/2020 của UBND tỉnh Kiên Giang');
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'ruleSet.create'), eq(auditEvents.entityId, id)));
    expect(audit.after).toMatchObject({ campaignId: id, version: 1, ruleSetFrom: 'kh34-2020' });
    expect((await t.req(snv, { method: 'GET', url: `/api/campaigns/${id}/eligibility` })).statusCode).toBe(200);
  });

  it('refuses an unknown source, naming the field', async () => {
    const res = await t.req(snv, { method: 'POST', url: url(id, '/copy'), payload: { from: 'kh35-2021', version: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'from' });
  });
});

describe('choosing the rule set when a campaign is created', () => {
  it('takes the template, or another campaign’s current version, as version 1', async () => {
    const fromTemplate = await newCampaign(2022, { ruleSetFrom: 'kh34-2020' });
    expect((await getState(fromTemplate)).ruleSet).toMatchObject({ year: 2022 });
    const fromKh34 = await newCampaign(2023, { ruleSetFrom: kh34Id });
    const state = await getState(fromKh34);
    expect(state.current!.note).toMatch(/^Lấy từ bộ tiêu chuẩn phiên bản 3 của Kế hoạch số 34\/KH-UBND \(năm 2020\), chuyển sang năm 2023/);
    // The edited threshold of the source's version 2 came along.
    expect(state.ruleSet!.collective.bases[0].criteria[0]).toMatchObject({ classes: ['excellent', 'good'] });
    expect(state.ruleSet!.collective.bases[0].label).toContain('năm 2023');
  });

  it('refuses an unknown source or one without a rule set, naming ruleSetFrom, creating nothing', async () => {
    const [{ n: before }] = (await t.database.db.execute(sql`select count(*)::int as n from campaigns`)).rows as { n: number }[];
    const bare = await newCampaign(2024);
    for (const ruleSetFrom of ['mau-khac', '00000000-0000-4000-8000-000000000000', bare]) {
      const res = await t.req(snv, { method: 'POST', url: '/api/campaigns', payload: { eraId: 'kien-giang-2020', definition: { ...kh34Campaign, planNumber: '40/KH-UBND', year: 2025 }, ruleSetFrom } });
      expect(res.statusCode, ruleSetFrom).toBe(400);
      expect(res.json().error.fields[0].path).toBe('ruleSetFrom');
    }
    const [{ n: after }] = (await t.database.db.execute(sql`select count(*)::int as n from campaigns`)).rows as { n: number }[];
    expect(after).toBe(before + 1);
  });
});

describe('clone', () => {
  it('makes the copied rule set the clone’s version 1, with a note saying where it came from', async () => {
    // 2026 is in the An Giang era (two-tier, from 01/7/2025): the copy cites the new province's plan.
    const res = await t.req(snv, { method: 'POST', url: `/api/campaigns/${kh34Id}/clone`, payload: { year: 2026 } });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().campaign.id;
    expect(res.json().warnings.join(' ')).toContain('thành phiên bản 1');
    const versions = await versionsOf(id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, current: true, createdBy: { username: 'secretariat' } });
    expect(versions[0].note).toBe('Sao chép từ bộ tiêu chuẩn phiên bản 3 của Kế hoạch số 34/KH-UBND (năm 2020), chuyển sang năm 2026; cần rà soát theo kế hoạch năm 2026.');
    const state = await getState(id);
    expect(state.ruleSet).toMatchObject({ year: 2026 });
    expect(state.ruleSet!.collective.bases[0].ref.source).toBe('Kế hoạch số …/KH-UBND ngày 03/3/2026 của UBND tỉnh An Giang');

    // Once the văn thư numbers the plan, its rule set cites the number, as version 2.
    const detail = (await t.req(snv, { method: 'GET', url: `/api/campaigns/${id}` })).json();
    const patched = await t.req(snv, { method: 'PATCH', url: `/api/campaigns/${id}`, payload: { definition: { ...detail.definition, planNumber: '21/KH-UBND' } } });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = await getState(id);
    expect(after.current).toMatchObject({ version: 2 });
    expect(after.ruleSet!.collective.bases[0].ref.source).toBe('Kế hoạch số 21/KH-UBND ngày 03/3/2026 của UBND tỉnh An Giang');
  });
});

describe('after the ranking is published', () => {
  beforeAll(async () => {
    const unit = async (code: string) => (await t.unit(code)).id;
    const score = await t.req(snv, { method: 'PUT', url: `/api/par-results/2020/${await unit('SNV')}`, payload: { selfScore: null, appraisedScore: 72.5, surveyScore: 19 } });
    expect(score.statusCode, score.body).toBeLessThan(300);
    const res = await t.req(snv, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('is frozen: read-only with the publication named, edits and copies refused with 409, nothing saved', async () => {
    const state = await getState(kh34Id);
    expect(state).toMatchObject({ frozen: true, canEdit: false });
    expect(state.frozenReason).toBe(
      'Bộ tiêu chuẩn đã chốt: kết quả xếp hạng Chỉ số CCHC năm 2020 đã được công bố theo Quyết định số 1234/QĐ-UBND ngày 07/05/2021 (Phó Chủ tịch UBND tỉnh); không sửa bộ tiêu chuẩn sau khi công bố.',
    );
    const before = await counts();
    const version = state.current!.version;
    const res = await put(kh34Id, { version, ruleSet: edited(state.ruleSet!, (r) => (r.collective.bases[0].criteria[0].classes = ['excellent'])) });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('Quyết định số 1234/QĐ-UBND ngày 07/05/2021');
    const copy = await t.req(snv, { method: 'POST', url: url(kh34Id, '/copy'), payload: { from: 'kh34-2020', version } });
    expect(copy.statusCode).toBe(409);
    expect(await counts()).toEqual(before);
    // A later year's campaign is not frozen by the 2020 publication.
    const [later] = await t.database.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.year, 2021));
    expect((await getState(later.id)).frozen).toBe(false);
    // The stored versions are untouched.
    const rows = await t.database.db.select().from(campaignRuleSetVersions).where(eq(campaignRuleSetVersions.campaignId, kh34Id));
    expect(rows).toHaveLength(3);
  });
});

describe('structural errors', () => {
  it('names rule-set fields in Vietnamese', async () => {
    const res = await t.req(snv, { method: 'POST', url: url(kh34Id, '/copy'), payload: { from: '', version: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0]).toMatchObject({ path: 'from', message: expect.stringMatching(/^Bộ tiêu chuẩn lấy từ: /) });
    const bad = await put(kh34Id, { version: 1, ruleSet: { ...kh34RuleSet, collective: { ...kh34RuleSet.collective, bases: [{ ...kh34RuleSet.collective.bases[0], ref: { clause: 5, source: 'x' } }] } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'ruleSet.collective.bases.0.ref.clause', message: expect.stringMatching(/^Điều khoản \(mục 1\): /) });
  });
});
