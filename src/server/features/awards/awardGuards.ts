import type { Actor } from '../../../domain/access/actor';
import { scopeOf } from '../../../domain/access/scope';
import { proposalTransition, type ProposalEvent, type ProposalStatus } from '../../../domain/awards/proposalLifecycle';
import { AppError, forbidden } from '../../errors';

/** Tờ trình and Quyết định are the province's papers: units see their own awards in the award history instead. */
export function assertProvince(actor: Actor): void {
  if (scopeOf(actor).kind !== 'all') throw forbidden('Tờ trình và Quyết định khen thưởng do cấp tỉnh xem; đơn vị xem khen thưởng của mình ở trang đơn vị.');
}

/** The Tờ trình's next status for `event`, or a 409 saying why not (src/domain/awards/proposalLifecycle.ts). */
export function proposalMove(status: ProposalStatus, event: ProposalEvent): ProposalStatus {
  const move = proposalTransition(status, event);
  if (!move.allowed) throw new AppError('CONFLICT', move.message);
  return move.to;
}
