import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { and, eq } from 'drizzle-orm';
import { DataDirLockedError } from '../db/dataDirLock';
import { createBackup, restoreBackup, type Backup } from '../db/backup/backup';
import { orgUnits, users } from '../db/schema';
import { ERA_KG_2020 } from '../db/seed/orgTreeSeed';
import { isRole, ROLES } from '../domain/access/roles';
import { orgUnitsToRows, ORG_UNIT_COLUMNS, type OrgUnitRow } from '../domain/orgUnits/orgUnitRows';
import { parseCsv, toCsv } from '../documents/tabular/csv';
import { parseXlsx, toXlsx } from '../documents/tabular/xlsx';
import { loadConfig } from '../server/config';
import { openDatabaseFromConfig } from '../server/openDatabaseFromConfig';
import { hashPassword } from '../server/kit/passwords';
import { generatePassword, passwordFieldErrors } from '../server/kit/passwordPolicy';
import { importOrgUnits } from '../server/features/orgUnits/importOrgUnits';
import { orgUnitsForExport } from '../server/features/orgUnits/orgUnitQueries';
import { writeAudit, type AuditContext } from '../server/kit/audit';
import { verifyAuditChain } from '../db/auditChain';
import { describeAuditChainReport } from '../domain/audit/auditChain';
import { formatVnDateTime } from '../domain/time/localDate';

const HELP = `ThiĐua CCHC — công cụ quản trị (dùng DATABASE_URL, hoặc PGlite trong DATA_DIR khi máy chủ đã dừng)

  npm run cli -- migrate                              áp dụng migration và nạp cây đơn vị (lần đầu)
  npm run cli -- create-user --username U --full-name "Họ tên" --role ROLE --unit-code MÃ [--era ERA] [--password P]
  npm run cli -- export-units --out FILE.xlsx|FILE.csv [--era ERA]
  npm run cli -- import-units --file FILE.xlsx|FILE.csv [--era ERA] [--apply]   (mặc định chỉ kiểm tra)
  npm run cli -- backup --out FILE.json
  npm run cli -- restore --in FILE.json [--replace]
  npm run cli -- audit:verify [--page-size N]         kiểm tra chuỗi nhật ký chống sửa (mã 1 nếu bị phá)

Vai trò: ${ROLES.join(', ')}`;

