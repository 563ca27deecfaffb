import type { Db } from '../../../db/client';
import { councilSessions } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { AppDeps } from '../../deps';
import { validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';
import { agendaErrors, writeAgenda } from './saveCouncilAgenda';
import { memberErrors, membersForAudit, writeMembers } from './saveCouncilMembers';
import { loadAgenda, loadMembers } from './councilQueries';
import type { MemberInput, SessionDetails } from './schema';

/**
 * Sở Nội vụ (cơ quan thường trực of the council) opens a session for a campaign: its facts, and optionally its members
 * and agenda at once. Each member's unit is told of the session with its agenda. One transaction, one audit row.
 * @returns the new session's id
 */
export async function createCouncilSession(
  db: Db,
  deps: Pick<AppDeps, 'config' | 'jobs'>,
  ctx: AuditContext,
  actor: Actor,
  input: { campaignId: string; details: SessionDetails; members: MemberInput[]; dossierIds: string[]; asOf: Date },
): Promise<string> {
  const campaign = await loadCampaign(db, input.campaignId);
  return db.transaction(async (tx) => {
    const errors = [
      ...(await memberErrors(tx, null, input.members.map((m) => ({ ...m, id: undefined })))),
      ...(await agendaErrors(tx, { id: '00000000-0000-0000-0000-000000000000', campaignId: campaign.id }, input.dossierIds)),
    ];
    if (errors.length > 0) throw validation(errors);
    const d = input.details;
    const [session] = await tx
      .insert(councilSessions)
      .values({ campaignId: campaign.id, title: d.title, heldAt: new Date(d.heldAt), place: d.place, quorumPercent: d.quorumPercent, passRule: d.passRule, createdById: actor.userId, createdAt: input.asOf, updatedAt: input.asOf })
      .returning();
    await writeAgenda(tx, session.id, input.dossierIds);
    await writeMembers(tx, deps, session.id, input.members.map((m) => ({ ...m, id: undefined })), input.asOf);
    const agenda = await loadAgenda(tx, session.id);
    await writeAudit(tx, ctx, {
      action: 'councilSession.create',
      entityType: 'councilSession',
      entityId: session.id,
      orgUnitId: null,
      after: {
        campaignId: campaign.id,
        title: session.title,
        heldAt: session.heldAt,
        place: session.place,
        quorumPercent: session.quorumPercent,
        passRule: session.passRule,
        members: membersForAudit(await loadMembers(tx, session.id)),
        dossierIds: agenda.map((a) => a.dossierId),
        nominees: agenda.map((a) => a.nomineeName),
      },
    });
    return session.id;
  });
}
