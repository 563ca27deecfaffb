import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/client';
import { orgUnits } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { toVnLocalDate } from '../../../domain/time/localDate';
import type { ReportHeading } from '../../../documents/reports/buildReportModels';
import { issuingBodyName } from '../../../documents/layout/nd30';
import type { CampaignRecord } from '../campaigns/campaignQueries';

/**
 * Who signs a printed report and what it covers: Sở Nội vụ under UBND tỉnh for a province reader (the body that
 * receives the dossiers, III.4.c), the district's UBND for its Phòng Nội vụ; the scope names the filter chosen.
 */
export async function reportHeading(db: DbOrTx, campaign: CampaignRecord, actor: Actor, groupName: string | null, asOf: Date): Promise<ReportHeading> {
  const [province] = await db
    .select({ name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.eraId, campaign.eraId), eq(orgUnits.kind, 'province')))
    .orderBy(desc(orgUnits.validFrom))
    .limit(1);
  const provinceName = province?.name ?? `Tỉnh ${campaign.definition.place}`;
  const provinceBody = issuingBodyName({ name: provinceName, kind: 'province' });
  const [own] = await db.select({ name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, actor.unitId));
  const district = scopeOf(actor).kind === 'subtree' && own;
  const body = district ? issuingBodyName(own) : campaign.definition.dossierSubmission.submitTo.replace(/\s*\(.*\)\s*$/u, '').trim();
  const whole = district ? own.name : provinceName.replace(/^Tỉnh/u, 'tỉnh');
  return {
    campaign: { ...campaign.definition, planNumber: campaign.planNumber, planDate: campaign.planDate, year: campaign.year },
    body,
    parentBody: district ? null : provinceBody,
    scopeName: groupName ? `${groupName} (${whole})` : whole,
    date: toVnLocalDate(asOf),
  };
}
