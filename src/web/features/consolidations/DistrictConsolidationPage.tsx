import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { api, apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { ConsolidationDownloads } from './ConsolidationDownloads';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import type { CampaignDetailView } from '../campaigns/campaignTypes';
import { ConsolidationForwardForm } from './ConsolidationForwardForm';
import { ConsolidationTable } from './ConsolidationTable';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { DistrictConsolidation, DistrictForward } from '../../../shared/contracts/consolidations';

const PAGE_SIZE = 50;
const REGISTERED_OPTIONS = [
  { value: '', label: 'Tất cả' },
  { value: 'yes', label: 'Đã đăng ký' },
  { value: 'no', label: 'Chưa đăng ký' },
];

/**
 * /thi-dua/:id/tong-hop-huyen: the district's communes, who has registered and who has not, with search (no
 * diacritics needed, done by the server) and filters; the aggregator forwards the accepted list to Sở Nội vụ (IV.1).
 * Province roles choose the district.
 */
export function DistrictConsolidationPage() {
  const { id } = useParams();
  const { session, can } = useSession();
  const [params, setParams] = useSearchParams();
  const isDistrict = session?.user.role === 'district_aggregator';
  const districtId = isDistrict ? undefined : (params.get('huyen') ?? undefined);
  const [q, setQ] = useState('');
  const [registered, setRegistered] = useState('');
  const [page, setPage] = useState(1);
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const campaign = useApiData<CampaignDetailView>(`/api/campaigns/${id}`);
  const districts = useApiData<Page<OrgUnit>>(!isDistrict && campaign.data ? apiUrl('/org-units', { kind: 'district', eraId: campaign.data.eraId, pageSize: 100 }) : null);
  const view = useApiData<DistrictConsolidation>(
    isDistrict || districtId ? apiUrl(`/campaigns/${id}/consolidations/district`, { districtId, q: debouncedQ, registered, page, pageSize: PAGE_SIZE }) : null,
  );
  const errors = useFormErrors({ note: 'forward-note' });
  usePageTitle('Tổng hợp đăng ký cấp huyện', errors.errors.length > 0);

  async function forward(note: string) {
    const res = await api<DistrictForward>(`/api/campaigns/${id}/consolidations/district`, { method: 'POST', body: { note } });
    return `Đã chuyển ${res.forwardedCount} bản đăng ký về Sở Nội vụ.`;
  }

  const d = view.data;
  return (
    <>
      <p>
        <Link to={`/thi-dua/${id}`}>‹ {campaign.data ? `Kế hoạch số ${campaign.data.planNumber}` : 'Đợt thi đua'}</Link>
      </p>
      <h1>Tổng hợp đăng ký thi đua cấp huyện</h1>
      <CampaignSwitcher campaignId={id!} section="tong-hop-huyen" />
      {!isDistrict ? (
        <SelectField
          id="district-select"
          label="Huyện, thành phố"
          options={[{ value: '', label: '— Chọn huyện —' }, ...(districts.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))]}
          value={districtId ?? ''}
          onChange={(e) => {
            setPage(1);
            setParams(e.target.value ? { huyen: e.target.value } : {});
          }}
        />
      ) : null}
      <ErrorBanner error={view.error} />
      {view.loading && !d ? <LoadingMessage text="Đang tổng hợp…" /> : null}
      {d ? (
        <>
          <h2>{d.district.name}</h2>
          <ConsolidationDownloads campaignId={id!} level="district" districtId={districtId} />
          <p data-testid="district-progress">
            <strong>
              {d.communes.registeredCount}/{d.communes.total} đơn vị cấp xã đã đăng ký
            </strong>{' '}
            <progress max={d.communes.total} value={d.communes.registeredCount} aria-label="Tiến độ đăng ký của cấp xã" />
          </p>
          <p>
            Chờ tiếp nhận: {d.pendingReview}; đã tiếp nhận, chờ chuyển Sở Nội vụ: {d.readyToForward}.
            {d.forwarded ? ` Lần chuyển gần nhất: ${formatDateTime(d.forwarded.forwardedAt)}${d.forwarded.forwardedBy ? ` (${d.forwarded.forwardedBy})` : ''}.` : ''}
          </p>
          <form role="search" className="filters" aria-label="Lọc đơn vị cấp xã" onSubmit={(e) => e.preventDefault()}>
            <TextField id="commune-search" label="Tìm xã, phường, thị trấn" hint="Gõ không dấu cũng được, ví dụ: thi tran." type="search" value={q} onChange={(e) => (setQ(e.target.value), setPage(1))} />
            <SelectField id="commune-registered" label="Tình trạng" options={REGISTERED_OPTIONS} value={registered} onChange={(e) => (setRegistered(e.target.value), setPage(1))} />
          </form>
          <ConsolidationTable campaignId={id!} lines={d.items} caption={`${d.total} đơn vị cấp xã`} testId="district-communes" />
          <Pagination page={page} pageSize={PAGE_SIZE} total={d.total} onChange={setPage} label="đơn vị cấp xã" />
          <ConsolidationTable campaignId={id!} lines={d.ownUnits} caption="Đăng ký của cấp huyện (gửi thẳng Sở Nội vụ)" />
          {isDistrict && can('consolidation.forwardDistrict') ? (
            <ConsolidationForwardForm
              title="Chuyển danh sách về Sở Nội vụ"
              noteId="forward-note"
              noteLabel="Ghi chú gửi kèm"
              submitLabel="Chuyển Sở Nội vụ"
              confirmText="Chuyển Sở Nội vụ: các bản đăng ký đã tiếp nhận được gửi lên Sở Nội vụ và không trả lại được ở cấp huyện nữa."
              errors={errors}
              send={forward}
              onSent={view.reload}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
