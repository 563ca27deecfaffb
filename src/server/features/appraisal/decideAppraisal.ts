import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { dossierAppraisals, dossiers } from '../../../db/schema';
import type { Actor } from '../../../domain/access/actor';
import type { AppraisalCheckCode } from '../../../domain/appraisal/appraisalChecklist';
import { formatVnDateTime } from '../../../domain/time/localDate';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { writeAudit, type AuditContext } from '../../kit/audit';
import { isUniqueViolation } from '../../kit/uniqueViolation';
import { loadDossierContext } from '../dossiers/dossierQueries';
import { moveDossier } from '../dossiers/dossierTransition';
import { nomineeNameOf } from '../dossiers/getDossier';
import { returnDossier } from '../dossiers/returnDossier';
import { notifyUnit } from '../notifications/notifyUnit';
import { alreadyDecidedMessage, appraisalOf, computeAppraisalChecklist } from './appraisalQueries';

export type AppraisalDecisionInput = {
  nominationId: string;
  outcome: 'accepted' | 'returned';
  /** The version the reviewer looked at; omitted by the older return route (then the newest). */
  version?: number;
  /** For a return: what is to be supplemented (required). For an acceptance: an optional general note. */
  note: string | null;
  notes?: Partial<Record<AppraisalCheckCode, string | null>>;
  asOf: Date;
};

/**
 * Sở Nội vụ decides the appraisal of a submitted dossier (Khoản 3, Mục IV): accept it (→ accepted, for the council)
 * or return it for supplement with its reasons (→ returned; the unit is notified, once per version). The checklist
 * with the reviewer's notes is recorded with the outcome (`dossier_appraisals`), the dossier moves by the lifecycle's
 * guarded update, and the audit row and notice are written in the same transaction.
 *
 * Two reviewers at once: the dossier row is locked first, so the second waits and then finds the dossier already
 * decided, and is told what the other did (who, what, when); the unique index on (dossier, version) is the last
 * guard should anything slip past. Exactly one outcome per version is ever stored.
 * @throws notFound outside scope; CONFLICT when not submitted, already decided, or another version was submitted
 */
export async function decideAppraisal(db: Db, deps: Pick<AppDeps, 'config' | 'jobs'>, ctx: AuditContext, actor: Actor, input: AppraisalDecisionInput): Promise<void> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  const dossierId = context.dossier?.id;
  if (!dossierId) throw new AppError('CONFLICT', 'Hồ sơ này chưa được gửi Sở Nội vụ: chưa có gì để thẩm định.');
  const version = input.version ?? context.dossier!.version;
  const checklist = await computeAppraisalChecklist(db, context, input.asOf, input.notes);
  const raced = async () => {
    const other = await appraisalOf(db, dossierId, version);
    return other ? new AppError('CONFLICT', alreadyDecidedMessage(version, other)) : null;
  };
  try {
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(dossiers).where(eq(dossiers.id, dossierId)).for('update');
      const other = await appraisalOf(tx, dossierId, version);
      if (other) throw new AppError('CONFLICT', alreadyDecidedMessage(version, other));
      if (before.version !== version) {
        throw new AppError('CONFLICT', `Bạn đang xem phiên bản ${version}, nhưng đơn vị đã gửi phiên bản ${before.version}${before.submittedAt ? ` lúc ${formatVnDateTime(before.submittedAt)}` : ''}: hãy tải lại trang và thẩm định phiên bản mới.`);
      }
      const appraisalId = randomUUID();
      const summary = { appraisalId, version, outcome: input.outcome, checklist: checklist.map((c) => `${c.label}: ${c.verdict === 'pass' ? 'đạt' : c.verdict === 'fail' ? 'không đạt' : 'chưa rõ'}${c.note ? ` (ghi chú: ${c.note})` : ''}`) };
      const after =
        input.outcome === 'accepted'
          ? await moveDossier(tx, before, 'accept', { acceptedAt: input.asOf, acceptedById: actor.userId, updatedAt: input.asOf })
          : await returnDossier(tx, ctx, actor, before, { reason: input.note ?? '', asOf: input.asOf, auditDetails: summary });
      await tx.insert(dossierAppraisals).values({ id: appraisalId, dossierId, version, checklist, outcome: input.outcome, note: input.note, decidedById: actor.userId, decidedAt: input.asOf });
      if (input.outcome === 'accepted') {
        // Update then its audit row: alike in shape to the other save use cases on purpose (see writeAudit in kit/audit.ts).
        await writeAudit(tx, ctx, {
          action: 'dossier.accept',
          entityType: 'dossier',
          entityId: dossierId,
          orgUnitId: before.orgUnitId,
          before: { status: before.status, version: before.version },
          after: { nominationId: before.nominationId, status: after.status, acceptedAt: after.acceptedAt, note: input.note, ...summary },
        });
        return;
      }
      const name = nomineeNameOf(context);
      await notifyUnit(tx, deps, {
        unitId: before.orgUnitId,
        campaignId: before.campaignId,
        kind: 'dossier_returned',
        title: `Hồ sơ khen thưởng của ${name} bị trả lại để bổ sung`,
        body: `Sở Nội vụ trả lại hồ sơ (phiên bản ${version}) để bổ sung: ${input.note}. Đơn vị bổ sung và gửi lại hồ sơ trong thời hạn.`,
        link: `/ho-so-khen-thuong/${before.nominationId}`,
        dedupeKey: `dossier:${dossierId}:v${version}`,
        asOf: input.asOf,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw (await raced()) ?? err;
    throw err;
  }
}
