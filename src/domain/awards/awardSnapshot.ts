import { compareVietnamese } from '../text/vietnameseSortKey';

/**
 * What a Tờ trình proposes and a Quyết định decides, frozen (issue 11 §8): the list of awardees as it stood when the
 * chairman's office approved it (the proposal) or when the decision was signed (the decision), written as canonical
 * JSON so that the same content always gives the same bytes and the same SHA-256 — on any node, in any row order.
 * Pure: the hash itself is taken by the server (node:crypto) over `canonicalJson(...)`.
 */

/** One awardee as the documents name them (copied when decided: later edits to people or units do not change it). */
export type AwardEntry = {
  dossierId: string;
  nomineeKind: 'unit' | 'person';
  orgUnitId: string;
  personId: string | null;
  /** The collective's name, or the person's full name. */
  name: string;
  /** The person's position; null for a collective. */
  position: string | null;
  /** The unit: the collective itself, or the person's unit. */
  unitName: string;
  achievement: string;
};

/** The decision's own data that its snapshot covers besides the list. */
export type DecisionHeader = { number: string; decisionDate: string; signerName: string; signerPosition: string };

/**
 * JSON with object keys sorted (by code point), no white space, strings in NFC, `undefined` members dropped.
 * Arrays keep their order: callers sort lists with {@link sortAwardEntries} first.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: số không hữu hạn');
    return JSON.stringify(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.normalize('NFC'), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`canonicalJson: kiểu không hỗ trợ (${typeof value})`);
}

/** Collectives first (as the decision's Điều 1 lists them), then individuals; each by unit then name (Vietnamese order). */
export function sortAwardEntries(entries: readonly AwardEntry[]): AwardEntry[] {
  const kindOrder = { unit: 0, person: 1 } as const;
  return [...entries].sort(
    (a, b) =>
      kindOrder[a.nomineeKind] - kindOrder[b.nomineeKind] ||
      compareVietnamese(a.unitName, b.unitName) ||
      compareVietnamese(a.name, b.name) ||
      (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : 0),
  );
}

/** Only the fields of an entry, NFC and trimmed, so extra columns of a row never enter the snapshot. */
export function normalizeEntry(e: AwardEntry): AwardEntry {
  const t = (s: string) => s.normalize('NFC').trim();
  return {
    dossierId: e.dossierId,
    nomineeKind: e.nomineeKind,
    orgUnitId: e.orgUnitId,
    personId: e.personId ?? null,
    name: t(e.name),
    position: e.position === null || e.position === undefined || t(e.position) === '' ? null : t(e.position),
    unitName: t(e.unitName),
    achievement: t(e.achievement),
  };
}

export type ProposalSnapshot = { kind: 'awardProposal'; campaignId: string; entries: AwardEntry[] };
export type DecisionSnapshot = { kind: 'awardDecision'; campaignId: string; proposalId: string } & DecisionHeader & { entries: AwardEntry[] };

/** The frozen list of an approved Tờ trình. */
export function proposalSnapshot(campaignId: string, entries: readonly AwardEntry[]): ProposalSnapshot {
  return { kind: 'awardProposal', campaignId, entries: sortAwardEntries(entries.map(normalizeEntry)) };
}

/** The frozen decision: its number, date, signer and its awardees. */
export function decisionSnapshot(input: { campaignId: string; proposalId: string; header: DecisionHeader; entries: readonly AwardEntry[] }): DecisionSnapshot {
  const h = input.header;
  return {
    kind: 'awardDecision',
    campaignId: input.campaignId,
    proposalId: input.proposalId,
    number: h.number.normalize('NFC').trim(),
    decisionDate: h.decisionDate,
    signerName: h.signerName.normalize('NFC').trim(),
    signerPosition: h.signerPosition.normalize('NFC').trim(),
    entries: sortAwardEntries(input.entries.map(normalizeEntry)),
  };
}

/**
 * The achievement a Bằng khen of the KH 34 campaign is given for (Mục IV.3 of the plan: "đã có thành tích xuất sắc
 * trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm …"), with the PAR class of the
 * unit when the ranking published one.
 */
export function achievementText(year: number, parClassLabel: string | null): string {
  const base = `Đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm ${year}`;
  return parClassLabel ? `${base} (Chỉ số cải cách hành chính xếp loại ${parClassLabel})` : base;
}
