import type { DbOrTx } from '../client';
import { seedCampaigns } from './campaignSeed';
import { seedOrgTree } from './orgTreeSeed';
import { seedParHistory } from './parSeed';

/**
 * Everything loaded on first start, in order. Each seeder does nothing when its data is already there,
 * so this runs on every start. Later seeders (campaigns, PAR history, …) add one line each.
 */
export async function seedAll(db: DbOrTx): Promise<void> {
  await seedOrgTree(db);
  await seedCampaigns(db);
  await seedParHistory(db);
}
