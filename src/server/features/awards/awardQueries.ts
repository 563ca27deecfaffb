import { and, asc, desc, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { awardDecisionEntries, awardDecisions, awardProposalEntries, awardProposals, campaigns, dossiers, nominations, orgUnits, people } from '../../../db/schema';
import { achievementText, sortAwardEntries, type AwardEntry } from '../../../domain/awards/awardSnapshot';
import { notFound } from '../../errors';

export type ProposalRow = typeof awardProposals.$inferSelect;
export type DecisionRow = typeof awardDecisions.$inferSelect;
export type DecisionEntryRow = typeof awardDecisionEntries.$inferSelect;

// Alike in shape to the other select/join queries on purpose: each names the columns its caller needs.
/** The live entries of some dossiers: the nominee's name, position and unit as the records stand now. */
async function entriesOf(db: DbOrTx, where: ReturnType<typeof and>, year: number): Promise<AwardEntry[]> {
  const rows = await db
    .select({
      dossierId: dossiers.id,
      nomineeKind: nominations.nomineeKind,
      orgUnitId: nominations.nomineeUnitId,
      personId: nominations.nomineePersonId,
      unitName: orgUnits.name,
      fullName: people.fullName,
      position: people.position,
    })
    .from(dossiers)
    .innerJoin(nominations, eq(nominations.id, dossiers.nominationId))
    .innerJoin(orgUnits, eq(orgUnits.id, nominations.nomineeUnitId))
    .leftJoin(people, eq(people.id, nominations.nomineePersonId))
    .where(where);
  return sortAwardEntries(
    rows.map((r) => ({
      dossierId: r.dossierId,
      nomineeKind: r.nomineeKind === 'person' ? 'person' : 'unit',
      orgUnitId: r.orgUnitId,
      personId: r.personId,
      name: r.nomineeKind === 'person' && r.fullName ? r.fullName : r.unitName,
      position: r.nomineeKind === 'person' ? (r.position ?? null) : null,
      unitName: r.unitName,
      achievement: achievementText(year, null),
    })),
  );
}

/** Dossiers of the campaign the council passed that no Tờ trình lists yet (the candidates for a new one). */
export async function unlistedPassedDossiers(db: DbOrTx, campaignId: string, year: number): Promise<AwardEntry[]> {
  return entriesOf(
    db,
    and(
      eq(dossiers.campaignId, campaignId),
      eq(dossiers.status, 'council_passed'),
      notExists(db.select({ one: sql`1` }).from(awardProposalEntries).where(eq(awardProposalEntries.dossierId, dossiers.id))),
    ),
    year,
  );
}

/** The entries a Tờ trình lists, as the records stand now. */
export async function liveProposalEntries(db: DbOrTx, proposalId: string, year: number): Promise<AwardEntry[]> {
  const ids = db.select({ id: awardProposalEntries.dossierId }).from(awardProposalEntries).where(eq(awardProposalEntries.proposalId, proposalId));
  return entriesOf(db, and(inArray(dossiers.id, ids)), year);
}

/** The Tờ trình with its campaign's year, or a 404. */
export async function loadProposal(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<{ proposal: ProposalRow; year: number; definition: unknown }> {
  const query = db
    .select({ proposal: awardProposals, year: campaigns.year, definition: campaigns.definition })
    .from(awardProposals)
    .innerJoin(campaigns, eq(campaigns.id, awardProposals.campaignId))
    .where(eq(awardProposals.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: awardProposals }) : await query;
  if (!row) throw notFound('Tờ trình');
  return row;
}

export async function decisionOfProposal(db: DbOrTx, proposalId: string): Promise<DecisionRow | null> {
  const [row] = await db.select().from(awardDecisions).where(eq(awardDecisions.proposalId, proposalId));
  return row ?? null;
}

/** The decision with its campaign's year and its entries (in the list's order), or a 404. */
export async function loadDecision(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<{ decision: DecisionRow; year: number; definition: unknown; entries: DecisionEntryRow[] }> {
  const query = db
    .select({ decision: awardDecisions, year: campaigns.year, definition: campaigns.definition })
    .from(awardDecisions)
    .innerJoin(campaigns, eq(campaigns.id, awardDecisions.campaignId))
    .where(eq(awardDecisions.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: awardDecisions }) : await query;
  if (!row) throw notFound('Quyết định khen thưởng');
  const entries = await db.select().from(awardDecisionEntries).where(eq(awardDecisionEntries.decisionId, id));
  const order = new Map(sortAwardEntries(entries.map(entryOfRow)).map((e, i) => [e.dossierId, i]));
  entries.sort((a, b) => order.get(a.dossierId)! - order.get(b.dossierId)!);
  return { ...row, entries };
}

/** A stored entry row as the snapshot names it. */
export function entryOfRow(r: DecisionEntryRow): AwardEntry {
  return { dossierId: r.dossierId, nomineeKind: r.nomineeKind, orgUnitId: r.orgUnitId, personId: r.personId, name: r.nomineeName, position: r.position, unitName: r.unitName, achievement: r.achievement };
}

/** The Tờ trình of a campaign, newest first, with their entry counts and decisions. */
export async function proposalsOfCampaign(db: DbOrTx, campaignId: string) {
  return db
    .select({
      id: awardProposals.id,
      number: awardProposals.number,
      proposalDate: awardProposals.proposalDate,
      status: awardProposals.status,
      entryCount: sql<number>`(select count(*)::int from ${awardProposalEntries} where ${awardProposalEntries.proposalId} = ${awardProposals.id})`,
      decisionId: awardDecisions.id,
      decisionNumber: awardDecisions.number,
      decisionDate: awardDecisions.decisionDate,
      decisionStatus: awardDecisions.status,
    })
    .from(awardProposals)
    .leftJoin(awardDecisions, eq(awardDecisions.proposalId, awardProposals.id))
    .where(eq(awardProposals.campaignId, campaignId))
    .orderBy(desc(awardProposals.createdAt), desc(awardProposals.id));
}

/** Awards across campaigns and years of a unit (its own and its people's) or of one person, newest first. */
export async function awardHistory(db: DbOrTx, of: { orgUnitId: string } | { personId: string }) {
  return db
    .select({
      entryId: awardDecisionEntries.id,
      decisionId: awardDecisions.id,
      decisionNumber: awardDecisions.number,
      decisionDate: awardDecisions.decisionDate,
      decisionStatus: awardDecisions.status,
      campaignId: campaigns.id,
      campaignYear: campaigns.year,
      planNumber: campaigns.planNumber,
      nomineeKind: awardDecisionEntries.nomineeKind,
      personId: awardDecisionEntries.personId,
      name: awardDecisionEntries.nomineeName,
      position: awardDecisionEntries.position,
      unitName: awardDecisionEntries.unitName,
      achievement: awardDecisionEntries.achievement,
    })
    .from(awardDecisionEntries)
    .innerJoin(awardDecisions, eq(awardDecisions.id, awardDecisionEntries.decisionId))
    .innerJoin(campaigns, eq(campaigns.id, awardDecisions.campaignId))
    .where('orgUnitId' in of ? eq(awardDecisionEntries.orgUnitId, of.orgUnitId) : eq(awardDecisionEntries.personId, of.personId))
    .orderBy(desc(awardDecisions.decisionDate), asc(awardDecisionEntries.nomineeKind), asc(awardDecisionEntries.nomineeName));
}

/** A unit's place in the tree (for scope), or a 404. */
export async function unitRecord(db: DbOrTx, id: string): Promise<{ unitId: string; unitPath: string }> {
  const [u] = await db.select({ unitId: orgUnits.id, unitPath: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, id));
  if (!u) throw notFound('Đơn vị');
  return u;
}

/** A person's unit's place in the tree (for scope), or a 404. */
export async function personRecord(db: DbOrTx, id: string): Promise<{ unitId: string; unitPath: string }> {
  const [p] = await db.select({ unitId: orgUnits.id, unitPath: orgUnits.path }).from(people).innerJoin(orgUnits, eq(orgUnits.id, people.orgUnitId)).where(eq(people.id, id));
  if (!p) throw notFound('Cá nhân');
  return p;
}
