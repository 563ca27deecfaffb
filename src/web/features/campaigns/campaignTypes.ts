import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import type { CampaignDetail } from '../../../shared/contracts/campaigns';

/**
 * Web-only view of the campaign page's answer. The contract (src/shared/contracts/campaigns.ts) types `definition` as
 * a record: the server sends the stored plan, which campaignDefinitionSchema validated when it was saved; the pages
 * read it as that plan.
 */
export type CampaignDetailView = Omit<CampaignDetail, 'definition'> & { definition: CampaignDefinition };
