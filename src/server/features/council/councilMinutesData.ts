import type { DbOrTx } from '../../../db/client';
import type { CouncilSessionMinutesData } from '../../../documents/council/buildCouncilSessionMinutesModel';
import type { Actor } from '../../../domain/access/actor';
import { loadCampaign } from '../campaigns/campaignQueries';
import { getCouncilSession } from './getCouncilSession';

/** What the session's Biên bản prints, from the same record as its page (the frozen tally once closed). */
export async function councilMinutesData(db: DbOrTx, actor: Actor, sessionId: string): Promise<CouncilSessionMinutesData> {
  const s = await getCouncilSession(db, actor, sessionId);
  const d = (await loadCampaign(db, s.campaignId)).definition;
  return {
    campaign: { planNumber: d.planNumber, planDate: d.planDate, issuer: d.issuer, place: d.place, theme: d.theme, year: d.year },
    session: { title: s.title, heldAt: s.heldAt, place: s.place, closedAt: s.closedAt, quorumPercent: s.quorumPercent, passRuleLabel: s.passRuleLabel },
    members: s.members.map((m) => ({ fullName: m.fullName, position: m.position, councilRole: m.councilRole, councilRoleLabel: m.councilRoleLabel, unitName: m.orgUnit?.name ?? null, attendance: m.attendance })),
    quorumExplanation: s.quorum.explanation,
    quorumSource: `${s.quorum.ref.source}, ${s.quorum.ref.clause}`,
    recusalExplanation: s.recusalRule.explanation,
    results: s.agenda.map((a) => ({ nomineeName: a.nomineeName, proposingUnitName: a.proposingUnitName, ...a.result })),
  };
}
