import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import type { Classification } from '../../../domain/par/classificationScheme';
import { classificationLabels } from '../../../domain/par/classificationScheme';
import { parResultsToRows } from '../../../domain/par/parResultRows';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { visibleYearResults } from '../par/parResultQueries';
import { groupsOfUnits, type ReportFilter } from './reportQueries';

/**
 * The PAR results of the campaign's year for the units in scope and group, as the PAR screen shows them (live for the
 * province before publication, else as published), and the same rows as the PAR export writes them, so the file
 * re-imports through the PAR import (parResultRows.ts).
 */
export async function parReport(db: DbOrTx, campaign: CampaignRecord, actor: Actor, filter: ReportFilter) {
  const visible = await visibleYearResults(db, actor, campaign.year);
  const groupOfUnit = await groupsOfUnits(db, actor, visible.items.map((i) => i.unitId), filter);
  const kept = visible.items.flatMap((i) => {
    const g = groupOfUnit.get(i.unitId);
    return g ? [{ item: i, g }] : [];
  });
  const items = kept.map(({ item, g }) => {
    const cls = (item.classification ?? item.publishedClassification ?? null) as Classification | null;
    return {
      ...g,
      unitId: item.unitId,
      blockCode: item.blockCode ?? '',
      totalPoints: item.totalPoints ?? item.publishedTotal ?? null,
      indexPercent: item.indexPercent ?? null,
      classificationLabel: item.classificationLabel ?? (cls ? classificationLabels[cls] : null),
      rank: item.rank ?? null,
    };
  });
  const table = parResultsToRows(
    campaign.year,
    kept.map(({ item, g }) => ({ ...item, code: g.code, name: g.name, publishedClassification: item.publishedClassification ?? null })),
  );
  return { year: campaign.year, source: visible.source, items, table };
}
