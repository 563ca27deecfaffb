import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnitScopeWhere } from '../../../db/scoped';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { registrationClosesAt } from '../../../domain/campaigns/registrationWindow';
import { CLASSIFICATIONS, type Classification } from '../../../domain/par/classificationScheme';
import type { NominationStage } from '../../../domain/nominations/nominationLifecycle';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from '../dossiers/dossierDeadline';
import { groupColumns, groupJoin, groupLevel, groupOf, type GroupRef } from '../reports/reportGroups';
import { nominationsByStage } from '../reports/reportQueries';
import { registrationReport } from '../reports/registrationReport';

/**
 * The figures of the year-end evaluation report (the plan's IV.3): participation, initiatives, PAR results against
 * last year, nominations by stage, awards decided, deadlines missed and feedback handled. Each figure is one
 * aggregate query scoped in SQL (a province reader counts everything); the registration and nomination figures are
 * the reports feature's own queries, so the evaluation report and the reports page never disagree.
 */

type Rows = Record<string, unknown>[];
const rowsOf = async (db: DbOrTx, query: SQL): Promise<Rows> => (await db.execute(query)).rows as Rows;
const int = (v: unknown): number => Number(v ?? 0);
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

export type ParYearFigures = { year: number; units: number; average: number | null; counts: Record<Classification | 'none', number> };

export type EvaluationFigures = {
  participation: Awaited<ReturnType<typeof registrationReport>>;
  initiatives: { total: number; units: number; groups: (GroupRef & { initiatives: number; units: number })[] };
  par: { current: ParYearFigures; previous: ParYearFigures };
  nominations: { total: number; byStage: Partial<Record<NominationStage, number>> };
  awards: { decisions: number; collectives: number; individuals: number };
  deadlines: {
    registrationDeadline: string;
    lateRegistrations: number;
    dossierDeadline: string | null;
    lateDossiers: number;
    unsentDossiers: number;
  };
  feedback: { total: number; open: number; answered: number; closed: number; averageHoursToAnswer: number | null };
};

async function initiativeFigures(db: DbOrTx, campaign: CampaignRecord, actor: Actor) {
  const level = groupLevel(actor);
  const rows = await rowsOf(
    db,
    sql`select ${groupColumns(level)}, count(*)::int as initiatives, count(distinct i.org_unit_id)::int as units
        from initiatives i join org_units on org_units.id = i.org_unit_id ${groupJoin(level)}
        where i.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))}
        group by 1, 2, 3, 4, 5 order by 5`,
  );
  const groups = rows.map((r) => ({ ...groupOf(r), initiatives: int(r.initiatives), units: int(r.units) }));
  const [all] = await rowsOf(
    db,
    sql`select count(*)::int as total, count(distinct i.org_unit_id)::int as units from initiatives i join org_units on org_units.id = i.org_unit_id
        where i.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))}`,
  );
  return { total: int(all.total), units: int(all.units), groups };
}

/** PAR results of one year as published (par_results), for the units in scope. */
async function parYear(db: DbOrTx, actor: Actor, year: number): Promise<ParYearFigures> {
  const rows = await rowsOf(
    db,
    sql`select coalesce(p.published_classification, 'none') as cls, count(*)::int as units
        from par_results p join org_units on org_units.id = p.org_unit_id
        where p.year = ${year} and ${orgUnitScopeWhere(scopeOf(actor))} group by 1`,
  );
  const counts = { excellent: 0, good: 0, fair: 0, average: 0, weak: 0, none: 0 } as ParYearFigures['counts'];
  let units = 0;
  for (const r of rows) {
    const cls = CLASSIFICATIONS.includes(r.cls as Classification) ? (r.cls as Classification) : 'none';
    counts[cls] += int(r.units);
    units += int(r.units);
  }
  const [avg] = await rowsOf(
    db,
    sql`select avg(p.published_total) as average from par_results p join org_units on org_units.id = p.org_unit_id
        where p.year = ${year} and ${orgUnitScopeWhere(scopeOf(actor))}`,
  );
  return { year, units, average: num(avg?.average), counts };
}

