import { useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ImportPanel } from '../../components/ImportPanel';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ParCharts } from './ParCharts';
import { ParPublicationSection } from './ParPublicationSection';
import { DistrictCommuneResults } from './DistrictCommuneResults';
import { ParResultTable } from './ParResultTable';
import { ParScoreForm } from './ParScoreForm';
import { yearOptions } from './yearOptions';
import './par.css';
import { ExportButtons } from '../../components/ExportButtons';
import { currentCampaign } from '../../components/CampaignSwitcher';
import type { ParResultItem, ParResultList } from '../../../shared/contracts/par';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Page } from '../../../shared/contracts/page';

const BLOCKS = [
  { value: '', label: 'Tất cả các khối' },
  { value: 'department', label: 'Sở, ban, ngành tỉnh' },
  { value: 'centralAgency', label: 'Cơ quan Trung ương trên địa bàn' },
  { value: 'district', label: 'UBND huyện, thị xã, thành phố' },
  { value: 'commune', label: 'UBND xã, phường, thị trấn' },
];
// 25 rows keep the table within a few screens; the block filter and the pages reach the rest.
const PAGE_SIZE = 25;

/** /chi-so-cchc: opens the year of the campaign under way (the same one as "Xét điều kiện"). */
export function ParResultsIndex() {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  if (campaigns.loading) return <LoadingMessage />;
  const current = currentCampaign(campaigns.data?.items ?? []);
  return <Navigate to={`/chi-so-cchc/${current?.year ?? new Date().getFullYear() - 1}`} replace />;
}

const SOURCE_OPTIONS = [
  { value: '', label: 'Mặc định (đã công bố nếu có)' },
  { value: 'live', label: 'Đang nhập (tính lại ngay)' },
  { value: 'published', label: 'Bảng đã công bố' },
];
/**
 * /chi-so-cchc/:year — PAR Index results of a year (SPEC §3 step 4): the table per block, entry of a unit's
 * points, XLSX/CSV import with dry run and export, the publication with its dossier deadline, and charts.
 */
export function ParResultsPage() {
  const year = Number(useParams().year);
  const navigate = useNavigate();
  const { can, session } = useSession();
  const manage = can('parResult.manage');
  const [blockCode, setBlockCode] = useState('');
  const [source, setSource] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ParResultItem | null>(null);
  const [version, setVersion] = useState(0);
  usePageTitle(`Chỉ số CCHC năm ${year}`);

  const valid = Number.isInteger(year) && year >= 2000 && year <= 2100;
  const list = useApiData<ParResultList>(valid ? apiUrl('/par-results', { year, blockCode, source, page, pageSize: PAGE_SIZE }) : null);
  if (!valid) return <Navigate to="/chi-so-cchc" replace />;

  // Anything saved (a score, an import, the publication) changes ranks, classes and charts: reload them all.
  function changed() {
    list.reload();
    setVersion((v) => v + 1);
  }

  const data = list.data;
  return (
    <>
      <h1>Chỉ số CCHC năm {year}</h1>
      <div className="filters">
        <SelectField id="par-year" label="Năm" options={yearOptions(year)} value={String(year)} onChange={(e) => navigate(`/chi-so-cchc/${e.target.value}`)} />
        <SelectField
          id="par-block"
          label="Khối"
          options={BLOCKS}
          value={blockCode}
          onChange={(e) => {
            setBlockCode(e.target.value);
            setPage(1);
          }}
        />
        {manage ? (
          <SelectField
            id="par-source"
            label="Dữ liệu"
            options={SOURCE_OPTIONS}
            value={source}
            onChange={(e) => {
              setSource(e.target.value);
              setPage(1);
            }}
          />
        ) : null}
      </div>
      <ErrorBanner error={list.error} />
      {data ? (
        <p className="source-note" data-testid="par-source">
          {data.source === 'published' && data.publication
            ? `Bảng đã công bố theo Quyết định số ${data.publication.decisionNumber} ngày ${formatDate(data.publication.decisionDate)}.`
            : data.source === 'live'
              ? `Kết quả đang nhập, chưa công bố: chỉ số, thứ hạng và xếp loại được tính lại sau mỗi lần lưu${data.scheme ? ` (phương án xếp loại: ${data.scheme.name})` : ''}.`
              : `Chưa công bố kết quả Chỉ số CCHC năm ${year}.`}
        </p>
      ) : null}
      <ExportButtons path="/par-results/export" query={{ year }} label="Xuất kết quả Chỉ số CCHC" />
      {list.loading && !data ? <LoadingMessage text="Đang tải kết quả…" /> : null}
      {data ? (
        <>
          <ParResultTable year={year} items={data.items} showBlock={!blockCode} onEdit={manage ? setEditing : undefined} />
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} label="kết quả Chỉ số CCHC" />
        </>
      ) : null}

      {manage ? <ParScoreForm year={year} editing={editing} onSaved={changed} onCancel={() => setEditing(null)} /> : null}
      {manage ? (
        <ImportPanel
          idPrefix="par-import"
          title={`Nhập điểm Chỉ số CCHC năm ${year} từ tệp`}
          fileLabel="Tệp điểm (.xlsx hoặc .csv)"
          hint="Dùng đúng các cột của tệp xuất (Năm, Mã đơn vị, Tên đơn vị, Khối, Điểm tự đánh giá, Điểm thẩm định, Điểm điều tra xã hội học…); các cột tính toán (Tổng điểm, Chỉ số, Xếp loại, Thứ hạng) được bỏ qua. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu."
          urlFor={(format, dryRun) => apiUrl('/par-results/import', { year, format, dryRun: dryRun ? 'true' : 'false' })}
          onImported={changed}
        />
      ) : null}
      <ParPublicationSection key={`pub-${year}-${version}`} year={year} published={Boolean(data?.publication)} onPublished={changed} />
      <ParCharts key={`charts-${year}-${blockCode}-${version}`} year={year} blockCode={blockCode} />
      {can('communePar.manage') && session?.user.unitId ? <DistrictCommuneResults key={`dcr-${year}`} year={year} districtId={session.user.unitId} /> : null}
    </>
  );
}
