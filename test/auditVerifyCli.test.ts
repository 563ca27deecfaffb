import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';
import { runCli } from './processes';

/**
 * `npm run cli -- audit:verify` as a real process on a PGlite data folder: the seeded chain verifies (exit 0); after a
 * row is edited straight in the database, it names that row and exits 1. Skipped on PostgreSQL (the server test
 * src/server/features/audit/auditChain.test.ts covers both databases).
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-audit-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('audit:verify', () => {
  it('says the chain holds, then names the edited row and exits 1', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const ok = await runCli(['audit:verify', '--page-size', '2'], env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Chuỗi nhật ký nguyên vẹn: [1-9]\d* dòng khớp\./);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await database.db.execute(sql`update audit_events set after = '{"sửa":"lén"}'::jsonb where seq = 2`);
    } finally {
      await database.close();
    }
    const broken = await runCli(['audit:verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('Chuỗi nhật ký bị phá tại dòng số 2');
    expect(broken.stdout).toContain('nội dung hoặc mã băm của dòng đã bị sửa');
    expect(broken.stdout).toContain('1 dòng trước đó khớp');
    // Three CLI processes (tsx, PGlite start-up): minutes on a loaded machine.
  }, 600_000);
});
