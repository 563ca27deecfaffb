import { AUDIT_HIDDEN_FIELDS, auditFieldLabel as fieldLabel } from '../../../shared/auditLabels';
import { formatDate, formatDateTime } from '../../app/format/dates';

/** One field of an audited record: its Vietnamese label, the value before and after, and whether it changed. */
export type AuditChange = { key: string; label: string; before: string; after: string; changed: boolean };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value as an official reads it: local times, dd/mm/yyyy, Có/Không, lists counted. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    if (ISO_DAY.test(value)) return formatDate(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return value.map(formatAuditValue).join('; ');
    return value
      .map((item, i) => `${i + 1}. ${Object.entries(item as Record<string, unknown>).map(([k, v]) => `${fieldLabel(k)}: ${formatAuditValue(v)}`).join(', ')}`)
      .join('\n');
  }
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${fieldLabel(k)}: ${formatAuditValue(v)}`)
    .join('\n');
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null || value === undefined ? null : { value };

/** The before/after of an audit row as labelled rows, changed fields first; ids and bookkeeping columns last. */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = asRecord(before) ?? {};
  const a = asRecord(after) ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !AUDIT_HIDDEN_FIELDS.has(k));
  const rows = keys.map((key) => {
    const was = formatAuditValue(b[key]);
    const is = formatAuditValue(a[key]);
    return { key, label: key === 'value' ? 'Giá trị' : fieldLabel(key), before: was, after: is, changed: JSON.stringify(b[key] ?? null) !== JSON.stringify(a[key] ?? null) };
  });
  const bookkeeping = (k: string) => k === 'id' || k.endsWith('Id') || k === 'createdAt' || k === 'updatedAt';
  return rows.sort((x, y) => Number(bookkeeping(x.key)) - Number(bookkeeping(y.key)) || Number(y.changed) - Number(x.changed));
}
