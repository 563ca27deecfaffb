import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { COUNTED_REGISTRATION_STATUSES } from '../../../domain/campaigns/registrationRules';
import type { NominationStage } from '../../../domain/nominations/nominationLifecycle';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { keysetAfter } from '../../kit/tableStream';
import { COLLECTIVE_KIND_SQL, groupColumns, groupJoin, groupLevel, groupOf, groupWhere, type GroupRef } from './reportGroups';

/**
 * The figures of the reports and the dashboard, each one aggregate query over the campaign's data, grouped
 * (reportGroups.ts) and scoped in SQL: nothing loads a whole table to count it in JavaScript.
 * Alike in shape on purpose: each query names the columns and the grouping its figure needs.
 */

export type ReportFilter = { groupId?: string };

type Rows = Record<string, unknown>[];
const rowsOf = async (db: DbOrTx, query: SQL): Promise<Rows> => (await db.execute(query)).rows as Rows;
const int = (v: unknown): number => Number(v ?? 0);
const inList = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);

/** Participating units of the campaign (its era, the kinds II.2.a lists) in the reader's scope: the SQL condition. */
function participants(campaign: CampaignRecord, actor: Actor): SQL {
  const kinds = campaign.definition.participants.collectiveKinds;
  return sql`org_units.era_id = ${campaign.eraId} and ${COLLECTIVE_KIND_SQL} in (${inList(kinds)}) and ${orgUnitScopeWhere(scopeOf(actor))}`;
}

export type RegistrationGroupRow = GroupRef & { units: number; registered: number; individuals: number };
export type RegistrationKindRow = { kind: string; units: number; registered: number };

/**
 * Registration progress (IV.1): participating units, those that have sent their registration (submitted, accepted
 * or forwarded: COUNTED_REGISTRATION_STATUSES) and the individuals they registered, per group and per collective kind.
 */
export async function registrationProgress(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  const level = groupLevel(actor);
  const counted = inList(COUNTED_REGISTRATION_STATUSES);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)}, ${COLLECTIVE_KIND_SQL} as kind,
          count(*)::int as units,
          (count(r.id) filter (where r.status in (${counted})))::int as registered,
          coalesce(sum((select count(*) from registration_individuals ri where ri.registration_id = r.id)) filter (where r.status in (${counted})), 0)::int as individuals
        from org_units ${groupJoin(level)}
        left join registrations r on r.org_unit_id = org_units.id and r.campaign_id = ${campaign.id}
        where ${participants(campaign, actor)} and ${groupWhere(filter.groupId)}
        group by 1, 2, 3, 4, 5, 6
        order by 5, 6`,
  );
  const groups = new Map<string, RegistrationGroupRow>();
  const kinds = new Map<string, RegistrationKindRow>();
  for (const r of rows) {
    const g = groupOf(r);
    const line = groups.get(g.groupId) ?? { ...g, units: 0, registered: 0, individuals: 0 };
    line.units += int(r.units);
    line.registered += int(r.registered);
    line.individuals += int(r.individuals);
    groups.set(g.groupId, line);
    const k = kinds.get(String(r.kind)) ?? { kind: String(r.kind), units: 0, registered: 0 };
    k.units += int(r.units);
    k.registered += int(r.registered);
    kinds.set(k.kind, k);
  }
  const order = campaign.definition.participants.collectiveKinds as readonly string[];
  return { groups: [...groups.values()], kinds: [...kinds.values()].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)) };
}

/** The groups the reader may filter by (every group holding a participating unit), in Vietnamese order. */
export async function reportGroups(db: DbOrTx, campaign: CampaignRecord, actor: Actor): Promise<GroupRef[]> {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select distinct ${groupColumns(level)} from org_units ${groupJoin(level)} where ${participants(campaign, actor)} order by 5`,
  );
  return rows.map(groupOf);
}

/** The stage of a nomination in SQL (domain/nominations/nominationLifecycle.ts `nominationStage`). */
const STAGE_SQL = sql`(case when n.status = 'withdrawn' then 'withdrawn' else coalesce(d.status, 'draft') end)`;

export type StageGroupRow = GroupRef & { stage: NominationStage; count: number };

/** Nominations of the campaign per group (of the nominee's unit) and stage, scoped by the nominee's unit. */
export async function nominationsByStage(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter): Promise<StageGroupRow[]> {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)}, ${STAGE_SQL} as stage, count(*)::int as count
        from nominations n
        join org_units on org_units.id = n.nominee_unit_id ${groupJoin(level)}
        left join dossiers d on d.nomination_id = n.id
        where n.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}
        group by 1, 2, 3, 4, 5, 6 order by 5, 6`,
  );
  return rows.map((r) => ({ ...groupOf(r), stage: r.stage as NominationStage, count: int(r.count) }));
}

export type QuotaGroupRow = GroupRef & { units: number; people: number };

/** Active nominations (status proposed: they hold a quota place) per group, units and people apart. */
export async function activeNominationsByGroup(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter): Promise<QuotaGroupRow[]> {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)},
          (count(*) filter (where n.nominee_kind = 'unit'))::int as units,
          (count(*) filter (where n.nominee_kind = 'person'))::int as people
        from nominations n
        join org_units on org_units.id = n.nominee_unit_id ${groupJoin(level)}
        where n.campaign_id = ${campaign.id} and n.status = 'proposed' and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}
        group by 1, 2, 3, 4, 5 order by 5`,
  );
  return rows.map((r) => ({ ...groupOf(r), units: int(r.units), people: int(r.people) }));
}

