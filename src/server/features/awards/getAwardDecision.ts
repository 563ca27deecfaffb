import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import { decisionSnapshot } from '../../../domain/awards/awardSnapshot';
import type { AwardDecision } from '../../../shared/contracts/awards';
import { assertProvince } from './awardGuards';
import { entryOfRow, loadDecision, type DecisionEntryRow, type DecisionRow } from './awardQueries';
import { DECISION_STATUS_LABELS } from './listAwardProposals';
import { snapshotSha256 } from './snapshotHash';

/**
 * The snapshot check (issue 11 §8): the decision's hash recomputed from what is stored now — its number, date,
 * signer and entry rows — against the hash frozen when it was issued. A changed row gives another hash.
 */
export function checkDecisionHash(decision: DecisionRow, entries: readonly DecisionEntryRow[]): AwardDecision['hashCheck'] {
  const recomputed = snapshotSha256(
    decisionSnapshot({
      campaignId: decision.campaignId,
      proposalId: decision.proposalId,
      header: { number: decision.number, decisionDate: decision.decisionDate, signerName: decision.signerName, signerPosition: decision.signerPosition },
      entries: entries.map(entryOfRow),
    }),
  );
  const matches = recomputed === decision.snapshotSha256;
  return {
    recomputedSha256: recomputed,
    matches,
    explanation: matches
      ? 'Khớp: danh sách và thông tin quyết định đang lưu đúng như khi ghi nhận quyết định.'
      : 'KHÔNG khớp: danh sách hoặc thông tin quyết định đang lưu đã bị thay đổi sau khi ghi nhận quyết định.',
  };
}

/** A decision with its awardees, its frozen hash and the check of that hash now. */
export async function getAwardDecision(db: DbOrTx, actor: Actor, decisionId: string): Promise<AwardDecision> {
  assertProvince(actor);
  const { decision: d, year, entries } = await loadDecision(db, decisionId);
  return {
    id: d.id,
    campaignId: d.campaignId,
    campaignYear: year,
    proposalId: d.proposalId,
    number: d.number,
    decisionDate: d.decisionDate,
    signerName: d.signerName,
    signerPosition: d.signerPosition,
    status: d.status,
    statusLabel: DECISION_STATUS_LABELS[d.status],
    issuedAt: d.issuedAt.toISOString(),
    publishedAt: d.publishedAt?.toISOString() ?? null,
    snapshotSha256: d.snapshotSha256,
    hashCheck: checkDecisionHash(d, entries),
    entries: entries.map((e) => ({ id: e.id, ...entryOfRow(e) })),
    canPublish: can(actor, 'awardDecision.publish') && d.status === 'issued',
  };
}