async function awardFigures(db: DbOrTx, campaign: CampaignRecord, actor: Actor) {
  const [r] = await rowsOf(
    db,
    sql`select count(distinct ad.id)::int as decisions,
          (count(*) filter (where e.nominee_kind = 'unit'))::int as collectives,
          (count(*) filter (where e.nominee_kind = 'person'))::int as individuals
        from award_decision_entries e join award_decisions ad on ad.id = e.decision_id join org_units on org_units.id = e.org_unit_id
        where ad.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))}`,
  );
  return { decisions: int(r.decisions), collectives: int(r.collectives), individuals: int(r.individuals) };
}

async function deadlineFigures(db: DbOrTx, campaign: CampaignRecord, actor: Actor, asOf: Date) {
  const closesAt = registrationClosesAt(campaign.definition.registrationDeadline.date);
  const [reg] = await rowsOf(
    db,
    sql`select count(*)::int as late from registrations r join org_units on org_units.id = r.org_unit_id
        where r.campaign_id = ${campaign.id} and r.status <> 'draft' and ${orgUnitScopeWhere(scopeOf(actor))}
          and (r.submitted_at >= ${closesAt.toISOString()}::timestamptz or r.late_override_reason is not null)`,
  );
  const deadline = await campaignDossierDeadline(db, campaign, asOf);
  let lateDossiers = 0;
  let unsentDossiers = 0;
  if (deadline) {
    const [d] = await rowsOf(
      db,
      sql`select (count(*) filter (where d.submitted_at > ${deadline.deadlineInstant}::timestamptz))::int as late,
            (count(*) filter (where d.status in ('draft', 'returned') and ${asOf.toISOString()}::timestamptz > ${deadline.deadlineInstant}::timestamptz))::int as unsent
          from dossiers d join nominations n on n.id = d.nomination_id join org_units on org_units.id = n.nominee_unit_id
          where d.campaign_id = ${campaign.id} and n.status <> 'withdrawn' and ${orgUnitScopeWhere(scopeOf(actor))}`,
    );
    lateDossiers = int(d.late);
    unsentDossiers = int(d.unsent);
  }
  return { registrationDeadline: campaign.definition.registrationDeadline.date, lateRegistrations: int(reg.late), dossierDeadline: deadline?.deadlineDay ?? null, lateDossiers, unsentDossiers };
}

async function feedbackFigures(db: DbOrTx, campaign: CampaignRecord, actor: Actor) {
  const [r] = await rowsOf(
    db,
    sql`select count(*)::int as total,
          (count(*) filter (where f.status = 'open'))::int as open,
          (count(*) filter (where f.status = 'answered'))::int as answered,
          (count(*) filter (where f.status = 'closed'))::int as closed,
          avg(extract(epoch from (f.first_answered_at - f.created_at)) / 3600) filter (where f.first_answered_at is not null) as hours
        from feedback_threads f join org_units on org_units.id = f.org_unit_id
        where f.campaign_id = ${campaign.id} and ${orgUnitScopeWhere(scopeOf(actor))}`,
  );
  return { total: int(r.total), open: int(r.open), answered: int(r.answered), closed: int(r.closed), averageHoursToAnswer: r.hours === null ? null : Math.round(Number(r.hours) * 10) / 10 };
}

/** Every figure of the evaluation report for this reader (scope in SQL), as of `asOf`. */
export async function evaluationFigures(db: DbOrTx, campaign: CampaignRecord, actor: Actor, asOf: Date): Promise<EvaluationFigures> {
  const stages = await nominationsByStage(db, campaign, actor, {});
  const byStage: Partial<Record<NominationStage, number>> = {};
  for (const s of stages) byStage[s.stage] = (byStage[s.stage] ?? 0) + s.count;
  return {
    participation: await registrationReport(db, campaign, actor, {}),
    initiatives: await initiativeFigures(db, campaign, actor),
    par: { current: await parYear(db, actor, campaign.year), previous: await parYear(db, actor, campaign.year - 1) },
    nominations: { total: stages.reduce((s, r) => s + r.count, 0), byStage },
    awards: await awardFigures(db, campaign, actor),
    deadlines: await deadlineFigures(db, campaign, actor, asOf),
    feedback: await feedbackFigures(db, campaign, actor),
  };
}
