import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { runCli } from '../../../test/processes';
import { openDatabase, type Database, type Db } from '../client';
import { users } from '../schema';
import { ERA_KG_2020 } from '../seed/orgTreeSeed';
import { createTestDatabase, createTestDataDir } from '../test/testDatabase';
import { BACKUP_TABLES, createBackup, DERIVED_TABLES, restoreBackup, RestoreError, type Backup } from './backup';

const pgUrl = process.env.TEST_DATABASE_URL;
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

const rows = async <T>(db: Db, query: SQL) => (await db.execute(query)).rows as T[];
const urlOf = (database: Database) => (database.pool!.options as { connectionString: string }).connectionString;

/**
 * What a user saving a registration writes, in one transaction: a campaign, three people, their unit's
 * registration and its three individuals, all tagged. Returns the transaction id, to tell which snapshots see it.
 */
async function saveRegistration(db: Db, tag: string, unitId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [campaign] = await rows<{ id: string }>(
      tx as never,
      sql`insert into campaigns (year, plan_number, plan_date, era_id, definition) values (2020, ${tag}, '2020-03-01', ${ERA_KG_2020}, '{}'::jsonb) returning id`,
    );
    const people = await rows<{ id: string }>(
      tx as never,
      sql`insert into people (full_name, position, org_unit_id, search_text, sort_key)
          select 'Người ' || n, ${tag}, ${unitId}, 'nguoi ' || n, 'nguoi ' || n from generate_series(1, 3) n returning id`,
    );
    const [registration] = await rows<{ id: string }>(
      tx as never,
      sql`insert into registrations (campaign_id, org_unit_id, content) values (${campaign.id}, ${unitId}, ${tag}) returning id`,
    );
    for (const [i, person] of people.entries()) {
      await tx.execute(
        sql`insert into registration_individuals (registration_id, campaign_id, person_id, position, content, sort_order)
            values (${registration.id}, ${campaign.id}, ${person.id}, ${tag}, ${tag}, ${i})`,
      );
    }
    const [{ xid }] = await rows<{ xid: string }>(tx as never, sql`select pg_current_xact_id()::text as xid`);
    return xid;
  });
}

async function someUnitId(db: Db): Promise<string> {
  const [unit] = await rows<{ id: string }>(db, sql`select id from org_units where code = '906' limit 1`);
  return unit.id;
}

/** A backup whose first registration individual points at a person the file does not have. */
function withMissingPerson(backup: Backup): { broken: Backup; personId: string } {
  const broken = structuredClone(backup);
  const personId = broken.tables.registration_individuals[0].personId as string;
  broken.tables.people = broken.tables.people.filter((p) => p.id !== personId);
  return { broken, personId };
}

