import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossierVersions, nominations } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import { checkCouncilMeeting } from '../../../domain/dossiers/councilMeeting';
import { DOSSIER_DOCUMENT_KINDS, DOSSIER_DOCUMENT_LABELS, dossierChecklist } from '../../../domain/dossiers/dossierChecklist';
import { canonicalJson, type DossierVersionContent } from '../../../domain/dossiers/dossierVersions';
import type { DossierScan } from '../../../shared/contracts/dossiers';
import { isWithinDeadline } from '../../../domain/time/legalDeadline';
import { formatVnDate, type LocalDate } from '../../../domain/time/localDate';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { loadCampaign } from '../campaigns/campaignQueries';
import { campaignDossierDeadline } from './dossierDeadline';
import { assertActsForProposer } from './dossierGuards';
import { ensureDossier, latestScanStates, listDossierScans, loadDossierContext, type DossierContext, type DossierRow } from './dossierQueries';
import { moveDossier } from './dossierTransition';
import { nomineeNameOf } from './getDossier';

/**
 * What a submission freezes (`dossier_versions.content`): the council meeting as recorded, the newest scan of each
 * document (file name, SHA-256, ký số status) and the nominee's key facts.
 */
export function dossierVersionContent(context: DossierContext, dossier: DossierRow, scans: readonly DossierScan[]): DossierVersionContent {
  const n = context.nomination;
  const documents = DOSSIER_DOCUMENT_KINDS.flatMap((kind) => {
    const newest = scans.find((s) => s.documentKind === kind);
    return newest
      ? [{ kind, label: DOSSIER_DOCUMENT_LABELS[kind], scanId: newest.id, fileName: newest.fileName, sha256: newest.sha256, signatureStatus: newest.signatureStatus, uploadedAt: newest.uploadedAt }]
      : [];
  });
  return {
    nominee: { nominationId: n.nomination.id, kind: n.nomination.nomineeKind, name: nomineeNameOf(context), unitName: n.nomineeUnit.name, proposingUnitName: n.proposingUnit.name, quotaKey: n.nomination.quotaKey },
    councilMeeting: dossier.councilMeeting ?? null,
    documents,
  };
}

/** The SHA-256 (hex) of a version's content, over its canonical JSON. */
export const versionSha256 = (content: DossierVersionContent) => createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');

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
    // Nomination, then dossier: the order a withdrawal locks them in, so a submit and a withdrawal serialise.
    const [nomination] = await tx.select({ status: nominations.status }).from(nominations).where(eq(nominations.id, context.nomination.nomination.id)).for('update');
    if (nomination.status !== 'proposed') throw new AppError('CONFLICT', 'Đề nghị này vừa được rút: không gửi được hồ sơ.');
    const before = await ensureDossier(tx, context.nomination);
    const scans = await listDossierScans(tx, before.id);
    const checklist = dossierChecklist({ meeting: before.councilMeeting ? checkCouncilMeeting(before.councilMeeting) : null, nomineeName: nomineeNameOf(context), scans: latestScanStates(scans) });
    if (before.status === 'draft' || before.status === 'returned') {
      if (!checklist.complete) {
        const missing = checklist.items.filter((i) => !i.done);
        throw new AppError('CONFLICT', `Hồ sơ chưa đủ (${checklist.ref.clause}): ${missing.map((i) => i.explanation).join(' ')}`);
      }
    }
    const version = before.version + 1;
    const content = dossierVersionContent(context, before, scans);
    const contentSha256 = versionSha256(content);
    // The lifecycle's guarded move, its version and its audit row: alike in shape to the other save use cases on purpose.
    const after = await moveDossier(tx, before, 'submit', { submittedAt: input.asOf, submittedById: actor.userId, returnedAt: null, returnedById: null, returnReason: null, version, updatedAt: input.asOf });
    const [frozen] = await tx.insert(dossierVersions).values({ dossierId: before.id, version, content, contentSha256, submittedById: actor.userId, submittedAt: input.asOf }).returning({ id: dossierVersions.id });
    await writeAudit(tx, ctx, {
      action: 'dossier.submit',
      entityType: 'dossier',
      entityId: before.id,
      orgUnitId: before.orgUnitId,
      before: { status: before.status, version: before.version },
      after: { nominationId: before.nominationId, status: after.status, submittedAt: after.submittedAt, version, versionId: frozen.id, contentSha256, deadline: deadline.deadlineInstant, scans: content.documents.map((d) => ({ document: d.kind, sha256: d.sha256, signatureStatus: d.signatureStatus })) },
    });
  });
}
