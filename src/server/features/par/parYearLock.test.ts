import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestApp, type Session, type TestApp } from '../../kit/testing/testApp';

/**
 * Several app nodes on one PostgreSQL: a score saved while the year is being published must not slip past the
 * frozen snapshot. The year's advisory lock serialises them; here another connection holds it, publishes, and the
 * waiting score write is then refused. (PGlite runs one transaction at a time: nothing to race.)
 */
const url = process.env.TEST_DATABASE_URL;
let t: TestApp;
let secretariat: Session;

describe.skipIf(!url)('PAR year lock on PostgreSQL', () => {
  beforeAll(async () => {
    t = await createTestApp({}, { now: () => new Date('2021-05-10T09:00:00+07:00') });
    secretariat = await t.login('secretariat');
  });
  afterAll(async () => t?.close());

  it('makes a score write wait for a publication in progress, then refuses it', async () => {
    const dbUrl = (t.database.pool!.options as { connectionString: string }).connectionString;
    const other = new pg.Client({ connectionString: dbUrl });
    await other.connect();
    try {
      const unit = await t.unit('SNV');
      await other.query('begin');
      await other.query('select pg_advisory_xact_lock(727275, 2020)');
      let settled = false;
      const write = t
        .req(secretariat, { method: 'PUT', url: `/api/par-results/2020/${unit.id}`, payload: { selfScore: null, appraisedScore: 70, surveyScore: 20 } })
        .finally(() => (settled = true));
      await new Promise((r) => setTimeout(r, 400));
      expect(settled).toBe(false);
      // The other node publishes the year and commits.
      await other.query(
        `insert into par_publications (year, decision_number, decision_date, signer, scheme_id, snapshot)
         select 2020, '999/QĐ-UBND', '2021-05-07', 'Thử nghiệm', id, '[]'::jsonb from classification_schemes order by valid_from_year desc limit 1`,
      );
      await other.query('commit');
      const res = await write;
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain('đã công bố');
    } finally {
      await other.end();
    }
  });
});