describe('backup and restore', () => {
  it('covers every table of the schema', async () => {
    const rows = (await source.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`)).rows as { table_name: string }[];
    expect(rows.map((r) => r.table_name).sort()).toEqual([...BACKUP_TABLES.map((t) => t.name), ...DERIVED_TABLES].sort());
  });

  it('restores into an empty database exactly what was backed up, timestamps to the microsecond', async () => {
    const [unit] = (await source.db.execute(sql`select id from org_units where code = '906' limit 1`)).rows as { id: string }[];
    await source.db.insert(users).values({ username: 'sao.luu', fullName: 'Sao Lưu', role: 'unit_officer', orgUnitId: unit.id, passwordHash: 'x' });
    // A JS Date would keep .123 of this.
    await source.db.execute(sql`update users set created_at = '2021-03-04 05:06:07.123456+07', password_changed_at = '2021-03-04 05:06:07.000001+07' where username = 'sao.luu'`);
    await saveRegistration(source.db, 'khứ hồi', unit.id);
    const backup = await createBackup(source.db);
    expect(backup.version).toBe(2);
    expect(backup.tables.users.find((u) => u.username === 'sao.luu')).toMatchObject({
      createdAt: '2021-03-03T22:06:07.123456Z',
      passwordChangedAt: '2021-03-03T22:06:07.000001Z',
    });
    const counts = await restoreBackup(target.db, JSON.parse(JSON.stringify(backup)));
    expect(counts.org_units).toBe(backup.tables.org_units.length);
    expect(counts.registration_individuals).toBeGreaterThanOrEqual(3);
    const again = await createBackup(target.db);
    expect(again.tables).toEqual(backup.tables);
    // Compared in the database, not only as text: every timestamp of every table came back exact.
    const [exact] = await rows<{ ok: boolean }>(
      target.db,
      sql`select created_at = '2021-03-04 05:06:07.123456+07' and password_changed_at = '2021-03-04 05:06:07.000001+07' as ok from users where username = 'sao.luu'`,
    );
    expect(exact.ok).toBe(true);
  });

  it('still restores a version 1 file (timestamps to the millisecond)', async () => {
    const backup = await createBackup(source.db);
    const v1: Backup = { ...structuredClone(backup), version: 1, snapshot: undefined };
    const user = v1.tables.users.find((u) => u.username === 'sao.luu')!;
    user.createdAt = '2021-03-03T22:06:07.123Z';
    await restoreBackup(target.db, v1, { replace: true });
    const [row] = await rows<{ ok: boolean }>(target.db, sql`select created_at = '2021-03-04 05:06:07.123+07' as ok from users where username = 'sao.luu'`);
    expect(row.ok).toBe(true);
  });

  it('refuses to restore over data unless told to replace it', async () => {
    const backup = await createBackup(source.db);
    await expect(restoreBackup(target.db, backup)).rejects.toThrow('Cơ sở dữ liệu đích không trống');
    await expect(restoreBackup(target.db, backup, { replace: true })).resolves.toMatchObject({ users: 1 });
  });

  it('refuses a file that is not a backup', async () => {
    await expect(restoreBackup(target.db, { hello: 1 } as never)).rejects.toThrow('không đúng định dạng');
    const backup = await createBackup(source.db);
    await expect(restoreBackup(target.db, { ...backup, tables: { ...backup.tables, bang_moi: [] } }, { replace: true })).rejects.toThrow('bang_moi');
  });

  it('leaves the database unchanged when a restore fails, and says which table, row and why in Vietnamese', async () => {
    const { broken, personId } = withMissingPerson(await createBackup(source.db));
    const before = await createBackup(target.db);
    expect(before.tables.users.length).toBeGreaterThan(0);

    const error = await restoreBackup(target.db, broken, { replace: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreError);
    const message = (error as RestoreError).message;
    expect(message).toContain('bảng registration_individuals, dòng 1');
    expect(message).toContain('vi phạm khóa ngoại registration_individuals_person_id_people_id_fk');
    expect(message).toContain(personId);
    expect(message).toContain('(mã 23503)');
    expect(message).toContain('Không có thay đổi nào được ghi');
    expect(message).not.toContain('Failed query');
    expect(error).toMatchObject({ table: 'registration_individuals', row: 1, code: '23503' });

    // The truncate of --replace and the tables restored before the failure were rolled back.
    const after = await createBackup(target.db);
    expect(after.tables).toEqual(before.tables);

    // Into an empty database: it stays empty.
    const empty = await createTestDatabase({ seed: false });
    try {
      await expect(restoreBackup(empty.db, broken)).rejects.toThrow('bảng registration_individuals');
      const [{ n }] = await rows<{ n: number }>(empty.db, sql`select (select count(*) from org_units) + (select count(*) from people) + (select count(*) from users) as n`);
      expect(Number(n)).toBe(0);
    } finally {
      await empty.close();
    }
  });
});

/**
 * The tester's finding: backups taken while users save registrations held individuals pointing at people
 * missing from the file. Here a writer keeps saving (on PostgreSQL through its own connection pool, on PGlite
 * through the one connection) while several backups are taken; each must restore into a fresh database and
 * hold exactly what its snapshot saw: the writer's transactions visible in it, each complete, and no other.
 */
describe('backups under concurrent writes', () => {
  it('restore, and each holds exactly the snapshot it claims', async () => {
    const unitId = await someUnitId(source.db);
    const writerPool = pgUrl ? new pg.Pool({ connectionString: urlOf(source), max: 2 }) : null;
    const writerDb = writerPool ? (drizzle(writerPool) as unknown as Db) : source.db;
    const committed: { tag: string; xid: string }[] = [];
    let stop = false;
    const writer = (async () => {
      for (let k = 0; !stop && k < 5000; k += 1) {
        const tag = `đồng thời ${k}`;
        committed.push({ tag, xid: await saveRegistration(writerDb, tag, unitId) });
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const backups: Backup[] = [];
    try {
      while (committed.length < 3) await new Promise((resolve) => setTimeout(resolve, 10));
      for (let i = 0; i < 4; i += 1) {
        backups.push(JSON.parse(JSON.stringify(await createBackup(source.db))));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    } finally {
      stop = true;
      await writer;
      await writerPool?.end();
    }
    expect(committed.length).toBeGreaterThan(3);

    for (const backup of backups) {
      // The writer's transactions this snapshot saw, asked of the database itself.
      const visible = new Set<string>();
      for (const { tag, xid } of committed) {
        const [{ v }] = await rows<{ v: boolean }>(source.db, sql`select pg_visible_in_snapshot(${xid}::xid8, ${backup.snapshot!}::pg_snapshot) as v`);
        if (v) visible.add(tag);
      }
      const tags = (name: string, key: string) =>
        backup.tables[name].map((r) => r[key] as string).filter((t) => t.startsWith('đồng thời'));
      const count = (list: string[]) => [...new Set(list)].sort().map((t) => [t, list.filter((x) => x === t).length]);
      const expected = [...visible].sort();
      expect(count(tags('campaigns', 'planNumber'))).toEqual(expected.map((t) => [t, 1]));
      expect(count(tags('people', 'position'))).toEqual(expected.map((t) => [t, 3]));
      expect(count(tags('registrations', 'content'))).toEqual(expected.map((t) => [t, 1]));
      expect(count(tags('registration_individuals', 'content'))).toEqual(expected.map((t) => [t, 3]));

      const fresh = await createTestDatabase({ seed: false });
      try {
        await restoreBackup(fresh.db, backup);
        const [orphans] = await rows<{ n: number }>(
          fresh.db,
          sql`select count(*)::int as n from registration_individuals ri
              where not exists (select 1 from people p where p.id = ri.person_id)
                 or not exists (select 1 from registrations r where r.id = ri.registration_id)`,
        );
        expect(orphans.n).toBe(0);
        const again = await createBackup(fresh.db);
        expect(again.tables).toEqual(backup.tables);
      } finally {
        await fresh.close();
      }
    }
  }, 300_000);
});

/**
 * The CLI as an operator runs it: `backup` and `restore` in their own processes, exit codes, and the Vietnamese
 * reason on stderr when a restore fails. On PGlite the data is in DATA_DIR folders; on PostgreSQL in fresh databases.
 */
describe('backup and restore from the command line', () => {
  const dirs: string[] = [];
  const opened: Database[] = [];
  afterAll(async () => {
    for (const d of opened) await d.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-backup-'));
    dirs.push(dir);
    return dir;
  };

  it('backs up, restores, and on a failed restore exits 1 with the cause and leaves the data as it was', async () => {
    const files = tempDir();
    let sourceEnv: NodeJS.ProcessEnv;
    let targetEnv: NodeJS.ProcessEnv;
    let targetDb: Database | undefined;
    if (pgUrl) {
      targetDb = await createTestDatabase({ seed: false });
      opened.push(targetDb);
      sourceEnv = { DATABASE_URL: urlOf(source) };
      targetEnv = { DATABASE_URL: urlOf(targetDb) };
    } else {
      // Both folders start as a first start leaves them (the target migrated and empty): a child that found none
      // would spend its time in initdb. Opening an existing folder is what an operator's backup and restore do.
      const sourceDir = tempDir();
      await createTestDataDir(sourceDir);
      const db = await openDatabase({ kind: 'pglite', dataDir: sourceDir });
      try {
        await saveRegistration(db.db, 'dòng lệnh', await someUnitId(db.db));
      } finally {
        await db.close();
      }
      const targetDir = tempDir();
      await createTestDataDir(targetDir, { seed: false });
      sourceEnv = { DATABASE_URL: '', DATA_DIR: sourceDir };
      targetEnv = { DATABASE_URL: '', DATA_DIR: targetDir };
    }
    const saved = path.join(files, 'sao-luu.json');
    const backup = await runCli(['backup', '--out', saved], sourceEnv);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('Đã sao lưu');
    const original = JSON.parse(fs.readFileSync(saved, 'utf8')) as Backup;
    expect(original.version).toBe(2);

    const restore = await runCli(['restore', '--in', saved], targetEnv);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('Đã khôi phục');

    const brokenFile = path.join(files, 'hong.json');
    const { broken, personId } = withMissingPerson(original);
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    const failed = await runCli(['restore', '--in', brokenFile, '--replace'], targetEnv);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Không khôi phục được: bảng registration_individuals');
    expect(failed.stderr).toContain('vi phạm khóa ngoại');
    expect(failed.stderr).toContain(personId);
    expect(failed.stderr).toContain('Không có thay đổi nào được ghi');
    expect(failed.stderr).not.toContain('Failed query');

    // What the target holds is still exactly the first restore: read in this process (the backup command already ran
    // as a process above), on the folder or database the failed restore left.
    const check = targetDb ?? (await openDatabase({ kind: 'pglite', dataDir: targetEnv.DATA_DIR! }));
    try {
      expect(JSON.parse(JSON.stringify(await createBackup(check.db))).tables).toEqual(original.tables);
    } finally {
      if (check !== targetDb) await check.close();
    }
  }, 300_000);
});
