import { useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { formatDate, formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { UnitHeadAttestation } from './UnitHeadAttestation';
import { EligibilityRow } from './EligibilityRow';
import { useEligibilityList } from './useEligibilityList';
import { RESULT_LABELS } from './verdictLabels';
import { WhatIfPanel } from './WhatIfPanel';
import './eligibility.css';
import type { Page } from '../../../shared/contracts/page';
import { ExportButtons } from '../../components/ExportButtons';
import { CampaignSwitcher, currentCampaign } from '../../components/CampaignSwitcher';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { CampaignStatus } from '../../../domain/campaigns/campaignStatus';

const GROUPS = [
  { value: '', label: 'Tất cả' },
  { value: 'department', label: 'Sở, ban, ngành tỉnh' },
  { value: 'district', label: 'UBND huyện, thành phố' },
  { value: 'commune', label: 'UBND xã, phường, thị trấn' },
  { value: 'par_unit', label: 'Phòng, đơn vị chuyên trách CCHC' },
  { value: 'central_agency', label: 'Cơ quan Trung ương trên địa bàn' },
  { value: 'individual', label: 'Cá nhân' },
];
const RESULTS = [{ value: '', label: 'Tất cả' }, ...(['pass', 'fail', 'unknown'] as const).map((v) => ({ value: v, label: RESULT_LABELS[v] }))];
const PAGE_SIZE = 50;
const UNIT_ROLES = new Set(['unit_officer', 'unit_head']);

/**
 * From registration's close to the award decision, units are assessed and heads attest: the menu opens the newest
 * campaign in that span, so a head does not attest for a campaign that has just opened registration.
 */
const ASSESSED: readonly CampaignStatus[] = ['registration_closed', 'ranking_published', 'dossiers', 'appraisal'];

/** /du-dieu-kien: the board of the campaign being assessed (the page's switcher opens any other). */
export function EligibilityIndex() {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  if (campaigns.loading) return <LoadingMessage />;
  const current = currentCampaign(campaigns.data?.items ?? [], ASSESSED);
  if (!current) return <p>Chưa có đợt thi đua nào.</p>;
  return <Navigate to={`/thi-dua/${current.id}/du-dieu-kien`} replace />;
}

/**
 * /thi-dua/:id/du-dieu-kien — eligibility for the chairman's Bằng khen (Khoản 1, Mục III) of every registered
 * collective and individual in the user's scope, each with its explanation by clause. Results are computed by
 * the server on every request, so the board reloads after an edit and when the tab comes back into view.
 */
export function EligibilityPage() {
  const campaignId = useParams().id ?? '';
  const { can, session } = useSession();
  const [group, setGroup] = useState('');
  const [districtId, setDistrictId] = useState('');
  const [verdict, setVerdict] = useState('');
  const [page, setPage] = useState(1);
  const validId = /^[0-9a-f-]{36}$/i.test(campaignId);
  const list = useEligibilityList(campaignId, { group: group || undefined, districtId: districtId || undefined, verdict: verdict || undefined, page, pageSize: PAGE_SIZE });
  const districts = useApiData<Page<OrgUnit>>(apiUrl('/org-units', { kind: 'district', pageSize: 100 }));
  const head = list.data;
  const year = head?.campaign.year;
  usePageTitle(year ? `Xét điều kiện Bằng khen năm ${year}` : 'Xét điều kiện Bằng khen');

  if (!validId) return <Navigate to="/du-dieu-kien" replace />;
  const unitUser = session ? UNIT_ROLES.has(session.user.role) : false;
  const shown = head?.items ?? [];
  const total = head?.total ?? 0;
  const resetPage = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  return (
    <>
      <h1>Xét điều kiện Bằng khen của Chủ tịch UBND tỉnh{year ? ` năm ${year}` : ''}</h1>
      <CampaignSwitcher campaignId={campaignId} section="du-dieu-kien" />
      {head ? (
        <p className="lead">
          Kế hoạch số {head.campaign.planNumber} — tiêu chuẩn tại Khoản 1, Mục III, theo{' '}
          <Link to={`/thi-dua/${campaignId}/bo-tieu-chuan`} data-testid="eligibility-rule-set-version">
            bộ tiêu chuẩn phiên bản {head.ruleSetVersion}
          </Link>
          . Kết quả được tính lại mỗi lần mở trang từ dữ liệu hiện có (lúc {formatDateTime(head.asOf)}).
        </p>
      ) : null}
      {head && !head.publication ? (
        <p className="banner banner--info" data-testid="no-publication">
          UBND tỉnh chưa công bố kết quả xếp hạng Chỉ số CCHC năm {year}: xếp loại của các đơn vị chưa xác định, nên chưa ai đủ điều kiện theo tiêu chuẩn xếp hạng.
        </p>
      ) : null}
      {head?.publication ? (
        <p className="meta">
          Xếp loại Chỉ số CCHC theo Quyết định công bố số {head.publication.decisionNumber} ngày {formatDate(head.publication.decisionDate)}.
        </p>
      ) : null}

      {session && session.user.role === 'unit_head' && can('attestation.manage') ? (
        <UnitHeadAttestation key={campaignId} campaignId={campaignId} planNumber={head?.campaign.planNumber} unit={{ id: session.user.unitId, name: session.user.unitName }} onSaved={list.reload} />
      ) : null}

      {head ? (
        <dl className="counts elig-counts" aria-label="Số lượng theo kết quả">
          {(['pass', 'fail', 'unknown'] as const).map((v) => (
            <div key={v}>
              <dt>{RESULT_LABELS[v]}</dt>
              <dd>
                {head.counts.collective[v]} tập thể, {head.counts.individual[v]} cá nhân
              </dd>
            </div>
          ))}
        </dl>
      ) : null}

      <form className="filters" role="search" aria-label="Lọc kết quả" onSubmit={(e) => e.preventDefault()}>
        <SelectField id="elig-group" label="Nhóm" options={GROUPS} value={group} onChange={(e) => resetPage(setGroup)(e.target.value)} />
        {!unitUser && (districts.data?.items.length ?? 0) > 1 ? (
          <SelectField
            id="elig-district"
            label="Huyện, thành phố"
            options={[{ value: '', label: 'Tất cả' }, ...(districts.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))]}
            value={districtId}
            onChange={(e) => resetPage(setDistrictId)(e.target.value)}
          />
        ) : null}
        <SelectField id="elig-verdict" label="Kết quả" options={RESULTS} value={verdict} onChange={(e) => resetPage(setVerdict)(e.target.value)} />
      </form>
      <ExportButtons path={`/campaigns/${campaignId}/eligibility/export`} query={{ group: group || undefined, districtId: districtId || undefined }} label="Xuất kết quả xét điều kiện">
        <button type="button" className="button button--secondary" onClick={list.reload}>
          Tính lại
        </button>
      </ExportButtons>
      <ErrorBanner error={list.error} />
      {list.error?.status === 409 ? (
        <p>
          <Link to={`/thi-dua/${campaignId}/bo-tieu-chuan`}>Mở bộ tiêu chuẩn xét Bằng khen của đợt thi đua</Link>
        </p>
      ) : null}
      {list.loading ? <LoadingMessage text="Đang xét điều kiện…" /> : null}
      {!list.loading && head ? (
        <section aria-labelledby="elig-list-title">
          <h2 id="elig-list-title" className="heading-m">
            {unitUser ? 'Kết quả của đơn vị bạn' : `Danh sách (${total})`}
          </h2>
          {total === 0 ? <p className="hint">Không có tập thể, cá nhân nào đã đăng ký khớp bộ lọc.</p> : null}
          <ul className="elig-list" data-testid="eligibility-list">
            {shown.map((item) => (
              <EligibilityRow key={`${item.kind}-${item.person?.id ?? item.orgUnit.id}`} item={item} initiallyOpen={unitUser} />
            ))}
          </ul>
          <Pagination page={page} pageSize={PAGE_SIZE} total={total} onChange={setPage} label="kết quả xét điều kiện" />
        </section>
      ) : null}

      {can('eligibility.whatIf') ? <WhatIfPanel campaignId={campaignId} /> : null}
    </>
  );
}
