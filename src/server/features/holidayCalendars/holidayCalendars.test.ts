import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';
import { kh34CampaignId } from '../../kit/testing/eligibilityFixtures';

let t: TestApp;
let secretariat: Session;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => new Date('2021-05-10T03:00:00Z') });
  await kh34CampaignId(t.database.db);
  secretariat = await t.login('secretariat');
});
afterAll(async () => t?.close());

describe('holiday calendars', () => {
  it('has the 2020 and 2021 calendars seeded, readable by anyone signed in', async () => {
    const res = await t.req(await t.login('officerTTGR'), { method: 'GET', url: '/api/holiday-calendars/2021' });
    expect(res.statusCode).toBe(200);
    expect(res.json().holidays).toContainEqual({ date: '2021-05-03', name: 'Nghỉ bù ngày Quốc tế Lao động' });
    const all = await t.req(await t.login('officerTTGR'), { method: 'GET', url: '/api/holiday-calendars' });
    expect(all.json().map((c: { year: number }) => c.year)).toEqual([2020, 2021]);
    expect((await t.req(secretariat, { method: 'GET', url: '/api/holiday-calendars/2030' })).statusCode).toBe(404);
  });

  it('refuses a calendar whose day is in another year or a make-up day on a weekday, naming the field', async () => {
    const res = await t.req(secretariat, {
      method: 'PUT',
      url: '/api/holiday-calendars/2022',
      payload: { holidays: [{ date: '2021-12-31', name: 'Tết Dương lịch' }], compensatoryWorkdays: [{ date: '2022-01-03', name: 'Làm bù' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['holidays', 'compensatoryWorkdays']);
    expect((await t.req(secretariat, { method: 'GET', url: '/api/holiday-calendars/2022' })).statusCode).toBe(404);
  });

  it('moves a dossier deadline when the secretariat adds a day off (the deadline is computed from the stored calendar)', async () => {
    const current = (await t.req(secretariat, { method: 'GET', url: '/api/holiday-calendars/2021' })).json();
    const res = await t.req(secretariat, {
      method: 'PUT',
      url: '/api/holiday-calendars/2021',
      payload: { holidays: [...current.holidays, { date: '2021-05-24', name: 'Ngày nghỉ thử nghiệm' }], source: 'Thử nghiệm' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const put = await t.req(secretariat, { method: 'PUT', url: `/api/par-results/2020/${(await t.unit('SNV')).id}`, payload: { selfScore: null, appraisedScore: 70, surveyScore: 20 } });
    expect(put.statusCode).toBe(200);
    const published = await t.req(secretariat, { method: 'POST', url: '/api/par-results/2020/publication', payload: { decisionNumber: '1234/QĐ-UBND', decisionDate: '2021-05-07', signer: 'Phó Chủ tịch UBND tỉnh' } });
    expect(published.json().dossierDeadlines[0]).toMatchObject({ lastDay: '2021-05-22', deadlineDay: '2021-05-25' });
  });
});
