import { asc, getTableColumns, sql, type Table } from 'drizzle-orm';
import type { Db } from '../client';
import {
  attachments,
  attestations,
  auditEvents,
  campaigns,
  classificationSchemes,
  communeRecognitions,
  holidayCalendars,
  initiatives,
  loginAttempts,
  orgEras,
  orgUnitLineage,
  orgUnits,
  parPublications,
  parResults,
  people,
  ratings,
  registrationIndividuals,
  registrations,
  registrationSummaries,
  sessions,
  storedFiles,
  unitMeritCriteria,
  users,
} from '../schema';

/**
 * Tables in the order a restore must insert them (parents first). A later issue that adds a table
 * adds it here, and the backup test fails until it does (it compares with the database's own list).
 */
export const BACKUP_TABLES: { name: string; table: Table; orderBy?: unknown }[] = [
  { name: 'org_eras', table: orgEras },
  // Parents first; the id breaks ties so a backup of a restored database lists rows in the same order.
  { name: 'org_units', table: orgUnits, orderBy: [orgUnits.depth, orgUnits.id] },
  { name: 'org_unit_lineage', table: orgUnitLineage },
  { name: 'users', table: users },
  { name: 'sessions', table: sessions },
  { name: 'login_attempts', table: loginAttempts },
  { name: 'audit_events', table: auditEvents },
  { name: 'stored_files', table: storedFiles },
  { name: 'attachments', table: attachments },
  { name: 'campaigns', table: campaigns, orderBy: campaigns.createdAt },
  { name: 'people', table: people },
  { name: 'registrations', table: registrations },
  { name: 'registration_individuals', table: registrationIndividuals },
  { name: 'registration_summaries', table: registrationSummaries },
  { name: 'initiatives', table: initiatives },
  { name: 'classification_schemes', table: classificationSchemes },
  { name: 'par_results', table: parResults },
  { name: 'par_publications', table: parPublications },
  { name: 'ratings', table: ratings },
  { name: 'attestations', table: attestations },
  { name: 'commune_recognitions', table: communeRecognitions },
  { name: 'holiday_calendars', table: holidayCalendars },
  { name: 'unit_merit_criteria', table: unitMeritCriteria },
];

// Binary columns (uploaded files) travel as base64 in the JSON file.
const toJson = (_key: string, value: unknown) =>
  value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)
    ? { $base64: Buffer.from((value as { data: number[] }).data).toString('base64') }
    : value;

export type Backup = { format: 'thidua-cchc-backup'; version: 1; createdAt: string; tables: Record<string, Record<string, unknown>[]> };

/**
 * A logical backup of every table as JSON: the same file restores into PGlite or PostgreSQL, so it
 * also moves an installation from the embedded database to a server.
 */
export async function createBackup(db: Db): Promise<Backup> {
  const tables: Backup['tables'] = {};
  for (const { name, table, orderBy } of BACKUP_TABLES) {
    const query = db.select().from(table);
    const order = ([] as unknown[]).concat(orderBy ?? []).map((column) => asc(column as never));
    tables[name] = (await (order.length > 0 ? query.orderBy(...order) : query)) as Record<string, unknown>[];
  }
  return JSON.parse(JSON.stringify({ format: 'thidua-cchc-backup', version: 1, createdAt: new Date().toISOString(), tables }, toJson));
}

/**
 * Restores a backup into a migrated database whose tables are empty (or, with `replace`, empties them first).
 * One transaction: it all goes in, or nothing does.
 */
export async function restoreBackup(db: Db, backup: Backup, options: { replace?: boolean } = {}): Promise<Record<string, number>> {
  if (backup?.format !== 'thidua-cchc-backup' || backup.version !== 1) {
    throw new Error('Tệp sao lưu không đúng định dạng của ThiĐua CCHC.');
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    if (options.replace) {
      await tx.execute(sql.raw(`truncate ${BACKUP_TABLES.map((t) => t.name).join(', ')} cascade`));
    } else {
      for (const { name, table } of BACKUP_TABLES) {
        const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
        if (n > 0) throw new Error(`Cơ sở dữ liệu đích không trống (bảng ${name} có ${n} dòng). Dùng --replace để thay thế toàn bộ.`);
      }
    }
    for (const { name, table } of BACKUP_TABLES) {
      const rows = backup.tables[name] ?? [];
      const columns = Object.entries(getTableColumns(table));
      const timestamps = columns.filter(([, c]) => c.columnType === 'PgTimestamp').map(([k]) => k);
      const values = rows.map((r) => {
        const v: Record<string, unknown> = { ...r };
        for (const k of timestamps) if (typeof v[k] === 'string') v[k] = new Date(v[k] as string);
        for (const [k, x] of Object.entries(v)) {
          if (x && typeof x === 'object' && typeof (x as { $base64?: unknown }).$base64 === 'string') v[k] = Buffer.from((x as { $base64: string }).$base64, 'base64');
        }
        return v;
      });
      for (let i = 0; i < values.length; i += 500) await tx.insert(table).values(values.slice(i, i + 500) as never);
      counts[name] = values.length;
    }
  });
  return counts;
}
