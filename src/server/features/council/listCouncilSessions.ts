import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { can } from '../../../domain/access/policy';
import type { CouncilSessionList } from '../../../shared/contracts/council';
import { listSessions } from './councilQueries';
import { SESSION_STATUS_LABELS } from './getCouncilSession';

/** The council sessions of a campaign, newest first, with their counts (province roles: no unit scope). */
export async function listCouncilSessions(db: DbOrTx, actor: Actor, campaignId: string): Promise<CouncilSessionList> {
  const rows = await listSessions(db, campaignId);
  return {
    canManage: can(actor, 'council.manage'),
    items: rows.map(({ session: s, members, dossiers, passed }) => ({
      id: s.id,
      campaignId: s.campaignId,
      title: s.title,
      heldAt: new Date(s.heldAt).toISOString(),
      place: s.place,
      status: s.status,
      statusLabel: SESSION_STATUS_LABELS[s.status],
      members,
      dossiers,
      passed,
      closedAt: s.closedAt ? new Date(s.closedAt).toISOString() : null,
    })),
  };
}
