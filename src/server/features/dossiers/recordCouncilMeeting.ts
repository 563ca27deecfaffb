import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossiers } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { checkCouncilMeeting, type CouncilMeetingRecord } from '../../../domain/dossiers/councilMeeting';
import { validation } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { assertActsForProposer, assertEditable } from './dossierGuards';
import { ensureDossier, loadDossierContext } from './dossierQueries';

/**
 * Records (or corrects) the council meeting that considered the nomination: checked first (fields, quorum), then
 * stored on the dossier with its audit row, in one transaction. A meeting without its quorum is refused: its votes
 * would not count. The Biên bản is drafted from this record.
 */
export async function recordCouncilMeeting(db: Db, ctx: AuditContext, actor: Actor, input: { nominationId: string; meeting: CouncilMeetingRecord; asOf: Date }): Promise<void> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  assertActsForProposer(actor, context);
  const meeting: CouncilMeetingRecord = {
    ...input.meeting,
    place: input.meeting.place.trim(),
    chair: input.meeting.chair.trim(),
    secretary: input.meeting.secretary.trim(),
    membersPresent: input.meeting.membersPresent.map((m) => m.trim()).filter(Boolean),
    tallies: input.meeting.tallies.map((t) => ({ ...t, nomineeName: t.nomineeName.trim() })),
  };
  const check = checkCouncilMeeting(meeting);
  const errors = [...check.errors.map((e) => ({ path: e.field, message: e.message }))];
  if (errors.length === 0 && check.quorum.verdict === 'fail') errors.push({ path: 'membersPresent', message: check.quorum.explanation });
  if (errors.length > 0) throw validation(errors, 'Biên bản họp Hội đồng chưa hợp lệ.');
  await db.transaction(async (tx) => {
    const before = await ensureDossier(tx, context.nomination);
    assertEditable(before);
    // Update then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
    const [after] = await tx
      .update(dossiers)
      .set({ councilMeeting: meeting, councilMeetingRecordedAt: input.asOf, updatedAt: input.asOf })
      .where(eq(dossiers.id, before.id))
      .returning();
    await writeAudit(tx, ctx, {
      action: 'dossier.councilMeeting.record',
      entityType: 'dossier',
      entityId: before.id,
      orgUnitId: before.orgUnitId,
      before: before.councilMeeting,
      after: { nominationId: before.nominationId, councilMeeting: after.councilMeeting, quorum: check.quorum.explanation, tallies: check.tallies.map((t) => t.explanation) },
    });
  });
}
