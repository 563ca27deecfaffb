import { and, eq } from 'drizzle-orm';
import { campaignDefinitionSchema } from '../../domain/campaigns/campaignDefinition';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { kh34RuleSet } from '../../domain/eligibility/kh34RuleSet';
import { appendAuditEvent } from '../auditChain';
import type { DbOrTx } from '../client';
import { campaignRuleSetVersions, campaigns } from '../schema';
import { ERA_KG_2020 } from './orgTreeSeed';

/** The note of the seeded campaign's first rule-set version. */
export const SEED_RULE_SET_NOTE = 'Tiêu chuẩn Bằng khen tại Khoản 1, Mục III của Kế hoạch số 34/KH-UBND ngày 03/3/2020 (nạp khi khởi tạo hệ thống)';

/**
 * Loads the reference campaign, Kế hoạch số 34/KH-UBND ngày 03/3/2020 of UBND tỉnh Kiên Giang (source:
 * src/domain/campaigns/kh34Campaign.ts, copied verbatim from the plan, and its Bằng khen criteria
 * src/domain/eligibility/kh34RuleSet.ts). It is seeded open for registration, as the plan was issued on 03/3/2020.
 * Does nothing when the campaign is already there, so it runs on every start.
 * @returns true when it inserted the campaign
 */
export async function seedCampaigns(db: DbOrTx): Promise<boolean> {
  const existing = await db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.planNumber, kh34Campaign.planNumber), eq(campaigns.year, kh34Campaign.year), eq(campaigns.eraId, ERA_KG_2020)))
    .limit(1);
  if (existing.length > 0) return false;
  // Parsed like any other definition, so seed data can never bypass the schema.
  const definition = campaignDefinitionSchema.parse(kh34Campaign);
  const [row] = await db
    .insert(campaigns)
    .values({
      year: definition.year,
      planNumber: definition.planNumber,
      planDate: definition.planDate,
      eraId: ERA_KG_2020,
      status: 'registration_open',
      definition,
      ruleSet: kh34RuleSet,
    })
    .returning({ id: campaigns.id });
  // Version 1 of its rule set, so the rule-set screen shows where the criteria came from.
  await db.insert(campaignRuleSetVersions).values({ campaignId: row.id, version: 1, ruleSet: kh34RuleSet, note: SEED_RULE_SET_NOTE });
  await appendAuditEvent(db, {
    action: 'campaign.seed',
    entityType: 'campaign',
    entityId: row.id,
    after: { planNumber: definition.planNumber, year: definition.year, eraId: ERA_KG_2020, status: 'registration_open' },
  });
  return true;
}
