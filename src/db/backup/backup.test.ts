import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';
import { createTestDatabase } from '../test/testDatabase';
import { BACKUP_TABLES, createBackup, restoreBackup } from './backup';

let source: Database;
let target: Database;
beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase({ seed: false });
});
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('backup and restore', () => {
  it('covers every table of the schema', async () => {
    const rows = (await source.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)).rows as { table_name: string }[];
    expect(rows.map((r) => r.table_name).sort()).toEqual(BACKUP_TABLES.map((t) => t.name).sort());
  });

  it('restores into an empty database exactly what was backed up', async () => {
    const [unit] = (await source.db.execute(sql`select id from org_units where code = '906' limit 1`)).rows as { id: string }[];
    await source.db.insert(users).values({ username: 'sao.luu', fullName: 'Sao Lưu', role: 'unit_officer', orgUnitId: unit.id, passwordHash: 'x' });
    const backup = await createBackup(source.db);
    const counts = await restoreBackup(target.db, JSON.parse(JSON.stringify(backup)));
    expect(counts.org_units).toBe(backup.tables.org_units.length);
    const again = await createBackup(target.db);
    expect(again.tables).toEqual(backup.tables);
  });

  it('refuses to restore over data unless told to replace it', async () => {
    const backup = await createBackup(source.db);
    await expect(restoreBackup(target.db, backup)).rejects.toThrow('Cơ sở dữ liệu đích không trống');
    await expect(restoreBackup(target.db, backup, { replace: true })).resolves.toMatchObject({ users: 1 });
  });

  it('refuses a file that is not a backup', async () => {
    await expect(restoreBackup(target.db, { hello: 1 } as never)).rejects.toThrow('không đúng định dạng');
  });
});
