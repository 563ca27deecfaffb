import type { Db } from '../../../db/client';
import { awardProposalEntries, awardProposals } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { loadCampaign, type CampaignRecord } from '../campaigns/campaignQueries';
import { unlistedPassedDossiers } from './awardQueries';

export type ProposalFields = { number?: string | null; proposalDate?: string | null; signerName?: string | null; signerPosition?: string | null };

/** Empty text is no value: the drafts print dots where the văn thư writes by hand. */
export const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/**
 * Sở Nội vụ drafts its consolidated Tờ trình to the chairman (Khoản 3, Mục IV): it lists every dossier of the
 * campaign the council passed that no Tờ trình lists yet. A dossier is in one Tờ trình only (primary key of the
 * list and the check here, in the same transaction). Row and audit row together.
 */
export async function createAwardProposal(db: Db, ctx: AuditContext, actor: Actor, input: { campaign: CampaignRecord; fields: ProposalFields; asOf: Date }): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      // One writer of the campaign's lists at a time (any node): the "not yet listed" read below stays true.
      await loadCampaign(tx, input.campaign.id, { forUpdate: true });
      const entries = await unlistedPassedDossiers(tx, input.campaign.id, input.campaign.year);
      if (entries.length === 0) {
        throw new AppError('CONFLICT', 'Chưa có hồ sơ nào được Hội đồng Thi đua – Khen thưởng thống nhất đề nghị mà chưa có trong Tờ trình: không có gì để lập Tờ trình.');
      }
      const f = input.fields;
      const [row] = await tx
        .insert(awardProposals)
        .values({
          campaignId: input.campaign.id,
          number: orNull(f.number),
          proposalDate: orNull(f.proposalDate),
          signerName: orNull(f.signerName),
          signerPosition: orNull(f.signerPosition),
          createdById: actor.userId,
          createdAt: input.asOf,
          updatedAt: input.asOf,
        })
        .returning();
      await tx.insert(awardProposalEntries).values(entries.map((e) => ({ proposalId: row.id, dossierId: e.dossierId })));
      await writeAudit(tx, ctx, {
        action: 'awardProposal.create',
        entityType: 'awardProposal',
        entityId: row.id,
        orgUnitId: null,
        after: { campaignId: row.campaignId, number: row.number, proposalDate: row.proposalDate, signerName: row.signerName, signerPosition: row.signerPosition, status: row.status, dossierIds: entries.map((e) => e.dossierId) },
      });
      return row.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'Một hồ sơ vừa được đưa vào Tờ trình khác; hãy tải lại trang.');
    throw err;
  }
}
