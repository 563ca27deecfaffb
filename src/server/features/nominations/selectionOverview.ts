import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import type { SelectionOverview } from '../../../shared/contracts/collectiveSelections';
import type { CampaignRecord } from '../campaigns/campaignQueries';
import { publishedClasses, selectedCollectives, specialisedUnitsMeetingBasis } from './selectCollectives';

/** The picks so far, the excellent-group collectives (and specialised CCHC units meeting Tiết 3) still open to pick, and the limit (the selection screen). */
export async function selectionOverview(db: DbOrTx, campaign: CampaignRecord): Promise<SelectionOverview> {
  const quota = campaign.definition.quotas.excellentGroupCollectives;
  const [classes, selected] = await Promise.all([publishedClasses(db, campaign.year), selectedCollectives(db, campaign.id)]);
  // The excellent group of the published ranking, and the specialised CCHC units meeting Tiết 3 (not ranked).
  const specialised = classes ? await specialisedUnitsMeetingBasis(db, campaign) : new Set<string>();
  const excellent = [...[...(classes ?? new Map()).entries()].filter(([, c]) => c === 'excellent').map(([id]) => id as string), ...specialised];
  const picked = new Set(selected.map((s) => s.id));
  const candidates =
    excellent.length === 0
      ? []
      : await db
          .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
          .from(orgUnits)
          .where(and(inArray(orgUnits.id, excellent), ne(orgUnits.kind, 'commune'), eq(orgUnits.eraId, campaign.eraId)))
          .orderBy(asc(orgUnits.sortKey));
  return {
    published: classes !== null,
    quota: { limit: quota.limit, description: quota.description, clause: quota.ref.clause },
    selected: selected.map((s) => ({ ...s, selectedAt: s.selectedAt.toISOString() })),
    candidates: candidates.filter((c) => !picked.has(c.id)),
  };
}
