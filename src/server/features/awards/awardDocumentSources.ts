import type { DbOrTx } from '../../../db/client';
import type { AwardCampaign } from '../../../documents/awards/awardDocumentData';
import type { AwardDecisionData } from '../../../documents/awards/buildAwardDecisionModel';
import type { AwardProposalData } from '../../../documents/awards/buildAwardProposalModel';
import type { CertificateDecision } from '../../../documents/awards/renderCertificates';
import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import type { AwardEntry, ProposalSnapshot } from '../../../domain/awards/awardSnapshot';
import type { LocalDate } from '../../../domain/time/localDate';
import { entryOfRow, liveProposalEntries, loadDecision, loadProposal } from './awardQueries';

function awardCampaign(definition: unknown, year: number): AwardCampaign {
  const d = definition as CampaignDefinition;
  return { planNumber: d.planNumber, planDate: d.planDate, issuer: d.issuer, place: d.place, theme: d.theme, year };
}

/** What the Tờ trình prints: its number, date, signer and list (frozen once approved). */
export async function proposalDocumentData(db: DbOrTx, proposalId: string): Promise<AwardProposalData> {
  const { proposal: p, year, definition } = await loadProposal(db, proposalId);
  const frozen = p.snapshot as ProposalSnapshot | null;
  return {
    campaign: awardCampaign(definition, year),
    proposal: { number: p.number, date: p.proposalDate as LocalDate | null, signer: p.signerName ? { name: p.signerName, position: p.signerPosition ?? 'Giám đốc' } : null },
    entries: frozen ? frozen.entries : await liveProposalEntries(db, p.id, year),
  };
}

/** What the decision and its certificates print: the stored decision and its stored entries (as decided). */
export async function decisionDocumentData(db: DbOrTx, decisionId: string): Promise<{ document: AwardDecisionData; certificate: CertificateDecision; entries: (AwardEntry & { id: string })[] }> {
  const { decision: d, year, definition, entries } = await loadDecision(db, decisionId);
  const { proposal } = await loadProposal(db, d.proposalId);
  const campaign = awardCampaign(definition, year);
  const signer = { name: d.signerName, position: d.signerPosition };
  return {
    document: { campaign, decision: { number: d.number, date: d.decisionDate as LocalDate, signer }, proposal: { number: proposal.number, date: proposal.proposalDate as LocalDate | null }, entries: entries.map(entryOfRow) },
    certificate: { number: d.number, date: d.decisionDate as LocalDate, signer, issuer: campaign.issuer, place: campaign.place },
    entries: entries.map((e) => ({ id: e.id, ...entryOfRow(e) })),
  };
}
