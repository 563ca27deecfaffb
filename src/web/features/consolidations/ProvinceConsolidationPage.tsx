import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { api } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { ConsolidationDownloads } from './ConsolidationDownloads';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ConsolidationTable } from './ConsolidationTable';
import { LateAcceptancePanel } from '../registrations/LateAcceptancePanel';
import { confirmAction } from '../../components/confirmAction';
import type { ProvinceConsolidation } from '../../../shared/contracts/consolidations';

/** /thi-dua/:id/tong-hop-tinh: Sở Nội vụ's picture by department and by district, and its consolidation for UBND tỉnh (IV.1). */
export function ProvinceConsolidationPage() {
  const { id } = useParams();
  const { can } = useSession();
  const data = useApiData<ProvinceConsolidation>(`/api/campaigns/${id}/consolidations/province`);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(false);
  const errors = useFormErrors({ note: 'province-note' });
  usePageTitle('Tổng hợp đăng ký toàn tỉnh', errors.errors.length > 0);

  async function record(e: FormEvent) {
    e.preventDefault();
    if (!confirmAction('Chốt tổng hợp đăng ký toàn tỉnh để trình UBND tỉnh: số liệu tổng hợp được ghi lại với thời điểm chốt.')) return;
    errors.clear();
    try {
      await api(`/api/campaigns/${id}/consolidations/province`, { method: 'POST', body: { note } });
      setDone(true);
      data.reload();
    } catch (err) {
      errors.showApiError(err);
    }
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
          <h2>Theo huyện, thành phố</h2>
          <div className="table-wrap">
            <table className="table" data-testid="province-districts">
              <caption className="table__caption">{p.districts.length} huyện, thành phố</caption>
              <thead>
                <tr>
                  <th scope="col">Huyện, thành phố</th>
                  <th scope="col">Cấp xã đã đăng ký</th>
                  <th scope="col">Đã chuyển Sở Nội vụ</th>
                  <th scope="col">Cấp huyện đã đăng ký</th>
                  <th scope="col">Ngày huyện chuyển</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </div>
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
            <form onSubmit={record} noValidate className="panel">
              <h2>Tổng hợp báo cáo UBND tỉnh</h2>
              <ErrorSummary errors={errors.errors} description={errors.description} />
              {done ? (
                <div className="banner banner--success" role="status">
                  Đã ghi nhận bản tổng hợp của Sở Nội vụ.
                </div>
              ) : null}
              <TextField id="province-note" label="Ghi chú" value={note} error={errors.errorFor('province-note')} onChange={(e) => setNote(e.target.value)} />
              <button type="submit" className="button">
                Ghi nhận tổng hợp
              </button>
            </form>
          ) : null}
        </>
      ) : null}
    </>
  );
}
