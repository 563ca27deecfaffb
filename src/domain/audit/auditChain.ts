/**
 * The tamper-evident audit chain (issue 11, item 9): each audit row carries `hash` = SHA-256 of the previous row's
 * hash and the row's own content in a canonical JSON form, so editing, deleting or inserting a row anywhere breaks
 * the chain from that row on. Pure: the SHA-256 function is passed in (src/db/auditChain.ts gives node:crypto's).
 */

/** SHA-256 of a UTF-8 text, as 64 lowercase hex digits. */
export type Sha256 = (text: string) => string;

/**
 * Everything an audit row stores except its own hash. `at` is an ISO 8601 UTC instant with milliseconds
 * ("2026-12-01T15:30:00.123Z"): the writer stores exactly that instant, so PostgreSQL's microseconds are all zero
 * and the value reads back identical on PGlite and PostgreSQL.
 */
export type AuditChainContent = {
  id: string;
  at: string;
  actorUserId: string | null;
  actorUsername: string | null;
  actorUnitId: string | null;
  orgUnitId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
  userAgent: string | null;
  seq: number;
  prevHash: string;
};

/** The hash the first row of the chain links to (the chain head's initial `hash`). */
export const CHAIN_START_HASH = '';

/**
 * JSON with object keys sorted (by UTF-16 code units) at every depth and no whitespace: jsonb gives keys back in its
 * own order, so the hash must not depend on key order. `undefined` members are left out as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** The columns the hash covers: every column of audit_events except `hash` itself. */
const CONTENT_KEYS = [
  'id', 'at', 'actorUserId', 'actorUsername', 'actorUnitId', 'orgUnitId', 'action', 'entityType', 'entityId',
  'before', 'after', 'reason', 'ip', 'userAgent', 'seq', 'prevHash',
] as const satisfies readonly (keyof AuditChainContent)[];

/**
 * The row's hash: SHA-256 over its previous hash, a newline, and the canonical JSON of its content (exactly the
 * CONTENT_KEYS, whatever else the object carries, e.g. its stored hash).
 */
export function auditRowHash(row: AuditChainContent, sha256: Sha256): string {
  const content = Object.fromEntries(CONTENT_KEYS.map((k) => [k, row[k] ?? null]));
  return sha256(`${row.prevHash}\n${canonicalJson(content)}`);
}

/** A row as read back for verification (chained rows have seq and hash). */
export type StoredAuditRow = AuditChainContent & { hash: string };

/** Why a row does not match, in the order the check looks. */
export type AuditChainFault =
  /** A row (or several) is missing before this one: its seq is past the next expected number. */
  | 'missing_before'
  /** Its prev_hash is not the hash of the row before it (that row was edited with a recomputed hash, or replaced). */
  | 'link_broken'
  /** Its content or hash was changed: recomputing the hash gives another value. */
  | 'content_changed'
  /** The last rows of the chain are gone: the chain head is further on than the last row. */
  | 'tail_missing'
  /** A row without a place in the chain, written after the chain began (inserted straight into the database). */
  | 'outside_chain';

export type AuditChainFailure = {
  fault: AuditChainFault;
  /** The row that does not match; for 'tail_missing' the last row still there (null when none). */
  row: { seq: number | null; id: string; at: string; action: string } | null;
  /** The seq the check expected at that point. */
  expectedSeq: number;
};

/** Where a walk through the chain stands between pages. */
export type AuditChainWalk = { nextSeq: number; prevHash: string; checked: number; last: StoredAuditRow | null };

export const startAuditChainWalk = (): AuditChainWalk => ({ nextSeq: 1, prevHash: CHAIN_START_HASH, checked: 0, last: null });

function rowRef(row: StoredAuditRow) {
  return { seq: row.seq, id: row.id, at: row.at, action: row.action };
}

/**
 * Checks the next page of rows (in seq order, continuing `walk`). Returns the walk after the page, or the first row
 * that does not match.
 */
export function walkAuditChainPage(
  walk: AuditChainWalk,
  rows: readonly StoredAuditRow[],
  sha256: Sha256,
): { walk: AuditChainWalk; failure: AuditChainFailure | null } {
  let { nextSeq, prevHash, checked, last } = walk;
  for (const row of rows) {
    const fault: AuditChainFault | null =
      row.seq !== nextSeq ? 'missing_before' : row.prevHash !== prevHash ? 'link_broken' : auditRowHash(row, sha256) !== row.hash ? 'content_changed' : null;
    if (fault) return { walk: { nextSeq, prevHash, checked, last }, failure: { fault, row: rowRef(row), expectedSeq: nextSeq } };
    nextSeq += 1;
    prevHash = row.hash;
    checked += 1;
    last = row;
  }
  return { walk: { nextSeq, prevHash, checked, last }, failure: null };
}

/**
 * After the last page: the chain head (seq and hash of the last row written) must be where the walk ended, else rows
 * at the end were deleted (or the head was moved).
 */
export function finishAuditChainWalk(walk: AuditChainWalk, head: { seq: number; hash: string } | null): AuditChainFailure | null {
  const headSeq = head?.seq ?? 0;
  const headHash = head?.hash ?? CHAIN_START_HASH;
  if (headSeq === walk.nextSeq - 1 && headHash === walk.prevHash) return null;
  return { fault: 'tail_missing', row: walk.last ? rowRef(walk.last) : null, expectedSeq: walk.nextSeq };
}

/** What the check found, in Vietnamese, for the CLI and the admin page. */
export const AUDIT_CHAIN_FAULT_LABELS: Record<AuditChainFault, string> = {
  missing_before: 'thiếu dòng nhật ký ngay trước dòng này (có dòng đã bị xóa)',
  link_broken: 'mã băm của dòng trước không khớp với mã lưu ở dòng này (dòng trước đã bị sửa hoặc thay)',
  content_changed: 'nội dung hoặc mã băm của dòng đã bị sửa',
  tail_missing: 'các dòng cuối chuỗi đã bị xóa (đầu chuỗi ghi số thứ tự lớn hơn dòng cuối còn lại)',
  outside_chain: 'dòng ghi sau khi đã có chuỗi nhưng không nằm trong chuỗi (được chèn thẳng vào cơ sở dữ liệu)',
};

/** The whole answer of a verification. */
export type AuditChainReport = {
  ok: boolean;
  /** Chained rows that matched before the first failure (all of them when ok). */
  checked: number;
  /** Rows written before the chain existed ("trước khi có chuỗi"): not covered by the check. */
  beforeChain: number;
  failure: AuditChainFailure | null;
};

/** One line of Vietnamese for the CLI and the page. */
export function describeAuditChainReport(report: AuditChainReport, formatTime: (iso: string) => string): string {
  const before = report.beforeChain > 0 ? ` ${report.beforeChain} dòng trước khi có chuỗi không được kiểm.` : '';
  if (!report.failure) return `Chuỗi nhật ký nguyên vẹn: ${report.checked} dòng khớp.${before}`;
  const f = report.failure;
  const where = f.row
    ? `dòng số ${f.row.seq ?? '(không số)'} (mã ${f.row.id}, lúc ${formatTime(f.row.at)}, thao tác ${f.row.action})`
    : `dòng số ${f.expectedSeq}`;
  return `Chuỗi nhật ký bị phá tại ${where}: ${AUDIT_CHAIN_FAULT_LABELS[f.fault]}. ${report.checked} dòng trước đó khớp.${before}`;
}
