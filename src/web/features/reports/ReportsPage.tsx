import { Link, Navigate, useParams, useSearchParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { CampaignSwitcher, currentCampaign } from '../../components/CampaignSwitcher';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { JobProgress } from '../../components/JobProgress';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Page } from '../../../shared/contracts/page';
import type { AwardReport, EligibilityReport, NominationReport, ParReport, RegistrationReport, ReportGroup } from '../../../shared/contracts/reports';
import { ConsolidationDownloads } from '../consolidations/ConsolidationDownloads';
import { GroupFilter } from './GroupFilter';
import '../dashboard/dashboard.css';

const KINDS = [
  { value: 'dang-ky', label: 'Tổng hợp đăng ký thi đua' },
  { value: 'chi-so-cchc', label: 'Bảng kết quả Chỉ số CCHC' },
  { value: 'xet-dieu-kien', label: 'Danh sách xét điều kiện khen thưởng' },
  { value: 'de-nghi', label: 'Đề nghị khen thưởng và tình trạng hồ sơ' },
  { value: 'khen-thuong', label: 'Danh sách khen thưởng theo quyết định' },
] as const;
type Kind = (typeof KINDS)[number]['value'];

const STAGE_OPTIONS = [
  { value: '', label: 'Tất cả' },
  { value: 'draft', label: 'Đang lập' },
  { value: 'submitted', label: 'Đã gửi Sở Nội vụ' },
  { value: 'returned', label: 'Bị trả lại, cần bổ sung' },
  { value: 'accepted', label: 'Đã thẩm định, đủ điều kiện trình Hội đồng' },
  { value: 'council_passed', label: 'Hội đồng TĐKT thống nhất đề nghị' },
  { value: 'council_failed', label: 'Hội đồng TĐKT không thống nhất đề nghị' },
  { value: 'awarded', label: 'Đã có quyết định khen thưởng' },
  { value: 'withdrawn', label: 'Đã rút đề nghị' },
];

/** /bao-cao: the reports of the current campaign. */
export function ReportsIndex() {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  if (campaigns.loading) return <LoadingMessage />;
  const current = currentCampaign(campaigns.data?.items ?? []);
  if (!current) return <p>Chưa có đợt thi đua nào.</p>;
  return <Navigate to={`/thi-dua/${current.id}/bao-cao`} replace />;
}

/**
 * /thi-dua/:id/bao-cao — the secretariat's reports (issue 12 §2): choose a report and a group of units (district;
 * commune or ward in a two-tier campaign), read it on screen, download it as Excel (and as Word/PDF for the lists
 * officials sign). A district sees only its own communes.
 */
export function ReportsPage() {
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const kind = (KINDS.find((k) => k.value === params.get('loai'))?.value ?? 'dang-ky') as Kind;
  const groupId = params.get('nhom') ?? '';
  const stage = params.get('giai-doan') ?? '';
  const decisionId = params.get('qd') ?? '';
  const groups = useApiData<ReportGroup[]>(`/api/campaigns/${id}/reports/groups`);
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  const campaign = campaigns.data?.items.find((c) => c.id === id);
  usePageTitle(`Báo cáo — ${KINDS.find((k) => k.value === kind)!.label}`);
  const twoTier = (groups.data ?? []).some((g) => g.groupKind === 'commune') && !(groups.data ?? []).some((g) => g.groupKind === 'district');

  const apply = (group: string, form: FormData) => {
    const next = new URLSearchParams();
    next.set('loai', String(form.get('kind') ?? kind));
    if (group) next.set('nhom', group);
    const s = String(form.get('stage') ?? '');
    if (s) next.set('giai-doan', s);
    const q = String(form.get('decisionId') ?? '');
    if (q) next.set('qd', q);
    setParams(next);
  };

  return (
    <div className="dashboard">
      <h1>Báo cáo{campaign ? ` — thi đua năm ${campaign.year}` : ''}</h1>
      <CampaignSwitcher campaignId={id} section="bao-cao" />
      <ErrorBanner error={groups.error} />
      <p className="no-print">
        <Link to={`/thi-dua/${id}/bang-dieu-khien${groupId ? `?nhom=${groupId}` : ''}`}>‹ Bảng điều khiển</Link>
      </p>
      {groups.data ? (
        <GroupFilter
          key={params.toString()}
          groups={groups.data}
          value={groupId}
          twoTier={twoTier}
          onApply={apply}
          extra={
            <>
              <SelectField id="report-kind" name="kind" label="Báo cáo" options={[...KINDS]} defaultValue={kind} />
              {kind === 'de-nghi' ? <SelectField id="report-stage" name="stage" label="Tình trạng hồ sơ" options={STAGE_OPTIONS} defaultValue={stage} /> : null}
              {kind === 'khen-thuong' ? <DecisionSelect campaignId={id} value={decisionId} /> : null}
            </>
          }
        />
      ) : null}
      <h2>{KINDS.find((k) => k.value === kind)!.label}</h2>
      {kind === 'dang-ky' ? <RegistrationSection campaignId={id} groupId={groupId} /> : null}
      {kind === 'chi-so-cchc' ? <ParSection campaignId={id} groupId={groupId} /> : null}
      {kind === 'xet-dieu-kien' ? <EligibilitySection campaignId={id} groupId={groupId} /> : null}
      {kind === 'de-nghi' ? <NominationSection campaignId={id} groupId={groupId} stage={stage} /> : null}
      {kind === 'khen-thuong' ? <AwardSection campaignId={id} groupId={groupId} decisionId={decisionId} /> : null}
    </div>
  );
}

