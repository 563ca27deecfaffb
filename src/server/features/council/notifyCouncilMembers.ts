import type { DbOrTx } from '../../../db/client';
import { formatVnDateTime } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { notifyUnit } from '../notifications/notifyUnit';
import { loadAgenda, loadMembers, loadSession } from './councilQueries';

/**
 * Tells each member's unit of the session (in the app, and by e-mail when configured): time, place and the nominees on
 * its agenda. One notice per unit and session (dedupe key `session:<id>`), so saving members again sends nothing twice;
 * a unit that gets a member later is told then. Inside the caller's transaction.
 */
export async function notifyCouncilMembers(tx: DbOrTx, deps: Pick<AppDeps, 'config' | 'jobs'>, sessionId: string, asOf: Date): Promise<void> {
  const session = await loadSession(tx, sessionId);
  const members = await loadMembers(tx, sessionId);
  const agenda = await loadAgenda(tx, sessionId);
  const units = new Map<string, string[]>();
  for (const m of members) if (m.unit) units.set(m.unit.id, [...(units.get(m.unit.id) ?? []), m.fullName]);
  const nominees = agenda.length ? ` Xét ${agenda.length} hồ sơ: ${agenda.map((a) => a.nomineeName).join('; ')}.` : '';
  for (const [unitId, names] of units) {
    await notifyUnit(tx, deps, {
      unitId,
      campaignId: session.campaignId,
      kind: 'council_session',
      title: `Mời họp Hội đồng Thi đua – Khen thưởng: ${session.title}`,
      body: `Thời gian: ${formatVnDateTime(new Date(session.heldAt))}. Địa điểm: ${session.place}. Thành viên của đơn vị: ${names.join(', ')}.${nominees}`,
      // The unit's own accounts (a district's, a Sở's) do not read council sessions: the notice itself says everything.
      link: null,
      dedupeKey: `session:${session.id}`,
      asOf,
    });
  }
}
