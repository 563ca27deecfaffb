import { asc, getTableColumns, sql, type Column, type SQL, type Table } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import {
  attachments,
  attestations,
  auditEvents,
  campaignRuleSetVersions,
  campaigns,
  classificationSchemes,
  communeRecognitions,
  holidayCalendars,
  initiatives,
  loginAttempts,
  loginThrottle,
  nominationQuotaLocks,
  nominations,
  orgEras,
  orgUnitLineage,
  orgUnits,
  communeParResults,
  districtParPublications,
  parPublications,
  parResults,
  parTaskConfirmations,
  people,
  ratings,
  registrationIndividuals,
  registrations,
  registrationSummaries,
  sessions,
  storedFiles,
  trustedCertificates,
  unitMeritCriteria,
  users,
} from '../schema';
import { dossierScans, dossiers } from '../schema';
import { collectiveSelections, notifications } from '../schema';
import { auditChainHead, awardDecisionEntries, awardDecisions, awardProposalEntries, awardProposals, backgroundJobs, councilMembers, councilSessionDossiers, councilSessions, councilVotes, dossierAppraisals, dossierVersions, evaluationReports, feedbackMessages, feedbackThreads, publicComments, publicNotices } from '../schema';

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
  { name: 'login_throttle', table: loginThrottle },
  { name: 'audit_events', table: auditEvents },
  { name: 'stored_files', table: storedFiles },
  { name: 'attachments', table: attachments },
  { name: 'trusted_certificates', table: trustedCertificates },
  // Sources before their clones (cloned_from_id); the id breaks ties, as for org_units.
  { name: 'campaigns', table: campaigns, orderBy: [campaigns.createdAt, campaigns.id] },
  { name: 'campaign_rule_set_versions', table: campaignRuleSetVersions, orderBy: [campaignRuleSetVersions.campaignId, campaignRuleSetVersions.version] },
  { name: 'people', table: people },
  { name: 'registrations', table: registrations },
  { name: 'registration_individuals', table: registrationIndividuals },
  { name: 'registration_summaries', table: registrationSummaries },
  { name: 'initiatives', table: initiatives },
  { name: 'classification_schemes', table: classificationSchemes },
  { name: 'par_results', table: parResults },
  { name: 'par_publications', table: parPublications },
  { name: 'commune_par_results', table: communeParResults },
  { name: 'district_par_publications', table: districtParPublications },
  { name: 'ratings', table: ratings },
  { name: 'attestations', table: attestations },
  { name: 'commune_recognitions', table: communeRecognitions },
  { name: 'par_task_confirmations', table: parTaskConfirmations },
  { name: 'holiday_calendars', table: holidayCalendars },
  { name: 'unit_merit_criteria', table: unitMeritCriteria },
  { name: 'nominations', table: nominations },
  { name: 'nomination_quota_locks', table: nominationQuotaLocks },
  { name: 'dossiers', table: dossiers },
  { name: 'dossier_scans', table: dossierScans },
  { name: 'collective_selections', table: collectiveSelections },
  { name: 'notifications', table: notifications },
  { name: 'audit_chain_head', table: auditChainHead },
  { name: 'dossier_versions', table: dossierVersions, orderBy: [dossierVersions.dossierId, dossierVersions.version] },
  { name: 'dossier_appraisals', table: dossierAppraisals, orderBy: [dossierAppraisals.dossierId, dossierAppraisals.version] },
  { name: 'council_sessions', table: councilSessions },
  { name: 'council_members', table: councilMembers },
  { name: 'council_session_dossiers', table: councilSessionDossiers },
  { name: 'council_votes', table: councilVotes },
  { name: 'award_proposals', table: awardProposals },
  { name: 'award_proposal_entries', table: awardProposalEntries },
  { name: 'award_decisions', table: awardDecisions },
  { name: 'award_decision_entries', table: awardDecisionEntries },
  { name: 'public_notices', table: publicNotices },
  { name: 'public_comments', table: publicComments },
  { name: 'feedback_threads', table: feedbackThreads },
  { name: 'feedback_messages', table: feedbackMessages },
  { name: 'evaluation_reports', table: evaluationReports },
  { name: 'background_jobs', table: backgroundJobs },
];

/**
 * Tables derived from the others, not backed up: the stored eligibility verdicts and their staleness marks. A restore
 * empties them (truncate … cascade, through their campaign foreign key) and its inserts mark every restored campaign
 * stale again (migration 0013's triggers), so the first read rebuilds them.
 */
export const DERIVED_TABLES = ['eligibility_verdicts', 'eligibility_stale'];

// Binary columns (uploaded files) travel as base64 in the JSON file.
const toJson = (_key: string, value: unknown) =>
  value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)
    ? { $base64: Buffer.from((value as { data: number[] }).data).toString('base64') }
    : value;

/** Version 2 writes timestamps to the microsecond and records the snapshot; version 1 files still restore. */
export const BACKUP_VERSION = 2;

