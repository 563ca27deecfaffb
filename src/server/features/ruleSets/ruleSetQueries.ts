import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaignRuleSetVersions, users } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { CAMPAIGN_STATUS_LABELS, PLAN_EDITABLE_STATUSES } from '../../../domain/campaigns/campaignStatus';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { ruleSetChanges } from '../../../domain/eligibility/ruleSetChanges';
import { RULE_SET_TEMPLATES } from '../../../domain/eligibility/ruleSetTemplates';
import { formatVnDate, type LocalDate } from '../../../domain/time/localDate';
import type { RuleSetState, RuleSetVersionDetail } from '../../../shared/contracts/ruleSets';
import { notFound } from '../../errors';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { latestRuleSetVersion, PRE_VERSIONING_NOTE } from '../campaigns/recordRuleSetVersion';
import { findPublicationHeader, type PublicationHeader } from '../par/parResultQueries';

/** Where Sở Nội vụ reads and edits a campaign's rule set. */
export function ruleSetScreenPath(campaignId: string): string {
  return `/thi-dua/${campaignId}/bo-tieu-chuan`;
}

type VersionMeta = { version: number; createdAt: Date; createdBy: { id: string; username: string; fullName: string } | null; note: string | null };
type VersionWithRuleSet = VersionMeta & { ruleSet: RuleSet };

const versionColumns = {
  id: campaignRuleSetVersions.id,
  version: campaignRuleSetVersions.version,
  createdAt: campaignRuleSetVersions.createdAt,
  note: campaignRuleSetVersions.note,
  userId: users.id,
  username: users.username,
  fullName: users.fullName,
};

function meta(row: { version: number; createdAt: Date; note: string | null; userId: string | null; username: string | null; fullName: string | null }): VersionMeta {
  return {
    version: row.version,
    createdAt: row.createdAt,
    createdBy: row.userId ? { id: row.userId, username: row.username ?? '', fullName: row.fullName ?? '' } : null,
    note: row.note,
  };
}

/**
 * The versions of a campaign's rule set, newest first, with who saved each. A rule set written before versions were
 * recorded (straight into the table) reads as its version 1, dated with the campaign.
 */
export async function listRuleSetVersions(db: DbOrTx, campaign: Pick<CampaignRecord, 'id' | 'ruleSet' | 'createdAt'>): Promise<VersionWithRuleSet[]> {
  const rows = await db
    .select({ ...versionColumns, ruleSet: campaignRuleSetVersions.ruleSet })
    .from(campaignRuleSetVersions)
    .leftJoin(users, eq(users.id, campaignRuleSetVersions.createdBy))
    .where(eq(campaignRuleSetVersions.campaignId, campaign.id))
    .orderBy(desc(campaignRuleSetVersions.version));
  if (rows.length === 0 && campaign.ruleSet !== null) {
    return [{ version: 1, createdAt: campaign.createdAt, createdBy: null, note: PRE_VERSIONING_NOTE, ruleSet: campaign.ruleSet as RuleSet }];
  }
  return rows.map((row) => ({ ...meta(row), ruleSet: row.ruleSet as RuleSet }));
}

/** The version list of the API: newest first, each with what it changed from the version before. */
export async function presentRuleSetVersions(db: DbOrTx, campaign: Pick<CampaignRecord, 'id' | 'ruleSet' | 'createdAt'>) {
  const versions = await listRuleSetVersions(db, campaign);
  return {
    items: versions.map(({ ruleSet, ...v }, i) => {
      const previous = versions[i + 1];
      return { ...v, createdAt: v.createdAt.toISOString(), current: i === 0, changes: previous ? ruleSetChanges(previous.ruleSet, ruleSet) : [] };
    }),
  };
}

