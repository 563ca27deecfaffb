import type { Actor } from '../../../domain/access/actor';
import { mayProposeFor } from '../../../domain/access/policies/nomination';
import { DOSSIER_STATUS_LABELS, isEditable } from '../../../domain/dossiers/dossierChecklist';
import { AppError, forbidden } from '../../errors';
import type { DossierContext, DossierRow } from './dossierQueries';

/** Only the proposing unit (or Sở Nội vụ recording from paper) prepares a dossier (same rule as its nomination). */
export function assertActsForProposer(actor: Actor, context: DossierContext): void {
  if (!mayProposeFor(actor, context.nomination.proposingUnit)) {
    throw forbidden(`Hồ sơ này do ${context.nomination.proposingUnit.name} lập; chỉ đơn vị đó (hoặc Sở Nội vụ) sửa được.`);
  }
}

/** A submitted dossier is in the secretariat's hands: the unit changes it again only once it is returned. */
export function assertEditable(dossier: DossierRow): void {
  if (!isEditable(dossier.status)) {
    throw new AppError('CONFLICT', `Hồ sơ đang ở trạng thái «${DOSSIER_STATUS_LABELS[dossier.status]}»: không sửa được cho đến khi Sở Nội vụ trả lại.`);
  }
}
