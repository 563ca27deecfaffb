import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { campaignRuleSetVersions, campaigns, people, registrationIndividuals, registrations } from '../../../db/schema';
import { ERA_KG_2020 } from '../../../db/seed/orgTreeSeed';
import { orgUnitDerived } from '../../../db/seed/orgUnitDerived';
import { kh34Campaign } from '../../../domain/campaigns/kh34Campaign';
import { kh34RuleSet } from '../../../domain/eligibility/kh34RuleSet';

/**
 * The KH 34 campaign's id: the seeded one (src/db/seed/campaignSeed.ts), or one created here when the seed does
 * not provide it, so these tests only depend on the tables.
 */
export async function kh34CampaignId(db: Db): Promise<string> {
  const [found] = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.planNumber, kh34Campaign.planNumber), eq(campaigns.year, 2020), eq(campaigns.eraId, ERA_KG_2020)));
  if (found) return found.id;
  const [row] = await db
    .insert(campaigns)
    .values({ year: 2020, planNumber: kh34Campaign.planNumber, planDate: kh34Campaign.planDate, eraId: ERA_KG_2020, status: 'registration_open', definition: kh34Campaign, ruleSet: kh34RuleSet })
    .returning({ id: campaigns.id });
  await db.insert(campaignRuleSetVersions).values({ campaignId: row.id, version: 1, ruleSet: kh34RuleSet, note: 'Bộ tiêu chuẩn của Kế hoạch số 34/KH-UBND (dữ liệu kiểm thử)' });
  return row.id;
}

/** A cán bộ, công chức of a unit. */
export async function createPerson(db: Db, orgUnitId: string, fullName: string, position = 'Chuyên viên'): Promise<string> {
  const [row] = await db
    .insert(people)
    .values({ fullName, position, orgUnitId, searchText: orgUnitDerived({ code: '', name: fullName }).searchText, sortKey: orgUnitDerived({ code: '', name: fullName }).sortKey })
    .returning({ id: people.id });
  return row.id;
}

/** A unit's registration in a status, with its individuals, written straight to the tables. */
export async function register(
  db: Db,
  input: {
    campaignId: string;
    orgUnitId: string;
    status: 'draft' | 'submitted' | 'returned' | 'accepted' | 'forwarded';
    individuals?: { personId: string; parTasksExcellent?: boolean | null; directlyDoesParWork?: boolean | null }[];
  },
): Promise<string> {
  const [reg] = await db
    .insert(registrations)
    .values({ campaignId: input.campaignId, orgUnitId: input.orgUnitId, status: input.status, content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' })
    .returning({ id: registrations.id });
  for (const [i, member] of (input.individuals ?? []).entries()) {
    await db.insert(registrationIndividuals).values({
      registrationId: reg.id,
      campaignId: input.campaignId,
      personId: member.personId,
      position: 'Chuyên viên',
      content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
      parTasksExcellent: member.parTasksExcellent ?? null,
      directlyDoesParWork: member.directlyDoesParWork ?? null,
      sortOrder: i,
    });
  }
  return reg.id;
}