/** The group (and code, name) of each of these units for the reader; units outside the scope or group are left out. */
export async function groupsOfUnits(db: DbOrTx, actor: Actor, unitIds: readonly string[], filter: ReportFilter): Promise<Map<string, GroupRef & { code: string; name: string }>> {
  if (unitIds.length === 0) return new Map();
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select org_units.id as unit_id, org_units.code, org_units.name, ${groupColumns(level)}
        from org_units ${groupJoin(level)}
        where org_units.id in (${inList([...new Set(unitIds)])}) and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}`,
  );
  return new Map(rows.map((r) => [String(r.unit_id), { ...groupOf(r), code: String(r.code), name: String(r.name) }]));
}

export type AtRiskDossier = { nominationId: string; nomineeName: string; unitName: string; proposingUnitName: string; stage: NominationStage };

/** Active nominations whose dossier is not sent (none yet, draft or returned), in scope: the ones the deadline threatens. */
export async function unsentDossiers(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter, limit: number) {
  const level = groupLevel(actor);
  const where = sql`n.campaign_id = ${campaign.id} and n.status = 'proposed' and coalesce(d.status, 'draft') in ('draft', 'returned')
    and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}`;
  const from = sql`from nominations n join org_units on org_units.id = n.nominee_unit_id ${groupJoin(level)}
    join org_units proposing on proposing.id = n.proposing_unit_id
    left join people p on p.id = n.nominee_person_id
    left join dossiers d on d.nomination_id = n.id`;
  const [countRow] = await rowsOf(db, sql`select count(*)::int as total ${from} where ${where}`);
  const rows = await rowsOf(
    db,
    sql`select n.id, coalesce(p.full_name, org_units.name) as nominee_name, org_units.name as unit_name, proposing.name as proposing_name, ${STAGE_SQL} as stage
        ${from} where ${where} order by proposing.sort_key collate "C", org_units.sort_key collate "C", n.id limit ${limit}`,
  );
  const items: AtRiskDossier[] = rows.map((r) => ({
    nominationId: String(r.id),
    nomineeName: String(r.nominee_name),
    unitName: String(r.unit_name),
    proposingUnitName: String(r.proposing_name),
    stage: r.stage as NominationStage,
  }));
  return { total: int(countRow?.total), items };
}

/** Open feedback threads (not yet answered) of the campaign, or of no campaign, raised by units in scope. */
export async function openFeedbackCount(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter): Promise<number> {
  const level = groupLevel(actor);
  const [row] = await rowsOf(
    db,
    sql`select count(*)::int as total from feedback_threads f
        join org_units on org_units.id = f.org_unit_id ${groupJoin(level)}
        where f.status = 'open' and (f.campaign_id = ${campaign.id} or f.campaign_id is null)
          and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}`,
  );
  return int(row?.total);
}

export type NominationReportRow = GroupRef & {
  nominationId: string;
  nomineeKind: 'unit' | 'person';
  nomineeName: string;
  position: string | null;
  unitName: string;
  proposingUnitName: string;
  stage: NominationStage;
  proposedAt: string;
  submittedAt: string | null;
};

/** The nominations of the campaign with their stage, in scope, filtered by group and stage, in Vietnamese order. */
export async function nominationReportRows(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter & { stage?: NominationStage }): Promise<NominationReportRow[]> {
  return (await nominationReportPage(db, campaign, actor, filter, null, null)).map(({ key: _key, ...row }) => row);
}

/**
 * The order of the nominations list as keyset columns: group, units before people, unit, person, id.
 * (`n.nominee_kind = 'person'` sorts false first: the collectives of a group come before its people.)
 */
const NOMINATION_ORDER = [
  sql`coalesce(report_group.sort_key, '') collate "C"`,
  sql`(n.nominee_kind = 'person')`,
  sql`org_units.sort_key collate "C"`,
  sql`coalesce(p.sort_key, '') collate "C"`,
  sql`n.id`,
];

/** The key of a nomination in the list's order (kit/tableStream keysetAfter). */
export type NominationReportKey = [groupSort: string, isPerson: boolean, unitSort: string, personSort: string, id: string];

/**
 * At most `limit` nominations of nominationReportRows (null: all) after the key `after`, each with its key: the
 * export job reads the list by keyset pages (kit/tableStream keysetPages).
 */
export async function nominationReportPage(
  db: DbOrTx,
  campaign: CampaignRecord,
  actor: Actor,
  filter: ReportFilter & { stage?: NominationStage },
  after: NominationReportKey | null,
  limit: number | null,
): Promise<(NominationReportRow & { key: NominationReportKey })[]> {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)}, n.id, n.nominee_kind, coalesce(p.full_name, org_units.name) as nominee_name, p.position, org_units.name as unit_name,
          proposing.name as proposing_name, ${STAGE_SQL} as stage, n.proposed_at, d.submitted_at,
          org_units.sort_key as unit_sort, coalesce(p.sort_key, '') as person_sort
        from nominations n
        join org_units on org_units.id = n.nominee_unit_id ${groupJoin(level)}
        join org_units proposing on proposing.id = n.proposing_unit_id
        left join people p on p.id = n.nominee_person_id
        left join dossiers d on d.nomination_id = n.id
        where n.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}
          and ${filter.stage ? sql`${STAGE_SQL} = ${filter.stage}` : sql`true`} and ${keysetAfter(NOMINATION_ORDER, after)}
        order by ${sql.join(NOMINATION_ORDER, sql`, `)}${limit === null ? sql`` : sql` limit ${limit}`}`,
  );
  return rows.map((r) => ({
    ...groupOf(r),
    nominationId: String(r.id),
    nomineeKind: r.nominee_kind as 'unit' | 'person',
    nomineeName: String(r.nominee_name),
    position: (r.position as string | null) ?? null,
    unitName: String(r.unit_name),
    proposingUnitName: String(r.proposing_name),
    stage: r.stage as NominationStage,
    proposedAt: new Date(r.proposed_at as string).toISOString(),
    submittedAt: r.submitted_at ? new Date(r.submitted_at as string).toISOString() : null,
    key: [String(r.group_sort), r.nominee_kind === 'person', String(r.unit_sort), String(r.person_sort), String(r.id)],
  }));
}

