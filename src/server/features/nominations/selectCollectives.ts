import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/client';
import { collectiveSelections, orgUnits, parPublications } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { decideSelection, type SelectionUnit } from '../../../domain/nominations/collectiveSelection';
import { AppError, validation } from '../../errors';
import type { AppDeps } from '../../deps';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { campaignEligibility } from '../eligibility/campaignEligibility';
import { notifyUnit } from '../notifications/notifyUnit';
import { lockQuota } from './nominationQueries';

/** The quota row that serialises Sở Nội vụ's picks of a campaign (nomination_quota_locks), like a proposal's. */
const SELECTION_QUOTA_KEY = 'excellent_group_collectives';

type RankedUnit = { unitId: string; classification: string | null };

/** The published ranking of the campaign's year, as unit → class; null when the year is not published yet. */
export async function publishedClasses(db: DbOrTx, year: number): Promise<Map<string, string | null> | null> {
  const [publication] = await db.select({ snapshot: parPublications.snapshot }).from(parPublications).where(eq(parPublications.year, year));
  if (!publication) return null;
  return new Map((publication.snapshot as RankedUnit[]).map((r) => [r.unitId, r.classification]));
}

/**
 * The specialised CCHC units (phòng, đơn vị chuyên trách: `par_unit`, not ranked) that meet Tiết 3, Điểm a, Khoản 1,
 * Mục III as collectives in this campaign — registered, attested and meeting C1 or C2 (the eligibility feature's own
 * evaluation) — which Sở Nội vụ may therefore select like the excellent group (`decideSelection`).
 */
export async function specialisedUnitsMeetingBasis(db: DbOrTx, campaign: CampaignRecord): Promise<Set<string>> {
  const { items } = await campaignEligibility(db, campaign, { kind: 'all' });
  return new Set(items.filter((i) => i.kind === 'collective' && i.orgUnit.kind === 'par_unit' && i.result.eligible).map((i) => i.orgUnit.id));
}

/** The collectives picked for a campaign, in Vietnamese order. */
export async function selectedCollectives(db: DbOrTx, campaignId: string) {
  return db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name, selectedAt: collectiveSelections.selectedAt })
    .from(collectiveSelections)
    .innerJoin(orgUnits, eq(orgUnits.id, collectiveSelections.orgUnitId))
    .where(eq(collectiveSelections.campaignId, campaignId))
    .orderBy(asc(orgUnits.sortKey));
}

function selectionNotice(campaign: CampaignRecord, unitName: string) {
  return {
    title: `${unitName} được chọn là tập thể tiêu biểu — đề nghị lập hồ sơ khen thưởng`,
    body:
      `Sở Nội vụ đã chọn ${unitName} là tập thể tiêu biểu trong nhóm xếp hạng xuất sắc của Kế hoạch số ${campaign.planNumber} ` +
      `(Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III). Đề nghị đơn vị lập hồ sơ đề nghị khen thưởng và đề nghị cá nhân ` +
      `(Điểm b, Khoản 4, Mục III), gửi về Sở Nội vụ trong thời hạn lập hồ sơ.`,
    link: `/thi-dua/${campaign.id}/de-nghi-khen-thuong`,
  };
}

/**
 * Sở Nội vụ picks typical collectives from the excellent group of the published ranking (III.4.a, first bullet).
 * Under the campaign's selection row lock: the picks so far are read, the rule decides (excellent class — or, for a
 * specialised CCHC unit, Tiết 3, Điểm a, Khoản 1 met —, no commune, the campaign's limit — none by default), and each new pick, its audit row and its notice (in the app; e-mail queued
 * when the unit has an address) are written in one transaction.
 * @returns the campaign's picks after this one
 * @throws validation when the year is not published or a unit is not in the excellent group; CONFLICT over the limit
 */
export async function selectCollectives(db: Db, deps: Pick<AppDeps, 'config' | 'jobs'>, ctx: AuditContext, actor: Actor, input: { campaignId: string; unitIds: string[]; asOf: Date }) {
  const campaign = await loadCampaign(db, input.campaignId);
  const classes = await publishedClasses(db, campaign.year);
  if (!classes) {
    const message = `Chưa công bố kết quả xếp hạng Chỉ số CCHC năm ${campaign.year}: chưa có nhóm xuất sắc để chọn tập thể tiêu biểu.`;
    throw validation([{ path: 'unitIds', message }], message);
  }
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(and(inArray(orgUnits.id, input.unitIds), eq(orgUnits.eraId, campaign.eraId)));
  const missing = input.unitIds.find((id) => !units.some((u) => u.id === id));
  if (missing) throw validation([{ path: 'unitIds', message: `Đơn vị được chọn: không có đơn vị ${missing} trong thời kỳ của đợt thi đua` }]);
  const specialised = units.some((u) => u.kind === 'par_unit') ? await specialisedUnitsMeetingBasis(db, campaign) : new Set<string>();
  const requested: SelectionUnit[] = units.map((u) => ({ ...u, classification: classes.get(u.id) ?? null, meetsSpecialisedBasis: specialised.has(u.id) }));
  const quota = campaign.definition.quotas.excellentGroupCollectives;

  await db.transaction(async (tx) => {
    await lockQuota(tx, campaign.id, SELECTION_QUOTA_KEY);
    const already = await selectedCollectives(tx, campaign.id);
    const decision = decideSelection({ requested, alreadySelected: already, quota: { limit: quota.limit, ref: quota.ref } });
    if (!decision.allowed) {
      if (decision.status === 'quota') throw new AppError('CONFLICT', decision.message, [{ path: decision.field, message: decision.message }]);
      throw validation([{ path: decision.field, message: decision.message }], decision.message);
    }
    for (const unitId of decision.newUnitIds) {
      const unit = requested.find((u) => u.id === unitId)!;
      const [row] = await tx.insert(collectiveSelections).values({ campaignId: campaign.id, orgUnitId: unitId, selectedById: actor.userId, selectedAt: input.asOf }).returning();
      await writeAudit(tx, ctx, { action: 'collectiveSelection.create', entityType: 'collectiveSelection', entityId: row.id, orgUnitId: unitId, after: row });
      await notifyUnit(tx, deps, { unitId, campaignId: campaign.id, kind: 'collective_selected', ...selectionNotice(campaign, unit.name), asOf: input.asOf });
    }
  });
  return selectedCollectives(db, campaign.id);
}
