import { api } from '../../app/api/client';
import { ReasonForm } from '../../components/ReasonForm';
import type { Dossier } from '../../../shared/contracts/dossiers';

/** Sở Nội vụ returns a submitted dossier for supplement, saying what is missing; the unit can then edit it again. */
export function ReturnDossierForm({ dossier, onDone }: { dossier: Dossier; onDone: (d: Dossier) => void }) {
  return (
    <ReasonForm
      id="return-reason"
      title="Trả lại hồ sơ, yêu cầu bổ sung"
      label="Nội dung cần bổ sung"
      maxLength={2000}
      submitLabel="Trả lại hồ sơ"
      confirmMessage={`Trả lại hồ sơ của ${dossier.nomineeName} cho ${dossier.proposingUnit.name} để bổ sung.`}
      send={(reason) => api<Dossier>(`/api/nominations/${dossier.nominationId}/dossier/return`, { method: 'POST', body: { reason } })}
      onDone={onDone}
    />
  );
}