const CLI_ACTOR: AuditContext = { actorUserId: null, actorUsername: 'cli', actorUnitId: null, ip: null, userAgent: 'cli' };

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'help' || command === '--help') {
    console.log(HELP);
    return;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      'full-name': { type: 'string' },
      role: { type: 'string' },
      'unit-code': { type: 'string' },
      era: { type: 'string', default: ERA_KG_2020 },
      password: { type: 'string' },
      out: { type: 'string' },
      file: { type: 'string' },
      in: { type: 'string' },
      apply: { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      'page-size': { type: 'string', default: '500' },
    },
  });
  const known = ['migrate', 'create-user', 'export-units', 'import-units', 'backup', 'restore', 'audit:verify'];
  if (!known.includes(command)) fail(`Lệnh không hợp lệ: ${command}\n\n${HELP}`);

  const config = loadConfig();
  let database;
  try {
    // A restore goes into an empty database: don't load the seed tree first.
    database = await openDatabaseFromConfig(config, { seed: command !== 'restore' && command !== 'audit:verify' });
  } catch (err) {
    if (err instanceof DataDirLockedError) fail(err.message);
    throw err;
  }
  const db = database.db;
  try {
    switch (command) {
      case 'migrate':
        console.log(`Đã áp dụng migration và dữ liệu ban đầu (${database.kind}, ${database.location}).`);
        break;
      case 'create-user': {
        const { username, role, password } = values;
        const fullName = values['full-name'];
        const unitCode = values['unit-code'];
        if (!username || !fullName || !role || !unitCode) fail('Thiếu --username, --full-name, --role hoặc --unit-code.');
        if (!isRole(role)) fail(`Vai trò không hợp lệ: ${role}. Chọn một trong: ${ROLES.join(', ')}`);
        const [unit] = await db.select().from(orgUnits).where(and(eq(orgUnits.eraId, values.era!), eq(orgUnits.code, unitCode)));
        if (!unit) fail(`Không có đơn vị mã ${unitCode} trong thời kỳ ${values.era}.`);
        const account = { username: username.toLowerCase(), role };
        if (password) {
          const problems = await passwordFieldErrors('password', '--password', { ...account, password });
          if (problems.length > 0) fail(problems.map((p) => p.message).join('\n'));
        }
        const pw = password ?? (await generatePassword(() => randomBytes(9).toString('base64url'), account));
        await db.transaction(async (tx) => {
          const [created] = await tx
            .insert(users)
            .values({ username: username.toLowerCase(), fullName, role, orgUnitId: unit.id, passwordHash: await hashPassword(pw), mustChangePassword: !password })
            .onConflictDoNothing({ target: users.username })
            .returning({ id: users.id });
          if (!created) fail(`Tên đăng nhập ${username} đã được dùng.`);
          await writeAudit(tx, CLI_ACTOR, { action: 'user.create', entityType: 'user', entityId: created.id, orgUnitId: unit.id, after: { username, fullName, role, unitCode } });
        });
        console.log(`Đã tạo tài khoản ${username} (${role}) tại ${unit.name}.${password ? '' : ` Mật khẩu tạm: ${pw}`}`);
        break;
      }
      case 'export-units': {
        if (!values.out) fail('Thiếu --out FILE.xlsx|FILE.csv');
        const admin = { userId: 'cli', role: 'admin' as const, unitId: '', unitPath: '/' };
        const rows = (await orgUnitsForExport(db, admin, values.era)) as OrgUnitRow[];
        const { header, rows: cells } = orgUnitsToRows(rows);
        const data = values.out.endsWith('.csv') ? toCsv(header, cells) : await toXlsx('Đơn vị', header, cells, ORG_UNIT_COLUMNS.map((c) => c.width));
        fs.writeFileSync(values.out, data);
        console.log(`Đã xuất ${cells.length} đơn vị ra ${values.out}.`);
        break;
      }
      case 'import-units': {
        if (!values.file) fail('Thiếu --file FILE.xlsx|FILE.csv');
        const buffer = fs.readFileSync(values.file);
        const table = values.file.endsWith('.csv') ? parseCsv(buffer.toString('utf8')) : await parseXlsx(buffer);
        const result = await importOrgUnits(db, CLI_ACTOR, { eraId: values.era!, table, dryRun: !values.apply, asOf: new Date() });
        for (const e of result.errors) console.log(`Dòng ${e.row}, cột "${e.field}": ${e.message}`);
        console.log(
          `${result.dryRun ? 'Chạy thử' : 'Đã nhập'}: ${result.total} dòng — thêm ${result.created}, sửa ${result.updated}, không đổi ${result.unchanged}, lỗi ${result.errors.length}.`,
        );
        if (!result.ok) process.exitCode = 1;
        break;
      }
      case 'backup': {
        if (!values.out) fail('Thiếu --out FILE.json');
        // One consistent snapshot of every table; written whole or not at all (no half file if the disk fills).
        const backup = await createBackup(db);
        fs.writeFileSync(`${values.out}.tmp`, JSON.stringify(backup));
        fs.renameSync(`${values.out}.tmp`, values.out);
        const counts = Object.entries(backup.tables).map(([k, v]) => `${k}: ${v.length}`);
        console.log(`Đã sao lưu vào ${values.out} (${counts.join(', ')}).`);
        break;
      }
      case 'audit:verify': {
        const pageSize = Number(values['page-size']);
        if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 10_000) fail('--page-size phải là số nguyên từ 1 đến 10000.');
        // Reads the chain in seq order, one page at a time; exit code 1 names the first row that does not match.
        const report = await verifyAuditChain(db, pageSize);
        console.log(describeAuditChainReport(report, (iso) => `${formatVnDateTime(new Date(iso))} (${iso})`));
        if (!report.ok) process.exitCode = 1;
        break;
      }
      case 'restore': {
        if (!values.in) fail('Thiếu --in FILE.json');
        let backup: Backup;
        try {
          backup = JSON.parse(fs.readFileSync(values.in, 'utf8')) as Backup;
        } catch (err) {
          throw new Error(`Không đọc được tệp sao lưu ${values.in}: ${err instanceof Error ? err.message : String(err)}`);
        }
        // All or nothing; a RestoreError names the table, the row and the database's reason (printed below, exit 1).
        const counts = await restoreBackup(db, backup, { replace: values.replace });
        console.log(`Đã khôi phục: ${Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join(', ')}.`);
        break;
      }
    }
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
