import type { Db, Tx } from '../../../db/client';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { ruleSetChanges } from '../../../domain/eligibility/ruleSetChanges';
import { formatVnDateTime } from '../../../domain/time/localDate';
import { AppError, validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import type { SessionUser } from '../../kit/session';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { ensureFirstRuleSetVersion, recordRuleSetVersion } from '../campaigns/recordRuleSetVersion';
import { lockParYear } from '../par/saveParScore';
import { listRuleSetVersions, ruleSetFreeze } from './ruleSetQueries';

function staleMessage(sent: number, current: { version: number; createdAt: Date; createdBy: { fullName: string } | null }): string {
  const who = current.createdBy ? `${current.createdBy.fullName}, ` : '';
  return (
    `Bộ tiêu chuẩn đã có phiên bản ${current.version} (${who}lúc ${formatVnDateTime(current.createdAt)}) sau phiên bản ${sent} bạn đang sửa; ` +
    'hãy tải lại trang để xem thay đổi rồi sửa tiếp.'
  );
}

const STALE_AFTER_RACE = 'Bộ tiêu chuẩn vừa được người khác lưu thành phiên bản mới; hãy tải lại trang để xem thay đổi rồi sửa tiếp.';

/**
 * Makes a new version of a campaign's rule set, the one way every rule-set change is written (edit, set-up from a
 * template or another campaign). In one transaction: the campaign row is locked, the year's PAR lock is taken (so a
 * publication cannot slip in between the check and the write), a frozen rule set is refused (409 naming the
 * publication), an edit of a version that is no longer current is refused (409), the new rule set is built and
 * checked by `build`, the version row, `campaigns.rule_set` and the audit row (before/after) are written together.
 * @param input.expectedVersion the version the user edited (0 when the campaign had none)
 * @param input.build returns the new rule set and its note; throws a validation error for a bad one
 */
export async function commitRuleSetVersion(
  db: Db,
  ctx: AuditContext,
  actor: SessionUser,
  input: {
    campaignId: string;
    expectedVersion: number;
    asOf: Date;
    build: (campaign: CampaignRecord, current: RuleSet | null, tx: Tx) => Promise<{ ruleSet: RuleSet; note: string | null; from?: string }>;
  },
): Promise<CampaignRecord> {
  try {
    return await db.transaction(async (tx) => {
      const campaign = await loadCampaign(tx, input.campaignId, { forUpdate: true });
      await lockParYear(tx, campaign.year);
      const freeze = await ruleSetFreeze(tx, campaign);
      if (freeze.frozen) throw new AppError('CONFLICT', freeze.reason!);
      const [latest] = await listRuleSetVersions(tx, campaign);
      const currentVersion = campaign.ruleSet === null ? 0 : (latest?.version ?? 1);
      if (input.expectedVersion !== currentVersion) {
        const message =
          latest && campaign.ruleSet !== null
            ? staleMessage(input.expectedVersion, latest)
            : `Đợt thi đua chưa có bộ tiêu chuẩn (phiên bản 0), không phải phiên bản ${input.expectedVersion}; hãy tải lại trang.`;
        throw new AppError('CONFLICT', message, [{ path: 'version', message: `Phiên bản: ${message}` }]);
      }
      const before = (campaign.ruleSet as RuleSet | null) ?? null;
      const next = await input.build(campaign, before, tx);
      const changes = before ? ruleSetChanges(before, next.ruleSet) : [];
      if (before && changes.length === 0) {
        throw validation([{ path: 'ruleSet', message: `Bộ tiêu chuẩn: không có thay đổi nào so với phiên bản ${currentVersion}` }]);
      }
      if (before) await ensureFirstRuleSetVersion(tx, campaign);
      const version = currentVersion + 1;
      const row = await recordRuleSetVersion(tx, { campaignId: campaign.id, version, ruleSet: next.ruleSet, createdBy: actor.userId, note: next.note, at: input.asOf });
      await writeAudit(tx, ctx, {
        action: before ? 'ruleSet.update' : 'ruleSet.create',
        entityType: 'ruleSet',
        entityId: campaign.id,
        orgUnitId: actor.unitId,
        before: before ? { campaignId: campaign.id, version: currentVersion, ruleSet: before } : null,
        after: { campaignId: campaign.id, version, versionId: row.id, note: next.note, ruleSetFrom: next.from ?? null, changes, ruleSet: next.ruleSet },
      });
      return { ...campaign, ruleSet: next.ruleSet };
    });
  } catch (err) {
    // Two secretaries saving the same version at once: the unique (campaign, version) key decides.
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', STALE_AFTER_RACE, [{ path: 'version', message: `Phiên bản: ${STALE_AFTER_RACE}` }]);
    throw err;
  }
}
