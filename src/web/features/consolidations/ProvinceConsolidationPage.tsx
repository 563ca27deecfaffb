import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { api } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { ConsolidationDownloads } from './ConsolidationDownloads';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ConsolidationForwardForm } from './ConsolidationForwardForm';
import { ConsolidationTable } from './ConsolidationTable';
import { LateAcceptancePanel } from '../registrations/LateAcceptancePanel';
import type { ProvinceConsolidation } from '../../../shared/contracts/consolidations';

const DISTRICT_COLUMNS = ['Huyện, thành phố', 'Cấp xã đã đăng ký', 'Đã chuyển Sở Nội vụ', 'Cấp huyện đã đăng ký', 'Ngày huyện chuyển'];

/** /thi-dua/:id/tong-hop-tinh: Sở Nội vụ's picture by department and by district, and its consolidation for UBND tỉnh (IV.1). */
export function ProvinceConsolidationPage() {
  const { id } = useParams();
  const { can } = useSession();
  const data = useApiData<ProvinceConsolidation>(`/api/campaigns/${id}/consolidations/province`);
  const errors = useFormErrors({ note: 'province-note' });
  usePageTitle('Tổng hợp đăng ký toàn tỉnh', errors.errors.length > 0);

  async function record(note: string) {
    await api(`/api/campaigns/${id}/consolidations/province`, { method: 'POST', body: { note } });
    return 'Đã ghi nhận bản tổng hợp của Sở Nội vụ.';
  }

  const p = data.data;
  return (
    <>
      <p>
        <Link to={`/thi-dua/${id}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Tổng hợp đăng ký thi đua toàn tỉnh</h1>
      <CampaignSwitcher campaignId={id!} section="tong-hop-tinh" />
      <ErrorBanner error={data.error} />
      {!p && !data.error ? <LoadingMessage text="Đang tổng hợp…" /> : null}
      {p ? (
        <>
          <ConsolidationDownloads campaignId={id!} level="province" />
          <p data-testid="province-progress">
            <strong>
              {p.total.registered}/{p.total.units} tập thể đã đăng ký
            </strong>{' '}
            <progress max={p.total.units} value={p.total.registered} aria-label="Tiến độ đăng ký toàn tỉnh" /> — sở, ban, ngành: {p.departments.registeredCount}/{p.departments.total}; cấp huyện:{' '}
            {p.districtLevel.registeredCount}/{p.districtLevel.total}; cấp xã: {p.communes.registeredCount}/{p.communes.total}.
          </p>
          {p.directCommunes.length ? (
            <>
              {/* Two tiers: no district in between, so the communes' registrations come to Sở Nội vụ directly. */}
              <h2>Xã, phường, đặc khu (chính quyền hai cấp, gửi thẳng Sở Nội vụ)</h2>
              <ConsolidationTable
                campaignId={id!}
                lines={p.directCommunes}
                caption={`${p.directCommunes.filter((l) => l.status).length}/${p.directCommunes.length} đã đăng ký`}
                testId="province-direct-communes"
              />
            </>
          ) : null}
          {p.districts.length ? <h2>Theo huyện, thành phố</h2> : null}
          {p.districts.length ? <DataTable caption={`${p.districts.length} huyện, thành phố`} testId="province-districts" columns={DISTRICT_COLUMNS}>
            {p.districts.map((d) => (
              <tr key={d.districtId}>
                <td>
                  <Link to={`/thi-dua/${id}/tong-hop-huyen?huyen=${d.districtId}`}>{d.name}</Link>
                </td>
                <td>
                  {d.communesRegistered}/{d.communesTotal}
                </td>
                <td>{d.communesForwarded}</td>
                <td>
                  {d.ownRegistered}/{d.ownTotal}
                </td>
                <td>{d.forwardedAt ? formatDateTime(d.forwardedAt) : 'Chưa chuyển'}</td>
              </tr>
            ))}
          </DataTable> : null}
          <h2>Sở, ban, ngành và đơn vị chuyên trách CCHC cấp tỉnh</h2>
          <ConsolidationTable campaignId={id!} lines={p.departments.items} caption={`${p.departments.registeredCount}/${p.departments.total} đã đăng ký`} testId="province-departments" />
          {p.provinceSummary ? (
            <p className="banner banner--info">
              Sở Nội vụ đã tổng hợp báo cáo UBND tỉnh lúc {formatDateTime(p.provinceSummary.forwardedAt)}
              {p.provinceSummary.note ? `: ${p.provinceSummary.note}` : '.'}
            </p>
          ) : null}
          {can('registration.lateOverride') ? <LateAcceptancePanel campaignId={id!} onAccepted={data.reload} /> : null}
          {can('consolidation.forwardProvince') ? (
            <ConsolidationForwardForm
              title="Tổng hợp báo cáo UBND tỉnh"
              noteId="province-note"
              noteLabel="Ghi chú"
              submitLabel="Ghi nhận tổng hợp"
              confirmText="Chốt tổng hợp đăng ký toàn tỉnh để trình UBND tỉnh: số liệu tổng hợp được ghi lại với thời điểm chốt."
              errors={errors}
              send={record}
              onSent={data.reload}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
