import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossiers } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { checkCouncilMeeting } from '../../../domain/dossiers/councilMeeting';
import { dossierChecklist } from '../../../domain/dossiers/dossierChecklist';
import { isWithinDeadline } from '../../../domain/time/legalDeadline';
import { formatVnDate, type LocalDate } from '../../../domain/time/localDate';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from './dossierDeadline';
import { assertActsForProposer, assertEditable } from './dossierGuards';
import { ensureDossier, latestScanStates, listDossierScans, loadDossierContext } from './dossierQueries';
import { nomineeNameOf } from './getDossier';

/**
 * Submits the dossier to Sở Nội vụ (Phòng CCHC và TCPCP, III.4.c): it must be complete (checklist) and on time — up to
 * the last instant of the dossier deadline counted from the ranking's publication (Điểm c, Khoản 3, Mục II), refused
 * after it with the deadline and its basis. The dossier then sits in the secretariat's queue and the unit can no
 * longer change it. Status change and audit row in one transaction, under the dossier's row lock.
 */
export async function submitDossier(db: Db, ctx: AuditContext, actor: Actor, input: { nominationId: string; asOf: Date }): Promise<void> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  assertActsForProposer(actor, context);
  const campaign = await loadCampaign(db, context.nomination.nomination.campaignId);
  const deadline = await campaignDossierDeadline(db, campaign, input.asOf);
  if (!deadline) throw new AppError('CONFLICT', `Chưa công bố kết quả xếp hạng cải cách hành chính năm ${campaign.year}: chưa tính được thời hạn nộp hồ sơ.`);
  if (!isWithinDeadline(input.asOf, new Date(deadline.deadlineInstant))) {
    throw new AppError(
      'CONFLICT',
      `Đã quá thời hạn nộp hồ sơ khen thưởng: hạn cuối là hết ngày ${formatVnDate(deadline.deadlineDay as LocalDate)} (24 giờ). Căn cứ: ${deadline.basis.join(' ')}`,
    );
  }
  await db.transaction(async (tx) => {
    const before = await ensureDossier(tx, context.nomination);
    assertEditable(before);
    const scans = await listDossierScans(tx, before.id);
    const checklist = dossierChecklist({ meeting: before.councilMeeting ? checkCouncilMeeting(before.councilMeeting) : null, nomineeName: nomineeNameOf(context), scans: latestScanStates(scans) });
    if (!checklist.complete) {
      const missing = checklist.items.filter((i) => !i.done);
      throw new AppError('CONFLICT', `Hồ sơ chưa đủ (${checklist.ref.clause}): ${missing.map((i) => i.explanation).join(' ')}`);
    }
    // Update then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
    const [after] = await tx
      .update(dossiers)
      .set({ status: 'submitted', submittedAt: input.asOf, submittedById: actor.userId, updatedAt: input.asOf })
      .where(eq(dossiers.id, before.id))
      .returning();
    await writeAudit(tx, ctx, {
      action: 'dossier.submit',
      entityType: 'dossier',
      entityId: before.id,
      orgUnitId: before.orgUnitId,
      before: { status: before.status },
      after: { nominationId: before.nominationId, status: after.status, submittedAt: after.submittedAt, deadline: deadline.deadlineInstant, scans: scans.filter((s, i) => scans.findIndex((x) => x.documentKind === s.documentKind) === i).map((s) => ({ document: s.documentKind, sha256: s.sha256, signatureStatus: s.signatureStatus })) },
    });
  });
}