type SectionProps = { campaignId: string; groupId: string };

function Downloads({ path, query, formats }: { path: string; query: Record<string, string>; formats: readonly ('xlsx' | 'docx' | 'pdf')[] }) {
  const names = { xlsx: 'Tải Excel (XLSX)', docx: 'Tải Word (DOCX)', pdf: 'Tải PDF' };
  return (
    <p className="report-downloads no-print" data-testid="report-downloads">
      {formats.map((f) => (
        <a key={f} className="button button--secondary" href={apiUrl(path, { ...query, format: f })} download>
          {names[f]}
        </a>
      ))}
    </p>
  );
}

function RegistrationSection({ campaignId, groupId }: SectionProps) {
  const { can } = useSession();
  const data = useApiData<RegistrationReport>(apiUrl(`/campaigns/${campaignId}/reports/registrations`, { groupId }));
  const r = data.data;
  return (
    <>
      <p>
        Văn bản tổng hợp đăng ký gửi UBND tỉnh (Khoản 1, Mục IV) lập ở trang tổng hợp:{' '}
        {can('consolidation.forwardProvince') ? <Link to={`/thi-dua/${campaignId}/tong-hop-tinh`}>tổng hợp toàn tỉnh</Link> : <Link to={`/thi-dua/${campaignId}/tong-hop-huyen`}>tổng hợp của huyện</Link>}.
      </p>
      {can('consolidation.forwardProvince') ? <ConsolidationDownloads campaignId={campaignId} level="province" /> : null}
      {can('evaluationReport.manage') ? (
        <p className="no-print">
          Cuối năm: <Link to={`/thi-dua/${campaignId}/bao-cao-danh-gia`}>báo cáo đánh giá thực hiện kế hoạch (IV.3)</Link>.
        </p>
      ) : null}
      <ErrorBanner error={data.error} />
      {!r && !data.error ? <LoadingMessage /> : null}
      {r ? (
        <DataTable caption={`${r.totals.registered}/${r.totals.units} tập thể đã đăng ký, ${r.totals.individuals} cá nhân`} testId="report-registrations" columns={['Nhóm đơn vị', { label: 'Tập thể', numeric: true }, { label: 'Đã đăng ký', numeric: true }, { label: 'Cá nhân đăng ký', numeric: true }]}>
          {r.groups.map((g) => (
            <tr key={g.groupId}>
              <th scope="row">{g.groupName}</th>
              <td className="table__num">{g.units}</td>
              <td className="table__num">{g.registered}</td>
              <td className="table__num">{g.individuals}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

function ParSection({ campaignId, groupId }: SectionProps) {
  const data = useApiData<ParReport>(apiUrl(`/campaigns/${campaignId}/reports/par`, { groupId }));
  const r = data.data;
  return (
    <>
      <p>Tệp Excel có cùng cột với tệp nhập điểm Chỉ số CCHC, nên nhập lại được ở trang Chỉ số CCHC.</p>
      <Downloads path={`/campaigns/${campaignId}/reports/par/file`} query={{ groupId }} formats={['xlsx']} />
      <ErrorBanner error={data.error} />
      {!r && !data.error ? <LoadingMessage /> : null}
      {r ? (
        <DataTable caption={`${r.items.length} đơn vị — năm ${r.year}${r.source === 'published' ? ' (đã công bố)' : r.source === 'live' ? ' (chưa công bố)' : ''}`} testId="report-par" columns={['Đơn vị', 'Nhóm', { label: 'Tổng điểm', numeric: true }, { label: 'Chỉ số (%)', numeric: true }, 'Xếp loại', { label: 'Hạng', numeric: true }]}>
          {r.items.map((i) => (
            <tr key={i.unitId}>
              <th scope="row">{i.name}</th>
              <td>{i.groupName}</td>
              <td className="table__num">{i.totalPoints ?? '—'}</td>
              <td className="table__num">{i.indexPercent ?? '—'}</td>
              <td>{i.classificationLabel ?? 'Chưa xếp loại'}</td>
              <td className="table__num">{i.rank ?? '—'}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

function EligibilitySection({ campaignId, groupId }: SectionProps) {
  const data = useApiData<EligibilityReport>(apiUrl(`/campaigns/${campaignId}/reports/eligibility`, { groupId }));
  const r = data.data;
  return (
    <>
      <Downloads path={`/campaigns/${campaignId}/reports/eligibility/file`} query={{ groupId }} formats={['xlsx']} />
      <ErrorBanner error={data.error} />
      {r?.unavailable ? <p className="banner banner--info">{r.unavailable}</p> : null}
      {!r && !data.error ? <LoadingMessage /> : null}
      {r && !r.unavailable ? (
        <DataTable caption={`${r.items.filter((i) => i.eligible).length}/${r.items.length} đủ điều kiện`} testId="report-eligibility" columns={['Tập thể, cá nhân', 'Đơn vị', 'Nhóm', 'Kết quả']}>
          {r.items.map((i, n) => (
            <tr key={`${i.unitName}-${i.personName ?? ''}-${n}`}>
              <th scope="row">{i.personName ?? i.unitName}</th>
              <td>{i.unitName}</td>
              <td>{i.groupName}</td>
              <td>{i.verdictLabel}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

function NominationSection({ campaignId, groupId, stage }: SectionProps & { stage: string }) {
  const data = useApiData<NominationReport>(apiUrl(`/campaigns/${campaignId}/reports/nominations`, { groupId, stage }));
  const r = data.data;
  return (
    <>
      <Downloads path={`/campaigns/${campaignId}/reports/nominations/file`} query={{ groupId, stage }} formats={['xlsx', 'docx', 'pdf']} />
      <JobProgress startPath={`/campaigns/${campaignId}/reports/nominations/jobs`} query={{ groupId, stage }} label="Xuất Excel chạy nền (danh sách lớn)" testId="nominations-export-job" />
      <ErrorBanner error={data.error} />
      {!r && !data.error ? <LoadingMessage /> : null}
      {r ? (
        <DataTable caption={`${r.items.length} đề nghị`} testId="report-nominations" columns={['Tập thể, cá nhân', 'Đơn vị', 'Nhóm', 'Đơn vị đề nghị', 'Tình trạng hồ sơ']}>
          {r.items.map((i) => (
            <tr key={i.nominationId}>
              <th scope="row">
                <Link to={`/ho-so-khen-thuong/${i.nominationId}`}>{i.nomineeName}</Link>
              </th>
              <td>{i.unitName}</td>
              <td>{i.groupName}</td>
              <td>{i.proposingUnitName}</td>
              <td>{i.stageLabel}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}

function DecisionSelect({ campaignId, value }: { campaignId: string; value: string }) {
  const data = useApiData<AwardReport>(`/api/campaigns/${campaignId}/reports/awards`);
  const options = [{ value: '', label: 'Tất cả quyết định' }, ...(data.data?.decisions ?? []).map((d) => ({ value: d.id, label: `${d.number} ngày ${formatDate(d.decisionDate)}` }))];
  return <SelectField id="report-decision" name="decisionId" label="Quyết định khen thưởng" options={options} defaultValue={value} />;
}

function AwardSection({ campaignId, groupId, decisionId }: SectionProps & { decisionId: string }) {
  const data = useApiData<AwardReport>(apiUrl(`/campaigns/${campaignId}/reports/awards`, { groupId, decisionId }));
  const r = data.data;
  return (
    <>
      <Downloads path={`/campaigns/${campaignId}/reports/awards/file`} query={{ groupId, decisionId }} formats={['xlsx', 'docx', 'pdf']} />
      <ErrorBanner error={data.error} />
      {!r && !data.error ? <LoadingMessage /> : null}
      {r ? (
        r.items.length ? (
          <DataTable caption={`${r.items.length} tập thể, cá nhân được khen thưởng`} testId="report-awards" columns={['Quyết định', 'Tập thể, cá nhân', 'Đơn vị', 'Thành tích']}>
            {r.items.map((i, n) => (
              <tr key={`${i.decisionId}-${n}`}>
                <td>
                  {i.decisionNumber} ngày {formatDate(i.decisionDate)}
                </td>
                <th scope="row">{i.nomineeName}</th>
                <td>{i.unitName}</td>
                <td>{i.achievement}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p>Chưa có quyết định khen thưởng nào trong phạm vi đã chọn.</p>
        )
      ) : null}
    </>
  );
}
