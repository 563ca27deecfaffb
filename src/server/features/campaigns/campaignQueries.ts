import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaigns, orgEras, orgUnits, registrations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import { CAMPAIGN_STATUS_LABELS, type CampaignStatus } from '../../../domain/campaigns/campaignStatus';
import type { RegistrationStatus } from '../../../domain/campaigns/registrationRules';
import { notFound, validation } from '../../errors';
import { pageOffset, toPage, totalRows } from '../../kit/pagedList';

/** A campaign row with its definition typed (it was validated by campaignDefinitionSchema when written). */
export type CampaignRecord = Omit<typeof campaigns.$inferSelect, 'definition' | 'status'> & {
  definition: CampaignDefinition;
  status: CampaignStatus;
};

/**
 * The campaign, or a 404. Campaigns are province-wide plans that every role may read, so there is no unit scope.
 * @param forUpdate lock the row (status changes, registration writes) so two requests cannot race past a check
 */
export async function loadCampaign(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<CampaignRecord> {
  const row = await findCampaign(db, id, options);
  if (!row) throw notFound('Đợt thi đua');
  return row;
}

/** The campaign, or null (for a caller that answers a missing one otherwise than 404). */
export async function findCampaign(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}): Promise<CampaignRecord | null> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return (row as CampaignRecord | undefined) ?? null;
}

/** Every campaign of a year, by plan date. */
export async function campaignsOfYear(db: DbOrTx, year: number): Promise<CampaignRecord[]> {
  const rows = await db.select().from(campaigns).where(eq(campaigns.year, year)).orderBy(asc(campaigns.planDate), asc(campaigns.id));
  return rows as CampaignRecord[];
}

/** Refuses an era that does not exist, naming the `eraId` field. */
export async function assertEraExists(db: DbOrTx, eraId: string): Promise<void> {
  const [era] = await db.select({ id: orgEras.id }).from(orgEras).where(eq(orgEras.id, eraId));
  if (!era) throw validation([{ path: 'eraId', message: `Thời kỳ: không có thời kỳ "${eraId}"` }]);
}

/** The list/summary shape of a campaign. */
export function presentCampaignSummary(c: CampaignRecord) {
  return {
    id: c.id,
    year: c.year,
    planNumber: c.planNumber,
    planDate: c.planDate,
    eraId: c.eraId,
    status: c.status,
    statusLabel: CAMPAIGN_STATUS_LABELS[c.status],
    theme: c.definition.theme,
    registrationDeadline: c.definition.registrationDeadline.date,
    clonedFromId: c.clonedFromId,
  };
}

/** One page of campaigns, newest year first. */
export async function listCampaigns(db: DbOrTx, filter: { year?: number; status?: CampaignStatus; page: number; pageSize: number }) {
  const where: SQL[] = [];
  if (filter.year) where.push(eq(campaigns.year, filter.year));
  if (filter.status) where.push(eq(campaigns.status, filter.status));
  const rows = await db
    .select({ campaign: campaigns, total: totalRows() })
    .from(campaigns)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(campaigns.year), desc(campaigns.planDate), asc(campaigns.id))
    .limit(filter.pageSize)
    .offset(pageOffset(filter));
  return toPage(rows, (r) => presentCampaignSummary(r.campaign as CampaignRecord), filter);
}

/**
 * The units the actor registers (officer, aggregator) or approves (head) for in this campaign, with their
 * registration: their own unit, and for the district aggregator also the district's Phòng Nội vụ. One query.
 */
export async function myRegistrationUnits(db: DbOrTx, actor: Actor, campaign: Pick<CampaignRecord, 'id' | 'eraId'>) {
  let units: SQL;
  if (actor.role === 'unit_officer' || actor.role === 'unit_head') units = eq(orgUnits.id, actor.unitId);
  else if (actor.role === 'district_aggregator') units = or(eq(orgUnits.id, actor.unitId), and(eq(orgUnits.parentId, actor.unitId), eq(orgUnits.kind, 'par_unit')))!;
  else return [];
  const rows = await db
    .select({ orgUnitId: orgUnits.id, unitCode: orgUnits.code, unitName: orgUnits.name, registrationId: registrations.id, status: registrations.status })
    .from(orgUnits)
    .leftJoin(registrations, and(eq(registrations.orgUnitId, orgUnits.id), eq(registrations.campaignId, campaign.id)))
    .where(and(units, eq(orgUnits.eraId, campaign.eraId)))
    .orderBy(asc(orgUnits.depth), sql`${orgUnits.sortKey} collate "C"`);
  return rows.map((r) => ({ ...r, status: r.status as RegistrationStatus | null }));
}
