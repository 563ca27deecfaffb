import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { awardDecisionEntries, awardDecisions, dossiers } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { decisionSnapshot, type ProposalSnapshot } from '../../../domain/awards/awardSnapshot';
import { transition } from '../../../domain/nominations/nominationLifecycle';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { proposalMove } from './awardGuards';
import { decisionOfProposal, loadProposal } from './awardQueries';
import { snapshotSha256 } from './snapshotHash';

export type DecisionFields = { number: string; decisionDate: string; signerName: string; signerPosition: string };

const ALREADY = 'Tờ trình này đã có Quyết định khen thưởng (hoặc một hồ sơ của nó đã được khen thưởng theo quyết định khác): không ghi nhận lần nữa.';

/**
 * Sở Nội vụ records the chairman's signed Quyết định khen thưởng for an approved Tờ trình: number, date, signer. The
 * awardees are copied from the approved (frozen) list — later edits to people or units do not change them —, the
 * decision is frozen with its SHA-256, and each dossier moves council_passed → awarded through the lifecycle with a
 * guarded update. One transaction with every audit row. The unique indexes (one decision per Tờ trình, one per
 * dossier) hold across app nodes: of two concurrent recordings one wins, the other gets a 409.
 * @returns the decision's id
 */
export async function issueAwardDecision(db: Db, ctx: AuditContext, actor: Actor, input: { proposalId: string; fields: DecisionFields; asOf: Date }): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const { proposal } = await loadProposal(tx, input.proposalId, { forUpdate: true });
      proposalMove(proposal.status, 'issueDecision');
      if (await decisionOfProposal(tx, proposal.id)) throw new AppError('CONFLICT', ALREADY);
      const frozen = proposal.snapshot as ProposalSnapshot | null;
      if (!frozen || frozen.entries.length === 0) throw new AppError('CONFLICT', 'Tờ trình đã phê duyệt nhưng không có danh sách chốt: không ghi nhận được quyết định.');
      const f = input.fields;
      const snapshot = decisionSnapshot({ campaignId: proposal.campaignId, proposalId: proposal.id, header: f, entries: frozen.entries });
      const sha = snapshotSha256(snapshot);
      const [decision] = await tx
        .insert(awardDecisions)
        .values({ campaignId: proposal.campaignId, proposalId: proposal.id, number: snapshot.number, decisionDate: snapshot.decisionDate, signerName: snapshot.signerName, signerPosition: snapshot.signerPosition, snapshot, snapshotSha256: sha, issuedById: actor.userId, issuedAt: input.asOf })
        .returning();
      const inserted = await tx
        .insert(awardDecisionEntries)
        .values(snapshot.entries.map((e) => ({ decisionId: decision.id, dossierId: e.dossierId, nomineeKind: e.nomineeKind, orgUnitId: e.orgUnitId, personId: e.personId, nomineeName: e.name, position: e.position, unitName: e.unitName, achievement: e.achievement })))
        .returning({ id: awardDecisionEntries.id });
      for (const e of snapshot.entries) {
        const move = transition('council_passed', 'award');
        if (!move.allowed) throw new AppError('CONFLICT', move.message);
        const [moved] = await tx
          .update(dossiers)
          .set({ status: 'awarded', updatedAt: input.asOf })
          .where(and(eq(dossiers.id, e.dossierId), eq(dossiers.status, 'council_passed')))
          .returning({ id: dossiers.id, nominationId: dossiers.nominationId, orgUnitId: dossiers.orgUnitId });
        if (!moved) {
          const [now] = await tx.select({ status: dossiers.status }).from(dossiers).where(eq(dossiers.id, e.dossierId));
          const refusal = transition(now?.status ?? 'draft', 'award');
          throw new AppError('CONFLICT', `${e.name}: ${refusal.allowed ? 'hồ sơ vừa được người khác thay đổi.' : refusal.message}`);
        }
        await writeAudit(tx, ctx, { action: 'dossier.award', entityType: 'dossier', entityId: moved.id, orgUnitId: moved.orgUnitId, before: { status: 'council_passed' }, after: { nominationId: moved.nominationId, status: 'awarded', decisionId: decision.id, decisionNumber: decision.number } });
      }
      await writeAudit(tx, ctx, {
        action: 'awardDecision.issue',
        entityType: 'awardDecision',
        entityId: decision.id,
        orgUnitId: null,
        after: { campaignId: decision.campaignId, proposalId: proposal.id, number: decision.number, decisionDate: decision.decisionDate, signerName: decision.signerName, signerPosition: decision.signerPosition, status: decision.status, snapshotSha256: sha, entryCount: snapshot.entries.length, entryIds: inserted.map((e) => e.id) },
      });
      return decision.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', ALREADY);
    throw err;
  }
}
