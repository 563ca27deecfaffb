import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportPanel } from '../../components/ImportPanel';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { yearOptions } from '../par/yearOptions';
import { CampaignInputs } from './CampaignInputs';
import { RatingTable } from './RatingTable';
import { UnitRatingForm } from './UnitRatingForm';
import { PersonRatingForm } from './PersonRatingForm';
import { ParTaskConfirmationPanel } from './ParTaskConfirmationPanel';
import type { Page } from '../../../shared/contracts/page';
import { ExportButtons } from '../../components/ExportButtons';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { RatingRow } from '../../../shared/contracts/campaignInputs';

const PAGE_SIZE = 50;

/** /xep-loai: the year of the latest campaign. */
export function RatingsIndex() {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=50');
  if (campaigns.loading) return <LoadingMessage />;
  const latest = Math.max(0, ...(campaigns.data?.items ?? []).map((c) => c.year));
  return <Navigate to={`/xep-loai/${latest || new Date().getFullYear() - 1}`} replace />;
}

const SUBJECT_OPTIONS = [
  { value: 'unit', label: 'Tập thể' },
  { value: 'person', label: 'Cá nhân' },
];

/**
 * /xep-loai/:year — yearly ratings and recognitions (SPEC §3 step 5): ratings of collectives (with the PAR-task
 * rating and its previous-year value) and of individuals, entry and XLSX import by the secretariat; then, per
 * campaign, the unit heads' attestations and the districts' recognition of their best commune.
 */
export function RatingsPage() {
  const year = Number(useParams().year);
  const navigate = useNavigate();
  const { can } = useSession();
  const manage = can('rating.manage');
  const [subject, setSubject] = useState<'unit' | 'person'>('unit');
  const [page, setPage] = useState(1);
  usePageTitle(`Xếp loại năm ${year}`);
  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const list = useApiData<Page<RatingRow>>(valid ? apiUrl('/ratings', { year, subject, page, pageSize: PAGE_SIZE }) : null);
  const previous = useApiData<Page<RatingRow>>(valid && subject === 'unit' ? apiUrl('/ratings', { year: year - 1, subject: 'unit', kind: 'par_task', pageSize: 500 }) : null);
  if (!valid) return <Navigate to="/xep-loai" replace />;
  const previousParTask = new Map((previous.data?.items ?? []).map((r) => [r.orgUnitId, r.ratingLabel]));
  const changed = () => {
    list.reload();
    previous.reload();
  };

  return (
    <>
      <h1>Xếp loại và công nhận năm {year}</h1>
      <div className="filters">
        <SelectField id="rating-year" label="Năm" options={yearOptions(year)} value={String(year)} onChange={(e) => navigate(`/xep-loai/${e.target.value}`)} />
        <SelectField
          id="rating-subject"
          label="Đối tượng"
          options={SUBJECT_OPTIONS}
          value={subject}
          onChange={(e) => {
            setSubject(e.target.value as 'unit' | 'person');
            setPage(1);
          }}
        />
      </div>
      <ExportButtons path="/ratings/export" query={{ year }} label="Xuất xếp loại" />
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data ? (
        <section aria-labelledby="ratings-title">
          <h2 id="ratings-title" className="heading-m">
            {subject === 'unit' ? 'Xếp loại tập thể' : 'Xếp loại cá nhân'} ({list.data.total})
          </h2>
          <RatingTable subject={subject} rows={list.data.items} previousParTask={previousParTask} previousYear={year - 1} onPersonSaved={manage ? changed : undefined} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="xếp loại" />
        </section>
      ) : null}
      {manage && subject === 'unit' ? <UnitRatingForm year={year} onSaved={changed} /> : null}
      {manage && subject === 'person' ? <PersonRatingForm year={year} onSaved={changed} /> : null}
      {subject === 'person' ? <ParTaskConfirmationPanel year={year} /> : null}
      {manage ? (
        <ImportPanel
          idPrefix="rating-import"
          title={`Nhập xếp loại năm ${year} từ tệp`}
          fileLabel="Tệp xếp loại (.xlsx hoặc .csv)"
          hint="Dùng đúng các cột của tệp xuất: Năm, Đối tượng, Mã đơn vị, Tên đơn vị, Mã cá nhân, Họ và tên, Loại xếp loại, Xếp loại, Thực hiện xuất sắc nhiệm vụ CCHC được giao, Trực tiếp thực hiện nhiệm vụ CCHC (hai cột cuối: Có, Không hoặc để trống, trên dòng xếp loại chất lượng của cá nhân; để trống Xếp loại nếu chỉ ghi xác nhận). Cá nhân được tìm theo mã, hoặc theo mã đơn vị và họ tên. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu."
          urlFor={(format, dryRun) => apiUrl('/ratings/import', { year, format, dryRun: dryRun ? 'true' : 'false' })}
          onImported={changed}
        />
      ) : null}
      <CampaignInputs year={year} />
    </>
  );
}