/** How many nominations nominationReportRows lists: the export job's progress counts pages of them. */
export async function nominationReportCount(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter & { stage?: NominationStage }): Promise<number> {
  const level = groupLevel(actor);
  const [row] = await rowsOf(
    db,
    sql`select count(*)::int as n from nominations n
        join org_units on org_units.id = n.nominee_unit_id ${groupJoin(level)}
        left join dossiers d on d.nomination_id = n.id
        where n.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}
          and ${filter.stage ? sql`${STAGE_SQL} = ${filter.stage}` : sql`true`}`,
  );
  return int(row?.n);
}

export type AwardDecisionRef = { id: string; number: string; decisionDate: string; signerName: string; signerPosition: string; status: string; entries: number };

/** The award decisions (Quyết định khen thưởng) of the campaign, newest first, with their count of awardees in scope. */
export async function awardDecisionsOf(db: DbOrTx, campaign: CampaignRecord, actor: Actor): Promise<AwardDecisionRef[]> {
  const rows = await rowsOf(
    db,
    sql`select ad.id, ad.number, ad.decision_date::text as decision_date, ad.signer_name, ad.signer_position, ad.status,
          (select count(*) from award_decision_entries e join org_units on org_units.id = e.org_unit_id
            where e.decision_id = ad.id and ${orgUnitScopeWhere(scopeOf(actor))})::int as entries
        from award_decisions ad where ad.campaign_id = ${campaign.id} order by ad.decision_date desc, ad.number`,
  );
  return rows.map((r) => ({
    id: String(r.id),
    number: String(r.number),
    decisionDate: String(r.decision_date),
    signerName: String(r.signer_name),
    signerPosition: String(r.signer_position),
    status: String(r.status),
    entries: int(r.entries),
  }));
}

export type AwardReportRow = GroupRef & {
  decisionId: string;
  decisionNumber: string;
  decisionDate: string;
  nomineeKind: 'unit' | 'person';
  nomineeName: string;
  position: string | null;
  unitName: string;
  achievement: string;
};

/** The awardees of the campaign's decisions (one decision, or all), as decided, in scope and group; collectives first. */
export async function awardReportRows(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter & { decisionId?: string }): Promise<AwardReportRow[]> {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)}, ad.id as decision_id, ad.number, ad.decision_date::text as decision_date,
          e.nominee_kind, e.nominee_name, e.position, e.unit_name, e.achievement
        from award_decision_entries e
        join award_decisions ad on ad.id = e.decision_id
        join org_units on org_units.id = e.org_unit_id ${groupJoin(level)}
        where ad.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))} and ${groupWhere(filter.groupId)}
          and ${filter.decisionId ? sql`ad.id = ${filter.decisionId}` : sql`true`}
        order by ad.decision_date, ad.number, e.nominee_kind desc, 5, org_units.sort_key collate "C", e.nominee_name, e.id`,
  );
  return rows.map((r) => ({
    ...groupOf(r),
    decisionId: String(r.decision_id),
    decisionNumber: String(r.number),
    decisionDate: String(r.decision_date),
    nomineeKind: r.nominee_kind as 'unit' | 'person',
    nomineeName: String(r.nominee_name),
    position: (r.position as string | null) ?? null,
    unitName: String(r.unit_name),
    achievement: String(r.achievement),
  }));
}
