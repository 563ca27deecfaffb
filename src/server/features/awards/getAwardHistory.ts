import type { DbOrTx } from '../../../db/client';
import type { AwardHistory } from '../../../shared/contracts/awards';
import { awardHistory } from './awardQueries';

/**
 * The awards of a unit (its own and its people's) or of a person, across campaigns and years, as decided (the
 * names, positions and units copied into the decision). The caller has checked the unit's or person's scope.
 */
export async function getAwardHistory(db: DbOrTx, of: { orgUnitId: string } | { personId: string }): Promise<AwardHistory> {
  const rows = await awardHistory(db, of);
  return {
    items: rows.map((r) => ({
      entryId: r.entryId,
      decisionId: r.decisionId,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      published: r.decisionStatus === 'published',
      campaignId: r.campaignId,
      campaignYear: r.campaignYear,
      planNumber: r.planNumber,
      nomineeKind: r.nomineeKind,
      personId: r.personId,
      name: r.name,
      position: r.position,
      unitName: r.unitName,
      achievement: r.achievement,
    })),
  };
}
