import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { COLLECTIVE_KIND_LABELS, type CollectiveKind } from '../../../domain/campaigns/campaignDefinition';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { registrationProgress, type ReportFilter } from './reportQueries';

/** Registration progress (IV.1) per group and per collective kind, with the totals: counted in SQL. */
export async function registrationReport(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  const { groups, kinds } = await registrationProgress(db, campaign, actor, filter);
  return {
    groups,
    kinds: kinds.map((k) => ({ ...k, kindLabel: COLLECTIVE_KIND_LABELS[k.kind as CollectiveKind] ?? k.kind })),
    totals: {
      units: groups.reduce((s, g) => s + g.units, 0),
      registered: groups.reduce((s, g) => s + g.registered, 0),
      individuals: groups.reduce((s, g) => s + g.individuals, 0),
    },
  };
}
