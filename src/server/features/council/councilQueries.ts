import { aliasedTable, and, asc, count, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { councilMembers, councilSessionDossiers, councilSessions, councilVotes, dossiers, nominations, orgUnits, people, users } from '../../../db/schema';
import { isRecused, type StoredVote, type UnitPlace } from '../../../domain/council/councilTally';
import type { DossierStatus } from '../../../domain/dossiers/dossierChecklist';
import { notFound } from '../../errors';

export type SessionRow = typeof councilSessions.$inferSelect;
export type MemberRow = typeof councilMembers.$inferSelect & { unit: (UnitPlace & { name: string }) | null; user: { id: string; fullName: string; username: string } | null };
export type AgendaRow = {
  dossierId: string;
  nominationId: string;
  dossierStatus: DossierStatus;
  nomineeKind: 'unit' | 'person';
  nomineeName: string;
  nomineeUnit: UnitPlace & { name: string };
  proposingUnitName: string;
  outcome: 'passed' | 'failed' | null;
  tally: unknown;
};
export type VoteRow = { memberId: string; dossierId: string; vote: StoredVote; note: string | null };

/** A session, or a 404 (every role that reads sessions is a province role: no unit scope to check). */
export async function loadSession(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<SessionRow> {
  const query = db.select().from(councilSessions).where(eq(councilSessions.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Phiên họp Hội đồng');
  return row;
}

const memberUnits = aliasedTable(orgUnits, 'member_unit');

/** The members of a session in the order the council lists them (chair, vice-chairs, members, secretary), then by name. */
export async function loadMembers(db: DbOrTx, sessionId: string): Promise<MemberRow[]> {
  // Alike in shape to the other select/join queries on purpose: each names the columns its caller needs (no shared column lists).
  const rows = await db
    .select({ member: councilMembers, unitId: memberUnits.id, unitPath: memberUnits.path, unitKind: memberUnits.kind, unitName: memberUnits.name, userId: users.id, userFullName: users.fullName, username: users.username })
    .from(councilMembers)
    .leftJoin(memberUnits, eq(memberUnits.id, councilMembers.orgUnitId))
    .leftJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.sessionId, sessionId))
    .orderBy(sql`case ${councilMembers.councilRole} when 'chair' then 0 when 'vice_chair' then 1 when 'member' then 2 else 3 end`, asc(councilMembers.fullName), asc(councilMembers.id));
  return rows.map((r) => ({
    ...r.member,
    unit: r.unitId ? { id: r.unitId, path: r.unitPath!, kind: r.unitKind!, name: r.unitName! } : null,
    user: r.userId ? { id: r.userId, fullName: r.userFullName!, username: r.username! } : null,
  }));
}

const nomineeUnits = aliasedTable(orgUnits, 'nominee_unit');
const proposingUnits = aliasedTable(orgUnits, 'proposing_unit');

function agendaSelect(db: DbOrTx) {
  return db
    .select({
      dossierId: dossiers.id,
      nominationId: dossiers.nominationId,
      dossierStatus: dossiers.status,
      campaignId: dossiers.campaignId,
      nomineeKind: nominations.nomineeKind,
      personName: people.fullName,
      unitId: nomineeUnits.id,
      unitPath: nomineeUnits.path,
      unitKind: nomineeUnits.kind,
      unitName: nomineeUnits.name,
      proposingUnitName: proposingUnits.name,
    })
    .from(dossiers)
    .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
    .innerJoin(nomineeUnits, eq(nomineeUnits.id, nominations.nomineeUnitId))
    .innerJoin(proposingUnits, eq(proposingUnits.id, nominations.proposingUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId));
}

type AgendaSelectRow = Awaited<ReturnType<ReturnType<typeof agendaSelect>['where']>>[number];
const toAgenda = (r: AgendaSelectRow, extra: { outcome: 'passed' | 'failed' | null; tally: unknown }): AgendaRow => ({
  dossierId: r.dossierId,
  nominationId: r.nominationId,
  dossierStatus: r.dossierStatus,
  nomineeKind: r.nomineeKind,
  nomineeName: r.nomineeKind === 'person' ? (r.personName ?? '') : r.unitName,
  nomineeUnit: { id: r.unitId, path: r.unitPath, kind: r.unitKind, name: r.unitName },
  proposingUnitName: r.proposingUnitName,
  ...extra,
});

/** The dossiers on a session's agenda with their nominee and units, in the order of the nominees' names. */
export async function loadAgenda(db: DbOrTx, sessionId: string): Promise<AgendaRow[]> {
  const items = await db.select().from(councilSessionDossiers).where(eq(councilSessionDossiers.sessionId, sessionId));
  if (items.length === 0) return [];
  const byId = new Map(items.map((i) => [i.dossierId, i]));
  const rows = await agendaSelect(db).where(inArray(dossiers.id, [...byId.keys()]));
  return rows
    .map((r) => toAgenda(r, { outcome: byId.get(r.dossierId)!.outcome ?? null, tally: byId.get(r.dossierId)!.tally }))
    .sort((a, b) => a.nomineeName.localeCompare(b.nomineeName, 'vi') || a.dossierId.localeCompare(b.dossierId));
}

/** Dossiers by id as the agenda shows them (to check what the secretariat puts on it). */
export async function loadDossiersForAgenda(db: DbOrTx, ids: readonly string[]): Promise<(AgendaRow & { campaignId: string })[]> {
  if (ids.length === 0) return [];
  const rows = await agendaSelect(db).where(inArray(dossiers.id, [...ids]));
  return rows.map((r) => ({ ...toAgenda(r, { outcome: null, tally: null }), campaignId: r.campaignId }));
}

/** Accepted dossiers of the campaign (appraised by Sở Nội vụ), the candidates for an agenda. */
export async function loadAcceptedDossiers(db: DbOrTx, campaignId: string): Promise<AgendaRow[]> {
  const rows = await agendaSelect(db).where(and(eq(dossiers.campaignId, campaignId), eq(dossiers.status, 'accepted'), eq(nominations.status, 'proposed')));
  return rows.map((r) => toAgenda(r, { outcome: null, tally: null })).sort((a, b) => a.nomineeName.localeCompare(b.nomineeName, 'vi'));
}

export async function loadVotes(db: DbOrTx, sessionId: string): Promise<VoteRow[]> {
  return db.select({ memberId: councilVotes.memberId, dossierId: councilVotes.dossierId, vote: councilVotes.vote, note: councilVotes.note }).from(councilVotes).where(eq(councilVotes.sessionId, sessionId));
}

/** Which (member, dossier) pairs are recused, from the member's and the nominee's units. */
export function recusals(members: readonly MemberRow[], agenda: readonly AgendaRow[]): Set<string> {
  const set = new Set<string>();
  for (const m of members) for (const a of agenda) if (isRecused(m.unit, a.nomineeUnit)) set.add(pairKey(m.id, a.dossierId));
  return set;
}
export const pairKey = (memberId: string, dossierId: string) => `${memberId}:${dossierId}`;

/** The sessions of a campaign, newest first, with their counts. */
export async function listSessions(db: DbOrTx, campaignId: string) {
  const sessions = await db.select().from(councilSessions).where(eq(councilSessions.campaignId, campaignId)).orderBy(sql`${councilSessions.heldAt} desc`, asc(councilSessions.id));
  if (sessions.length === 0) return [];
  const ids = sessions.map((s) => s.id);
  const memberCounts = await db.select({ sessionId: councilMembers.sessionId, n: count() }).from(councilMembers).where(inArray(councilMembers.sessionId, ids)).groupBy(councilMembers.sessionId);
  const dossierCounts = await db
    .select({ sessionId: councilSessionDossiers.sessionId, n: count(), passed: sql<number>`count(*) filter (where ${councilSessionDossiers.outcome} = 'passed')`.mapWith(Number) })
    .from(councilSessionDossiers)
    .where(inArray(councilSessionDossiers.sessionId, ids))
    .groupBy(councilSessionDossiers.sessionId);
  return sessions.map((s) => ({
    session: s,
    members: memberCounts.find((c) => c.sessionId === s.id)?.n ?? 0,
    dossiers: dossierCounts.find((c) => c.sessionId === s.id)?.n ?? 0,
    passed: dossierCounts.find((c) => c.sessionId === s.id)?.passed ?? 0,
  }));
}

/** Units a member may come from: the campaign era's units above the communes (province, Sở, huyện and their offices), by name. */
export async function loadUnitOptions(db: DbOrTx, eraId: string): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, eraId), ne(orgUnits.kind, 'commune'), lte(orgUnits.depth, 2)))
    .orderBy(asc(orgUnits.depth), asc(orgUnits.sortKey));
}

/** Active accounts with the role council_member, which a member may be linked to. */
export async function loadCouncilAccounts(db: DbOrTx): Promise<{ id: string; fullName: string; username: string }[]> {
  return db.select({ id: users.id, fullName: users.fullName, username: users.username }).from(users).where(and(eq(users.role, 'council_member'), eq(users.active, true))).orderBy(asc(users.fullName));
}
