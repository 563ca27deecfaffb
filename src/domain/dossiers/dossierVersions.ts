import { formatVnDateTime } from '../time/localDate';
import type { CouncilMeetingRecord } from './councilMeeting';
import { DOSSIER_DOCUMENT_KINDS, DOSSIER_DOCUMENT_LABELS, type DossierDocumentKind } from './dossierChecklist';

/**
 * What one submission of a dossier froze (`dossier_versions.content`): the council meeting as recorded, the newest
 * signed scan of each document with its SHA-256, file name and ký số status, and the nominee's key facts. The
 * secretariat appraises this, and after a return and resubmission compares two of them (`diffDossierVersions`). Pure.
 */
export type DossierVersionDocument = {
  kind: DossierDocumentKind;
  label: string;
  scanId: string;
  fileName: string;
  sha256: string;
  signatureStatus: 'none' | 'valid' | 'invalid';
  uploadedAt: string;
};

export type DossierVersionContent = {
  nominee: { nominationId: string; kind: 'unit' | 'person'; name: string; unitName: string; proposingUnitName: string; quotaKey: string };
  councilMeeting: CouncilMeetingRecord | null;
  /** One entry per document that has a scan, in the order of III.4.c. */
  documents: DossierVersionDocument[];
};

export const SIGNATURE_STATUS_LABELS: Record<DossierVersionDocument['signatureStatus'], string> = {
  none: 'bản quét (không có chữ ký số)',
  valid: 'chữ ký số hợp lệ',
  invalid: 'chữ ký số không hợp lệ',
};

/**
 * The one text of a JSON value that its hash is taken over: object keys sorted at every level, no spaces, `undefined`
 * members left out (as JSON does). The same content always gives the same text, whatever order it was built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** One difference between two versions, in words an official reads. */
export type VersionChange = {
  area: 'councilMeeting' | 'document' | 'nominee';
  /** Stable code: "councilMeeting.place", "document.council_minutes.scan", "document.council_minutes.signature" … */
  code: string;
  label: string;
  before: string | null;
  after: string | null;
};

const MEETING_FIELDS: { key: keyof CouncilMeetingRecord; label: string; show: (m: CouncilMeetingRecord) => string }[] = [
  { key: 'startsAt', label: 'Thời gian bắt đầu họp', show: (m) => formatVnDateTime(new Date(m.startsAt)) },
  { key: 'endsAt', label: 'Thời gian kết thúc họp', show: (m) => formatVnDateTime(new Date(m.endsAt)) },
  { key: 'place', label: 'Địa điểm họp', show: (m) => m.place },
  { key: 'chair', label: 'Chủ trì', show: (m) => m.chair },
  { key: 'secretary', label: 'Thư ký', show: (m) => m.secretary },
  { key: 'membersTotal', label: 'Tổng số thành viên Hội đồng', show: (m) => String(m.membersTotal) },
  { key: 'membersPresent', label: 'Thành viên có mặt', show: (m) => `${m.membersPresent.length}: ${m.membersPresent.join(', ')}` },
  { key: 'tallies', label: 'Kết quả biểu quyết', show: (m) => m.tallies.map((t) => `${t.nomineeName}: ${t.agree} tán thành, ${t.disagree} không tán thành`).join('; ') },
];

const scanText = (d: DossierVersionDocument) => `${d.fileName} (SHA-256 ${d.sha256.slice(0, 12)}…)`;

/**
 * What changed from version `from` to version `to`: each council meeting field that differs, each document whose
 * newest scan is another file (by SHA-256) or that was added or removed, and each change of a document's signature
 * status; the nominee's facts when they differ. Empty when the two froze the same content.
 */
export function diffDossierVersions(from: DossierVersionContent, to: DossierVersionContent): VersionChange[] {
  const changes: VersionChange[] = [];
  const a = from.councilMeeting;
  const b = to.councilMeeting;
  if (!a || !b) {
    if (a || b) changes.push({ area: 'councilMeeting', code: 'councilMeeting', label: 'Cuộc họp Hội đồng Thi đua – Khen thưởng', before: a ? 'Đã ghi nhận' : null, after: b ? 'Đã ghi nhận' : null });
  } else {
    for (const field of MEETING_FIELDS) {
      const before = field.show(a);
      const after = field.show(b);
      if (canonicalJson(a[field.key]) !== canonicalJson(b[field.key])) changes.push({ area: 'councilMeeting', code: `councilMeeting.${field.key}`, label: field.label, before, after });
    }
  }
  for (const kind of DOSSIER_DOCUMENT_KINDS) {
    const before = from.documents.find((d) => d.kind === kind) ?? null;
    const after = to.documents.find((d) => d.kind === kind) ?? null;
    const label = DOSSIER_DOCUMENT_LABELS[kind];
    if (!before && !after) continue;
    if (!before || !after || before.sha256 !== after.sha256) {
      changes.push({ area: 'document', code: `document.${kind}.scan`, label: `${label}: bản đã ký`, before: before && scanText(before), after: after && scanText(after) });
    }
    if (before && after && before.signatureStatus !== after.signatureStatus) {
      changes.push({ area: 'document', code: `document.${kind}.signature`, label: `${label}: chữ ký`, before: SIGNATURE_STATUS_LABELS[before.signatureStatus], after: SIGNATURE_STATUS_LABELS[after.signatureStatus] });
    }
  }
  const n = from.nominee;
  const m = to.nominee;
  const nomineeFields: { key: keyof DossierVersionContent['nominee']; label: string }[] = [
    { key: 'name', label: 'Tập thể, cá nhân được đề nghị' },
    { key: 'unitName', label: 'Đơn vị của người được đề nghị' },
    { key: 'proposingUnitName', label: 'Đơn vị trình' },
  ];
  for (const f of nomineeFields) if (n[f.key] !== m[f.key]) changes.push({ area: 'nominee', code: `nominee.${f.key}`, label: f.label, before: n[f.key], after: m[f.key] });
  return changes;
}
