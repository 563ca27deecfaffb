import type { DbOrTx } from '../../../db/client';
import type { Actor } from '../../../domain/access/actor';
import { allChecksPass, type AppraisalCheck } from '../../../domain/appraisal/appraisalChecklist';
import { can } from '../../../domain/access/policy';
import { DOSSIER_STATUS_LABELS } from '../../../domain/dossiers/dossierChecklist';
import type { Appraisal } from '../../../shared/contracts/appraisal';
import { notFound } from '../../errors';
import { loadDossierContext } from '../dossiers/dossierQueries';
import { listVersions } from '../dossiers/dossierVersionQueries';
import { nomineeNameOf } from '../dossiers/getDossier';
import { appraisalOf, computeAppraisalChecklist } from './appraisalQueries';

/**
 * The appraisal page of one dossier: the checklist of its newest submitted version — as recorded with the decision
 * once decided, else computed now from the records — every submitted version with its outcome, and whether the
 * caller may decide. A dossier never submitted has nothing to appraise (404).
 */
export async function getAppraisal(db: DbOrTx, actor: Actor, input: { nominationId: string; asOf: Date }): Promise<Appraisal> {
  const context = await loadDossierContext(db, actor, input.nominationId);
  const dossier = context.dossier;
  if (!dossier || dossier.version === 0) throw notFound('Hồ sơ đã gửi Sở Nội vụ');
  const decided = await appraisalOf(db, dossier.id, dossier.version);
  const checklist = decided ? (decided.checklist as AppraisalCheck[]) : await computeAppraisalChecklist(db, context, input.asOf);
  return {
    nominationId: dossier.nominationId,
    dossierId: dossier.id,
    campaignId: dossier.campaignId,
    nomineeName: nomineeNameOf(context),
    proposingUnitName: context.nomination.proposingUnit.name,
    status: dossier.status,
    statusLabel: DOSSIER_STATUS_LABELS[dossier.status],
    version: dossier.version,
    submittedAt: dossier.submittedAt?.toISOString() ?? null,
    checklist,
    allPass: allChecksPass(checklist),
    canDecide: dossier.status === 'submitted' && !decided && can(actor, 'dossier.appraise'),
    versions: await listVersions(db, dossier.id),
  };
}
