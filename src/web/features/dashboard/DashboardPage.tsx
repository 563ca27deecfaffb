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
import { TextField } from '../../components/TextField';
import { CLASSIFICATIONS, classificationLabels } from '../../../domain/par/classificationScheme';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Page } from '../../../shared/contracts/page';
import type { Dashboard } from '../../../shared/contracts/reports';
import { classColor } from '../par/classColors';
import { GroupFilter } from '../reports/GroupFilter';
import { StackedBarChart, type Series } from './StackedBarChart';
import './dashboard.css';

/** Registered / not yet: dark green and a light grey-blue, distinct in lightness as well as hue. */
const REGISTRATION_SERIES: Series[] = [
  { key: 'registered', label: 'Đã đăng ký', color: '#00703c' },
  { key: 'not', label: 'Chưa đăng ký', color: '#b1b4b6' },
];
const ELIGIBILITY_SERIES: Series[] = [
  { key: 'eligible', label: 'Đủ điều kiện', color: '#00703c' },
  { key: 'not', label: 'Chưa đủ điều kiện', color: '#b1b4b6' },
];
const STAGE_COLORS: Record<string, string> = {
  draft: '#b1b4b6',
  submitted: '#1d70b8',
  returned: '#b35c00',
  accepted: '#4c2c92',
  council_passed: '#28a197',
  council_failed: '#c0201b',
  awarded: '#00703c',
  withdrawn: '#6f4e37',
};
const PAR_SERIES: Series[] = [...CLASSIFICATIONS.map((c) => ({ key: c, label: classificationLabels[c], color: classColor(c) })), { key: 'none', label: 'Chưa xếp loại', color: classColor(null) }];

/** /bang-dieu-khien: the dashboard of the current campaign. */
export function DashboardIndex() {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  if (campaigns.loading) return <LoadingMessage />;
  const current = currentCampaign(campaigns.data?.items ?? []);
  if (!current) return <p>Chưa có đợt thi đua nào.</p>;
  return <Navigate to={`/thi-dua/${current.id}/bang-dieu-khien`} replace />;
}

const groupWord = (d: Dashboard) => (d.view === 'district' ? 'xã, thị trấn' : d.campaign.twoTier ? 'xã, phường, đặc khu' : 'huyện, thành phố');

/**
 * /thi-dua/:id/bang-dieu-khien — the campaign at a glance (issue 12 §1): for Sở Nội vụ and the province every
 * district (two tiers: every commune and ward), for a district its communes, for a unit its own figures and the way
 * to its tasks. Every chart has its figures as a table too, and the page prints.
 */