/** One version with its rule set, or 404. */
export async function findRuleSetVersion(db: DbOrTx, campaign: Pick<CampaignRecord, 'id' | 'ruleSet' | 'createdAt'>, version: number) {
  const [row] = await db
    .select({ ...versionColumns, ruleSet: campaignRuleSetVersions.ruleSet })
    .from(campaignRuleSetVersions)
    .leftJoin(users, eq(users.id, campaignRuleSetVersions.createdBy))
    .where(and(eq(campaignRuleSetVersions.campaignId, campaign.id), eq(campaignRuleSetVersions.version, version)));
  const versions = row ? null : await listRuleSetVersions(db, campaign);
  const found: VersionWithRuleSet | undefined = row ? { ...meta(row), ruleSet: row.ruleSet as RuleSet } : versions?.find((v) => v.version === version);
  if (!found) throw notFound(`Phiên bản ${version} của bộ tiêu chuẩn`);
  const current = row ? await currentRuleSetVersion(db, campaign) : versions![0].version;
  return { ...found, ruleSet: found.ruleSet as RuleSetVersionDetail['ruleSet'], createdAt: found.createdAt.toISOString(), current: found.version === current };
}

/** Whether the rule set may still change: not once the year's ranking is published, nor after that step. */
export type Freeze = { frozen: boolean; reason: string | null; publication: PublicationHeader | null };

export async function ruleSetFreeze(db: DbOrTx, campaign: Pick<CampaignRecord, 'year' | 'status'>): Promise<Freeze> {
  // The decision only, not the snapshot of every result (≈ 5 MB at national size, issue 13).
  const publication = await findPublicationHeader(db, campaign.year);
  if (publication) {
    return {
      frozen: true,
      publication,
      reason:
        `Bộ tiêu chuẩn đã chốt: kết quả xếp hạng Chỉ số CCHC năm ${campaign.year} đã được công bố theo Quyết định số ` +
        `${publication.decisionNumber} ngày ${formatVnDate(publication.decisionDate as LocalDate)} (${publication.signer}); ` +
        'không sửa bộ tiêu chuẩn sau khi công bố.',
    };
  }
  if (!PLAN_EDITABLE_STATUSES.includes(campaign.status)) {
    return {
      frozen: true,
      publication: null,
      reason: `Bộ tiêu chuẩn đã chốt: đợt thi đua đang ở trạng thái «${CAMPAIGN_STATUS_LABELS[campaign.status]}», kết quả xếp hạng đã công bố.`,
    };
  }
  return { frozen: false, reason: null, publication: null };
}

/** GET …/rule-set: the rule set in force, its current version, whether it is frozen and whether the actor may edit it. */
export async function loadRuleSetState(db: DbOrTx, campaign: CampaignRecord, actor: Actor): Promise<RuleSetState> {
  const [versions, freeze] = await Promise.all([listRuleSetVersions(db, campaign), ruleSetFreeze(db, campaign)]);
  const current = versions[0] ?? null;
  const publication = freeze.publication;
  return {
    campaign: { id: campaign.id, year: campaign.year, planNumber: campaign.planNumber, status: campaign.status, statusLabel: CAMPAIGN_STATUS_LABELS[campaign.status] },
    ruleSet: (campaign.ruleSet as RuleSetState['ruleSet']) ?? null,
    current: current && campaign.ruleSet !== null ? { version: current.version, createdBy: current.createdBy, note: current.note, createdAt: current.createdAt.toISOString() } : null,
    frozen: freeze.frozen,
    frozenReason: freeze.reason,
    publication: publication && { id: publication.id, decisionNumber: publication.decisionNumber, decisionDate: publication.decisionDate, signer: publication.signer },
    canEdit: !freeze.frozen && can(actor, 'ruleSet.manage'),
    templates: Object.entries(RULE_SET_TEMPLATES).map(([id, t]) => ({ id, label: t.label })),
    screenPath: ruleSetScreenPath(campaign.id),
  };
}

/** The current version number: 0 without a rule set. */
export async function currentRuleSetVersion(db: DbOrTx, campaign: Pick<CampaignRecord, 'id' | 'ruleSet'>): Promise<number> {
  if (campaign.ruleSet === null) return 0;
  return (await latestRuleSetVersion(db, campaign.id))?.version ?? 1;
}