export type Backup = {
  format: 'thidua-cchc-backup';
  version: 1 | 2;
  createdAt: string;
  /** Version 2: the PostgreSQL snapshot (pg_current_snapshot) every table was read in, e.g. "7841:7843:7841". */
  snapshot?: string;
  tables: Record<string, Record<string, unknown>[]>;
};

/** A restore that failed; nothing of it was written. The message says, in Vietnamese, where and why. */
export class RestoreError extends Error {
  constructor(
    message: string,
    readonly table?: string,
    /** 1-based row of the table in the backup file. */
    readonly row?: number,
    /** The database's SQLSTATE, e.g. 23503 for a foreign key. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'RestoreError';
  }
}

/** Timestamp columns, from the drizzle definitions: JS Dates would cut their microseconds, so they travel as text. */
function timestampColumns(table: Table): [string, Column][] {
  return Object.entries(getTableColumns(table)).filter(([, c]) => c.columnType === 'PgTimestamp' || c.columnType === 'PgTimestampString');
}

/**
 * A timestamp as ISO text to the microsecond, independent of the session's time zone and DateStyle:
 * "2021-03-03T22:06:07.123456Z" (with time zone, in UTC) or "2021-03-03T22:06:07.123456" (without). ±infinity as is.
 */
function timestampAsText(column: Column): SQL<string | null> {
  const withTimezone = (column as unknown as { withTimezone?: boolean }).withTimezone;
  const text = withTimezone
    ? sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
    : sql`to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
  return sql<string | null>`case when isfinite(${column}) then ${text} else ${column}::text end`;
}

/**
 * A logical backup of every table as JSON: the same file restores into PGlite or PostgreSQL, so it
 * also moves an installation from the embedded database to a server.
 *
 * Every table is read in one read-only REPEATABLE READ transaction, so the file is one consistent snapshot
 * even while users keep saving (on PostgreSQL other connections write meanwhile but the snapshot does not
 * see them; PGlite has one connection, and its transaction holds the others off until the backup is read).
 */
export async function createBackup(db: Db): Promise<Backup> {
  const { snapshot, tables } = await db.transaction(
    async (tx) => {
      // The first statement takes the transaction's snapshot; every later one reads in the same.
      const [first] = (await tx.execute(sql`select pg_current_snapshot()::text as snapshot`)).rows as { snapshot: string }[];
      const read: Backup['tables'] = {};
      for (const { name, table, orderBy } of BACKUP_TABLES) {
        const selection: Record<string, PgColumn | SQL> = { ...getTableColumns(table as PgTable) };
        for (const [key, column] of timestampColumns(table)) selection[key] = timestampAsText(column);
        const query = tx.select(selection).from(table);
        const order = ([] as unknown[]).concat(orderBy ?? []).map((column) => asc(column as never));
        read[name] = (await (order.length > 0 ? query.orderBy(...order) : query)) as Record<string, unknown>[];
      }
      return { snapshot: first.snapshot, tables: read };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const backup = { format: 'thidua-cchc-backup', version: BACKUP_VERSION, createdAt: new Date().toISOString(), snapshot, tables };
  return JSON.parse(JSON.stringify(backup, toJson));
}

type DbError = { code?: string; message?: string; detail?: string; constraint?: string; column?: string; table?: string };

/** The database's own error under drizzle's "Failed query: …" wrapper (its `.cause`), for its code and detail. */
function databaseError(err: unknown): DbError | null {
  for (let e = err as (DbError & { cause?: unknown }) | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth += 1) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
  }
  return null;
}

/** What went wrong, in Vietnamese, followed by the database's own message. */
function explain(err: unknown): { text: string; code?: string } {
  const e = databaseError(err);
  if (!e) return { text: `lỗi: ${err instanceof Error ? err.message : String(err)}` };
  const what: Record<string, string> = {
    '23503': `dòng tham chiếu tới một bản ghi không có trong tệp sao lưu (vi phạm khóa ngoại ${e.constraint ?? ''})`,
    '23505': `trùng khóa với một dòng đã có (vi phạm ràng buộc duy nhất ${e.constraint ?? ''})`,
    '23502': `thiếu giá trị bắt buộc ở cột ${e.column ?? ''}`,
    '23514': `vi phạm ràng buộc kiểm tra ${e.constraint ?? ''}`,
    '22P02': 'giá trị không đúng kiểu dữ liệu',
    '22007': 'thời điểm không đúng định dạng',
    '22008': 'thời điểm nằm ngoài phạm vi',
    '22003': 'số nằm ngoài phạm vi',
    '42703': 'cột không có trong cơ sở dữ liệu',
  };
  const reason = (what[e.code!] ?? 'lỗi cơ sở dữ liệu').replace(/ +\)/, ')');
  const said = [e.message, e.detail].filter(Boolean).join(' — ');
  return { text: `${reason}. Cơ sở dữ liệu báo: ${said} (mã ${e.code})`, code: e.code };
}

const UNCHANGED = 'Không có thay đổi nào được ghi vào cơ sở dữ liệu.';

/** The primary key of a backup row, to name it in an error: "id = …" or "a = …, b = …". */
function rowKey(table: Table, row: Record<string, unknown>): string {
  const columns = Object.entries(getTableColumns(table));
  let keys = columns.filter(([, c]) => c.primary).map(([k]) => k);
  if (keys.length === 0) {
    const pk = getTableConfig(table as PgTable).primaryKeys[0];
    keys = pk ? columns.filter(([, c]) => pk.columns.includes(c as never)).map(([k]) => k) : [];
  }
  return keys.map((k) => `${getTableColumns(table)[k].name} = ${String(row[k])}`).join(', ');
}

/** A backup row as insert values: timestamps cast from their text, base64 back to bytes. */
function toValues(table: Table, row: Record<string, unknown>): Record<string, unknown> {
  const v: Record<string, unknown> = { ...row };
  for (const [k, column] of timestampColumns(table)) {
    if (typeof v[k] === 'string') v[k] = sql`cast(${v[k]} as ${sql.raw(column.getSQLType())})`;
  }
  for (const [k, x] of Object.entries(v)) {
    if (x && typeof x === 'object' && typeof (x as { $base64?: unknown }).$base64 === 'string') v[k] = Buffer.from((x as { $base64: string }).$base64, 'base64');
  }
  return v;
}

/**
 * Restores a backup into a migrated database whose tables are empty (or, with `replace`, empties them first).
 * One transaction: it all goes in, or nothing does.
 * @throws RestoreError naming the table, the row and the database's reason; the database is then unchanged
 */
export async function restoreBackup(db: Db, backup: Backup, options: { replace?: boolean } = {}): Promise<Record<string, number>> {
  if (backup?.format !== 'thidua-cchc-backup' || (backup.version !== 1 && backup.version !== 2) || !backup.tables || typeof backup.tables !== 'object') {
    throw new RestoreError('Tệp sao lưu không đúng định dạng của ThiĐua CCHC.');
  }
  const known = new Set(BACKUP_TABLES.map((t) => t.name));
  const unknown = Object.keys(backup.tables).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new RestoreError(`Tệp sao lưu có bảng mà phiên bản này không biết: ${unknown.join(', ')} (tệp từ phiên bản mới hơn?). ${UNCHANGED}`);
  }
  for (const { name } of BACKUP_TABLES) {
    const rows = backup.tables[name];
    if (rows !== undefined && !Array.isArray(rows)) throw new RestoreError(`Tệp sao lưu không đúng định dạng: bảng ${name} không phải danh sách dòng.`, name);
  }
  const counts: Record<string, number> = {};
  try {
    await db.transaction(async (tx) => {
      if (options.replace) {
        await tx.execute(sql.raw(`truncate ${BACKUP_TABLES.map((t) => t.name).join(', ')} cascade`));
      } else {
        for (const { name, table } of BACKUP_TABLES) {
          const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(table);
          if (n > 0) throw new RestoreError(`Cơ sở dữ liệu đích không trống (bảng ${name} có ${n} dòng). Dùng --replace để thay thế toàn bộ.`, name);
        }
      }
      for (const { name, table } of BACKUP_TABLES) {
        const rows = backup.tables[name] ?? [];
        for (let i = 0; i < rows.length; i += 500) {
          const batch = rows.slice(i, i + 500);
          try {
            // A savepoint per batch, so a failed batch can be retried row by row to find the culprit.
            await tx.transaction(async (sp) => {
              await sp.insert(table).values(batch.map((r) => toValues(table, r)) as never);
            });
          } catch (batchError) {
            for (let j = 0; j < batch.length; j += 1) {
              try {
                await tx.transaction(async (sp) => {
                  await sp.insert(table).values(toValues(table, batch[j]) as never);
                });
              } catch (rowError) {
                const { text, code } = explain(rowError);
                const key = rowKey(table, batch[j]);
                throw new RestoreError(`Không khôi phục được: bảng ${name}, dòng ${i + j + 1}${key ? ` (${key})` : ''}: ${text}. ${UNCHANGED}`, name, i + j + 1, code);
              }
            }
            const { text, code } = explain(batchError);
            throw new RestoreError(`Không khôi phục được: bảng ${name}, dòng ${i + 1}–${i + batch.length}: ${text}. ${UNCHANGED}`, name, undefined, code);
          }
        }
        counts[name] = rows.length;
      }
    });
  } catch (err) {
    if (err instanceof RestoreError) throw err;
    const { text, code } = explain(err);
    throw new RestoreError(`Không khôi phục được: ${text}. ${UNCHANGED}`, undefined, undefined, code);
  }
  return counts;
}
