import { useApiData } from '../../app/hooks/useApiData';
import { AttestationForm } from '../campaignInputs/AttestationForm';
import type { Attestation } from '../../../shared/contracts/campaignInputs';

/** The unit head attests for their own unit, right on the board; saving recomputes the board. */
export function UnitHeadAttestation({ campaignId, planNumber, unit, onSaved }: { campaignId: string; planNumber?: string; unit: { id: string; name: string }; onSaved: () => void }) {
  const current = useApiData<Attestation[]>(`/api/campaigns/${campaignId}/attestations`);
  if (current.loading && !current.data) return null;
  return (
    <section className="panel" aria-labelledby="unit-head-att-title">
      <h2 id="unit-head-att-title" className="heading-m">
        Xác nhận của thủ trưởng đơn vị{planNumber ? ` cho Kế hoạch số ${planNumber}` : ''}
      </h2>
      <p className="hint">Hai điều kiện chung của Điểm a, Khoản 1, Mục III do thủ trưởng đơn vị xác nhận. Chưa xác nhận thì kết quả là “Chưa xác định”.</p>
      <AttestationForm
        campaignId={campaignId}
        unit={unit}
        current={current.data?.find((a) => a.orgUnitId === unit.id) ?? null}
        onSaved={() => {
          current.reload();
          onSaved();
        }}
      />
    </section>
  );
}
