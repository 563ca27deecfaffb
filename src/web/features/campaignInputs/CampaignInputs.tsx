import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { useSession } from '../../app/auth/SessionContext';
import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportPanel } from '../../components/ImportPanel';
import { SelectField } from '../../components/SelectField';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { OrgUnitPicker } from '../users/OrgUnitPicker';
import { AttestationForm } from './AttestationForm';
import { RecognitionPanel } from './RecognitionPanel';
import { ExportButtons } from '../../components/ExportButtons';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { Attestation } from '../../../shared/contracts/campaignInputs';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Page } from '../../../shared/contracts/page';

const yesNo = (v: boolean | null) => (v === true ? 'Có' : v === false ? 'Không' : 'Chưa xác nhận');

/** Per campaign of the year: the unit heads' attestations and the districts' recognitions of their best commune. */
export function CampaignInputs({ year }: { year: number }) {
  const { can } = useSession();
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=50');
  const ofYear = (campaigns.data?.items ?? []).filter((c) => c.year === year);
  const [chosen, setChosen] = useState('');
  const campaignId = ofYear.find((c) => c.id === chosen)?.id ?? ofYear[0]?.id ?? '';
  const attestations = useApiData<Attestation[]>(campaignId ? `/api/campaigns/${campaignId}/attestations` : null);
  const [unit, setUnit] = useState<OrgUnit | null>(null);

  if (!campaigns.data) return <ErrorBanner error={campaigns.error} />;
  if (ofYear.length === 0) return <p className="hint">Năm {year} chưa có đợt thi đua nào: xác nhận của thủ trưởng và công nhận xã tiêu biểu gắn với một đợt thi đua.</p>;
  return (
    <section aria-labelledby="campaign-inputs-title">
      <h2 id="campaign-inputs-title" className="heading-m">
        Xác nhận và công nhận theo đợt thi đua
      </h2>
      {ofYear.length > 1 ? (
        <SelectField id="inputs-campaign" label="Đợt thi đua" options={ofYear.map((c) => ({ value: c.id, label: `Kế hoạch số ${c.planNumber} (${c.year})` }))} value={campaignId} onChange={(e) => setChosen(e.target.value)} />
      ) : (
        <p className="meta">Kế hoạch số {ofYear[0].planNumber}.</p>
      )}
      <h3 className="heading-m">Xác nhận của thủ trưởng đơn vị (Điểm a, Khoản 1, Mục III)</h3>
      <ExportButtons path={`/campaigns/${campaignId}/attestations/export`} label="Xuất xác nhận của thủ trưởng" />
      <ErrorBanner error={attestations.error} />
      {attestations.data && attestations.data.length === 0 ? <p className="hint">Chưa có xác nhận nào.</p> : null}
      {attestations.data && attestations.data.length > 0 ? (
        <DataTable testId="attestations" columns={['Đơn vị', 'Gương mẫu chấp hành', 'Nội bộ đoàn kết', 'Ngày xác nhận']}>
          {attestations.data.map((a) => (
            <tr key={a.orgUnitId}>
              <th scope="row">{a.orgUnitName}</th>
              <td>{yesNo(a.compliance)}</td>
              <td>{yesNo(a.solidarity)}</td>
              <td>{formatDateTime(a.attestedAt)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {can('attestation.manage') ? (
        <div className="panel">
          <h4 className="heading-s">Ghi xác nhận</h4>
          <p className="hint">Thủ trưởng đơn vị xác nhận cho đơn vị mình; Sở Nội vụ ghi lại xác nhận nhận được trên giấy.</p>
          <OrgUnitPicker id="att-unit" label="Đơn vị" value={unit} onChange={setUnit} campaignId={campaignId} />
          {unit ? (
            <AttestationForm
              key={unit.id}
              campaignId={campaignId}
              unit={unit}
              current={attestations.data?.find((a) => a.orgUnitId === unit.id) ?? null}
              onSaved={attestations.reload}
            />
          ) : null}
        </div>
      ) : null}
      {can('attestation.manage') ? (
        <ImportPanel
          idPrefix="attestation-import"
          title="Nhập xác nhận của thủ trưởng từ tệp"
          fileLabel="Tệp xác nhận (.xlsx hoặc .csv)"
          hint="Dùng đúng các cột của tệp xuất: Mã đơn vị, Tên đơn vị, Gương mẫu chấp hành, Nội bộ đoàn kết (ghi Có, Không hoặc để trống nếu chưa xác nhận). Thủ trưởng chỉ nhập được cho đơn vị mình. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu."
          urlFor={(format, dryRun) => apiUrl(`/campaigns/${campaignId}/attestations/import`, { format, dryRun: dryRun ? 'true' : 'false' })}
          onImported={attestations.reload}
        />
      ) : null}
      <RecognitionPanel campaignId={campaignId} />
    </section>
  );
}
