import type { Db } from '../../../db/client';
import type { AuditContext } from '../../kit/audit';
import type { SessionUser } from '../../kit/session';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { ruleSetFromSource } from '../campaigns/ruleSetSource';
import { commitRuleSetVersion } from './commitRuleSetVersion';

/**
 * Sở Nội vụ sets a campaign's rule set up from the built-in "34/KH-UBND 2020" template or another campaign's current
 * rule set (POST …/rule-set/copy), moved to the campaign's year and plan, as its next version (version 1 for a
 * campaign that had none). The note says where it came from, followed by the user's own note.
 */
export async function copyRuleSet(
  db: Db,
  ctx: AuditContext,
  actor: SessionUser,
  input: { campaignId: string; from: string; version: number; note?: string; asOf: Date },
): Promise<CampaignRecord> {
  return commitRuleSetVersion(db, ctx, actor, {
    campaignId: input.campaignId,
    expectedVersion: input.version,
    asOf: input.asOf,
    build: async (campaign, _current, tx) => {
      const source = await ruleSetFromSource(tx, input.from, { id: campaign.id, definition: campaign.definition }, 'from');
      const note = [source.note, input.note?.trim()].filter(Boolean).join(' ');
      return { ruleSet: source.ruleSet, note, from: input.from };
    },
  });
}
