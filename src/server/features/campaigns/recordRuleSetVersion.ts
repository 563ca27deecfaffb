import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { campaignRuleSetVersions, campaigns } from '../../../db/schema';
import type { RuleSet } from '../../../domain/eligibility/eligibilityRules';

export type RuleSetVersionRow = typeof campaignRuleSetVersions.$inferSelect;

/** The newest version row of a campaign's rule set, or null when none was recorded. */
export async function latestRuleSetVersion(db: DbOrTx, campaignId: string): Promise<RuleSetVersionRow | null> {
  const [row] = await db
    .select()
    .from(campaignRuleSetVersions)
    .where(eq(campaignRuleSetVersions.campaignId, campaignId))
    .orderBy(desc(campaignRuleSetVersions.version))
    .limit(1);
  return row ?? null;
}

/**
 * Makes `ruleSet` the campaign's rule set as version `version`: one version row (who, when, why) and
 * `campaigns.rule_set`, in the caller's transaction. Two writers of the same version collide on the unique
 * (campaign_id, version) key, so a stale edit can never overwrite a newer one.
 * @returns the new version row
 */
export async function recordRuleSetVersion(
  tx: DbOrTx,
  input: { campaignId: string; version: number; ruleSet: RuleSet; createdBy: string | null; note: string | null; at: Date },
): Promise<RuleSetVersionRow> {
  const [row] = await tx
    .insert(campaignRuleSetVersions)
    .values({ campaignId: input.campaignId, version: input.version, ruleSet: input.ruleSet, createdBy: input.createdBy, note: input.note, createdAt: input.at })
    .returning();
  await tx.update(campaigns).set({ ruleSet: input.ruleSet, updatedAt: input.at }).where(eq(campaigns.id, input.campaignId));
  return row;
}

/**
 * A campaign whose rule set was written before versions were recorded (directly in the table) gets its version 1
 * row now, dated with the campaign, so the history starts with what was in force. Does nothing otherwise.
 */
export async function ensureFirstRuleSetVersion(tx: DbOrTx, campaign: { id: string; ruleSet: unknown; createdAt: Date }): Promise<void> {
  if (campaign.ruleSet === null) return;
  await tx
    .insert(campaignRuleSetVersions)
    .values({ campaignId: campaign.id, version: 1, ruleSet: campaign.ruleSet, createdBy: null, createdAt: campaign.createdAt, note: PRE_VERSIONING_NOTE })
    .onConflictDoNothing();
}

/** The note of a version 1 that existed before versions were recorded (also used by the migration). */
export const PRE_VERSIONING_NOTE = 'Bộ tiêu chuẩn có sẵn trước khi lưu phiên bản';
