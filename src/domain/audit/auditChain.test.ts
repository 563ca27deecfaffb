import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  auditRowHash,
  canonicalJson,
  CHAIN_START_HASH,
  describeAuditChainReport,
  finishAuditChainWalk,
  startAuditChainWalk,
  walkAuditChainPage,
  type AuditChainContent,
  type StoredAuditRow,
} from './auditChain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function chain(n: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let prevHash = CHAIN_START_HASH;
  for (let i = 1; i <= n; i += 1) {
    const content: AuditChainContent = {
      id: `00000000-0000-4000-8000-00000000000${i}`,
      at: `2026-12-01T08:00:0${i}.123Z`,
      actorUserId: null,
      actorUsername: 'admin',
      actorUnitId: null,
      orgUnitId: null,
      action: 'orgUnit.update',
      entityType: 'orgUnit',
      entityId: `u${i}`,
      before: { shortName: null },
      after: { shortName: `Đơn vị ${i}`, nested: { b: 1, a: [1, 'hai'] } },
      reason: null,
      ip: '127.0.0.1',
      userAgent: 'test',
      seq: i,
      prevHash,
    };
    const hash = auditRowHash(content, sha256);
    rows.push({ ...content, hash });
    prevHash = hash;
  }
  return rows;
}

function verify(rows: StoredAuditRow[], head: { seq: number; hash: string } | null, pageSize = 2) {
  let walk = startAuditChainWalk();
  for (let i = 0; i < rows.length; i += pageSize) {
    const step = walkAuditChainPage(walk, rows.slice(i, i + pageSize), sha256);
    if (step.failure) return { ...step.failure, checked: step.walk.checked };
    walk = step.walk;
  }
  const tail = finishAuditChainWalk(walk, head);
  return tail && { ...tail, checked: walk.checked };
}

const headOf = (rows: StoredAuditRow[]) => ({ seq: rows.at(-1)!.seq, hash: rows.at(-1)!.hash });

describe('canonicalJson', () => {
  it.each([
    ['key order does not matter (jsonb reorders keys)', { b: 1, a: { d: 2, c: 3 } }, '{"a":{"c":3,"d":2},"b":1}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['undefined members are left out as JSON.stringify does', { a: undefined, b: null }, '{"b":null}'],
    ['Vietnamese text is kept as is', { tên: 'Giồng Riềng' }, '{"tên":"Giồng Riềng"}'],
    ['null', null, 'null'],
  ])('%s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('audit chain verification', () => {
  it('accepts an intact chain, page by page, and an empty one', () => {
    const rows = chain(5);
    expect(verify(rows, headOf(rows))).toBeNull();
    expect(verify([], null)).toBeNull();
    expect(verify([], { seq: 0, hash: '' })).toBeNull();
  });

  it.each([
    {
      case: 'an edited after value',
      tamper: (rows: StoredAuditRow[]) => rows.map((r) => (r.seq === 3 ? { ...r, after: { shortName: 'sửa lén' } } : r)),
      fault: 'content_changed',
      seq: 3,
      checked: 2,
    },
    {
      case: 'an edited time',
      tamper: (rows: StoredAuditRow[]) => rows.map((r) => (r.seq === 2 ? { ...r, at: '2026-12-01T08:00:02.124Z' } : r)),
      fault: 'content_changed',
      seq: 2,
      checked: 1,
    },
    {
      case: 'an edited row whose hash was recomputed: the next row no longer links to it',
      tamper: (rows: StoredAuditRow[]) =>
        rows.map((r) => {
          if (r.seq !== 2) return r;
          const edited = { ...r, reason: 'thêm sau' };
          return { ...edited, hash: auditRowHash(edited, sha256) };
        }),
      fault: 'link_broken',
      seq: 3,
      checked: 2,
    },
    { case: 'a deleted row in the middle', tamper: (rows: StoredAuditRow[]) => rows.filter((r) => r.seq !== 3), fault: 'missing_before', seq: 4, checked: 2 },
    { case: 'the first row deleted', tamper: (rows: StoredAuditRow[]) => rows.filter((r) => r.seq !== 1), fault: 'missing_before', seq: 2, checked: 0 },
    { case: 'the last row deleted', tamper: (rows: StoredAuditRow[]) => rows.filter((r) => r.seq !== 5), fault: 'tail_missing', seq: 4, checked: 4 },
  ])('finds $case', ({ tamper, fault, seq, checked }) => {
    const rows = chain(5);
    const failure = verify(tamper(rows), headOf(rows));
    expect(failure).toMatchObject({ fault, row: { seq }, checked });
  });

  it('names the row in Vietnamese with its number, id, time and action', () => {
    const rows = chain(3);
    const failure = verify(rows.filter((r) => r.seq !== 2), headOf(rows));
    const text = describeAuditChainReport({ ok: false, checked: 1, beforeChain: 4, failure }, (iso) => iso.slice(0, 10));
    expect(text).toContain('dòng số 3');
    expect(text).toContain(rows[2].id);
    expect(text).toContain('orgUnit.update');
    expect(text).toContain('thiếu dòng nhật ký ngay trước dòng này');
    expect(text).toContain('4 dòng trước khi có chuỗi');
    expect(describeAuditChainReport({ ok: true, checked: 3, beforeChain: 0, failure: null }, (s) => s)).toBe('Chuỗi nhật ký nguyên vẹn: 3 dòng khớp.');
  });
});