export function DashboardPage() {
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const { can } = useSession();
  const groupId = params.get('nhom') ?? '';
  const withinDays = params.get('ngay') ?? '';
  const data = useApiData<Dashboard>(apiUrl(`/campaigns/${id}/dashboard`, { groupId, withinDays }));
  const d = data.data;
  usePageTitle(d ? `Bảng điều khiển năm ${d.campaign.year}` : 'Bảng điều khiển');

  const apply = (group: string, form: FormData) => {
    const next = new URLSearchParams();
    if (group) next.set('nhom', group);
    const days = String(form.get('withinDays') ?? '');
    if (days) next.set('ngay', days);
    setParams(next);
  };

  return (
    <div className="dashboard">
      <h1>Bảng điều khiển{d ? ` — thi đua năm ${d.campaign.year}` : ''}</h1>
      <CampaignSwitcher campaignId={id} section="bang-dieu-khien" />
      <ErrorBanner error={data.error} />
      {!d && !data.error ? <LoadingMessage text="Đang tổng hợp số liệu…" /> : null}
      {d ? (
        <>
          {d.view !== 'unit' ? (
            <GroupFilter
              key={`${groupId}|${withinDays}`}
              groups={d.groups}
              value={groupId}
              twoTier={d.campaign.twoTier}
              onApply={apply}
              extra={<TextField id="within-days" name="withinDays" label="Cảnh báo hồ sơ khi hạn còn (ngày)" type="number" min={0} max={365} defaultValue={d.atRisk.withinDays} />}
            />
          ) : (
            <p className="banner banner--info" data-testid="dashboard-unit-tasks">
              Số liệu của đơn vị bạn. Các việc cần làm và hạn của từng việc ở trang <Link to="/">Việc cần làm</Link>.
            </p>
          )}
          {can('report.read') ? (
            <p className="no-print">
              <Link to={`/thi-dua/${id}/bao-cao${groupId ? `?nhom=${groupId}` : ''}`}>Xem và tải các báo cáo</Link>
            </p>
          ) : null}
          <Figures d={d} />
          <Charts d={d} />
          <AtRisk d={d} />
        </>
      ) : null}
    </div>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const eligible = d.eligibility.groups.reduce((s, g) => s + g.collectivesEligible + g.individualsEligible, 0);
  const assessed = d.eligibility.groups.reduce((s, g) => s + g.collectives + g.individuals, 0);
  const nominations = d.nominations.byStage.filter((s) => s.stage !== 'withdrawn').reduce((s, x) => s + x.count, 0);
  const quota = d.quotas.provinceWide;
  return (
    <dl className="dashboard-figures" data-testid="dashboard-figures">
      <div>
        <dt>Tập thể đã đăng ký</dt>
        <dd>
          {d.registrations.totals.registered}/{d.registrations.totals.units}
        </dd>
      </div>
      <div>
        <dt>Cá nhân đăng ký</dt>
        <dd>{d.registrations.totals.individuals}</dd>
      </div>
      <div>
        <dt>Đủ điều kiện Bằng khen</dt>
        <dd>{d.eligibility.unavailable ? '—' : `${eligible}/${assessed}`}</dd>
      </div>
      <div>
        <dt>Đề nghị khen thưởng đang xét</dt>
        <dd>{nominations}</dd>
      </div>
      {quota ? (
        <div>
          <dt>Chỉ tiêu cấp xã toàn tỉnh</dt>
          <dd>
            {quota.used}/{quota.limit ?? '—'}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>Hồ sơ có nguy cơ trễ hạn</dt>
        <dd>{d.atRisk.total}</dd>
      </div>
      <div>
        <dt>Phản ánh chưa trả lời</dt>
        <dd>{d.openFeedback}</dd>
      </div>
    </dl>
  );
}

function Charts({ d }: { d: Dashboard }) {
  const word = groupWord(d);
  const regRows = d.registrations.groups.map((g) => ({ key: g.groupId, label: g.groupName, values: [g.registered, g.units - g.registered] }));
  const parRows = d.parClasses.groups.map((g) => ({ key: g.groupId, label: g.groupName, values: PAR_SERIES.map((s) => g.counts[s.key as keyof typeof g.counts]) }));
  const eligRows = d.eligibility.groups.map((g) => {
    const yes = g.collectivesEligible + g.individualsEligible;
    return { key: g.groupId, label: g.groupName, values: [yes, g.collectives + g.individuals - yes] };
  });
  const stageSeries: Series[] = d.nominations.byStage.map((s) => ({ key: s.stage, label: s.label, color: STAGE_COLORS[s.stage] ?? '#505a5f' }));
  const stageRows = d.nominations.groups.map((g) => ({ key: g.groupId, label: g.groupName, values: g.stages.map((s) => s.count) }));
  const quotaRows = d.quotas.groups.filter((g) => g.communeLimit !== null || g.communesUsed > 0 || g.peopleUsed > 0);
  const registered = d.registrations.totals;
  return (
    <div className="dashboard-charts">
      <StackedBarChart
        testId="chart-registrations"
        title={`Tiến độ đăng ký thi đua theo ${word}`}
        description={`${registered.registered}/${registered.units} tập thể đã gửi bản đăng ký, với ${registered.individuals} cá nhân (Khoản 1, Mục IV).`}
        rows={regRows}
        series={REGISTRATION_SERIES}
        unit="tập thể"
        rowHeader="Nhóm đơn vị"
      />
      {d.view === 'province' ? (
        <StackedBarChart
          testId="chart-registration-kinds"
          title="Tiến độ đăng ký theo loại tập thể"
          description={d.registrations.kinds.map((k) => `${k.kindLabel}: ${k.registered}/${k.units}`).join('; ') + '.'}
          rows={d.registrations.kinds.map((k) => ({ key: k.kind, label: k.kindLabel, values: [k.registered, k.units - k.registered] }))}
          series={REGISTRATION_SERIES}
          unit="tập thể"
          rowHeader="Loại tập thể"
        />
      ) : null}
      <StackedBarChart
        testId="chart-par"
        title={`Xếp loại Chỉ số CCHC năm ${d.parClasses.year} theo ${word}`}
        description={
          d.parClasses.source === 'none'
            ? `Kết quả Chỉ số CCHC năm ${d.parClasses.year} chưa được công bố.`
            : `Số đơn vị theo xếp loại ${d.parClasses.source === 'published' ? 'đã công bố' : 'tính từ điểm đã nhập (chưa công bố)'}.`
        }
        rows={parRows}
        series={PAR_SERIES}
        unit="đơn vị"
        rowHeader="Nhóm đơn vị"
      />
      <StackedBarChart
        testId="chart-eligibility"
        title={`Xét điều kiện Bằng khen theo ${word}`}
        description={d.eligibility.unavailable ?? 'Tập thể và cá nhân đã đăng ký, số đủ điều kiện theo bộ tiêu chuẩn hiện hành (Khoản 1, Mục III).'}
        rows={eligRows}
        series={ELIGIBILITY_SERIES}
        unit="tập thể, cá nhân"
        rowHeader="Nhóm đơn vị"
      />
      <StackedBarChart
        testId="chart-stages"
        title="Đề nghị khen thưởng theo giai đoạn"
        description={d.nominations.byStage.filter((s) => s.count > 0).map((s) => `${s.label}: ${s.count}`).join('; ') || 'Chưa có đề nghị khen thưởng.'}
        rows={d.nominations.byStage.map((s) => ({ key: s.stage, label: s.label, values: [s.count] }))}
        series={[{ key: 'count', label: 'Số đề nghị', color: '#1d70b8' }]}
        unit="đề nghị"
        rowHeader="Giai đoạn"
      />
      {stageRows.length ? (
        <StackedBarChart
          testId="chart-stages-by-group"
          title={`Đề nghị khen thưởng theo ${word} và giai đoạn`}
          description="Mỗi thanh là các đề nghị của một nhóm đơn vị, chia theo giai đoạn của hồ sơ."
          rows={stageRows}
          series={stageSeries}
          unit="đề nghị"
          rowHeader="Nhóm đơn vị"
        />
      ) : null}
      <section aria-labelledby="quota-heading">
        <h2 id="quota-heading">Sử dụng chỉ tiêu đề nghị</h2>
        {d.quotas.provinceWide ? (
          <p>
            Chỉ tiêu cấp xã toàn tỉnh: đã đề nghị {d.quotas.provinceWide.used}/{d.quotas.provinceWide.limit ?? '—'} (Điểm a, Khoản 4, Mục III).
          </p>
        ) : null}
        {quotaRows.length ? (
          <DataTable caption={`Chỉ tiêu theo ${word}`} testId="quota-table" columns={['Nhóm đơn vị', { label: 'Xã đã đề nghị', numeric: true }, { label: 'Chỉ tiêu xã', numeric: true }, { label: 'Cá nhân đã đề nghị', numeric: true }]}>
            {quotaRows.map((g) => (
              <tr key={g.groupId}>
                <th scope="row">{g.groupName}</th>
                <td className="table__num">{g.communesUsed}</td>
                <td className="table__num">{g.communeLimit ?? '—'}</td>
                <td className="table__num">{g.peopleUsed}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p>Chưa có đề nghị nào dùng chỉ tiêu.</p>
        )}
      </section>
    </div>
  );
}

function AtRisk({ d }: { d: Dashboard }) {
  const { deadline } = d.atRisk;
  return (
    <section aria-labelledby="at-risk-heading" data-testid="at-risk">
      <h2 id="at-risk-heading">Hồ sơ có nguy cơ trễ hạn</h2>
      {!deadline ? (
        <p>Chưa có hạn nộp hồ sơ: hạn được tính từ ngày công bố kết quả Chỉ số CCHC (Điểm c, Khoản 3, Mục II).</p>
      ) : (
        <p>
          Hạn nộp hồ sơ: {formatDate(deadline.deadlineDay)} ({deadline.countdown}). Các hồ sơ chưa gửi được nêu khi hạn còn không quá {d.atRisk.withinDays} ngày.
        </p>
      )}
      {d.atRisk.items.length ? (
        <DataTable caption={`${d.atRisk.total} hồ sơ chưa gửi`} columns={['Tập thể, cá nhân', 'Đơn vị', 'Đơn vị đề nghị', 'Tình trạng']}>
          {d.atRisk.items.map((i) => (
            <tr key={i.nominationId}>
              <td>
                <Link to={`/ho-so-khen-thuong/${i.nominationId}`}>{i.nomineeName}</Link>
              </td>
              <td>{i.unitName}</td>
              <td>{i.proposingUnitName}</td>
              <td>{i.stageLabel}</td>
            </tr>
          ))}
        </DataTable>
      ) : deadline ? (
        <p>Không có hồ sơ nào có nguy cơ trễ hạn.</p>
      ) : null}
    </section>
  );
}
