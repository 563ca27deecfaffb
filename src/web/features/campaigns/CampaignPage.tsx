import { Link, useLocation, useParams } from 'react-router';
import { PLAN_EDITABLE_STATUSES } from '../../../domain/campaigns/campaignStatus';
import { REGISTRATION_STATUS_LABELS } from '../../../domain/campaigns/registrationRules';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { CampaignAdminActions } from './CampaignAdminActions';
import { CampaignTimeline } from './CampaignTimeline';
import { RegistrationImportPanel } from '../registrations/RegistrationImportPanel';
import { ExportButtons } from '../../components/ExportButtons';
import type { CampaignDetailView } from './campaignTypes';
import type { Era } from '../../../shared/contracts/orgUnits';


/** /thi-dua/:id: the plan, its timeline and status, and the way to registration, consolidation and initiatives. */
export function CampaignPage() {
  const { id } = useParams();
  const { can, session } = useSession();
  const location = useLocation();
  const navState = location.state as { warnings?: string[]; saved?: string } | null;
  const cloneWarnings = navState?.warnings ?? [];
  const data = useApiData<CampaignDetailView>(`/api/campaigns/${id}`);
  const eras = useApiData<Era[]>('/api/eras');
  const c = data.data;
  usePageTitle(c ? `Kế hoạch số ${c.planNumber}` : 'Đợt thi đua');
  if (data.error) return <ErrorBanner error={data.error} />;
  if (!c) return <LoadingMessage text="Đang tải đợt thi đua…" />;
  const isDistrict = session?.user.role === 'district_aggregator';

  return (
    <>
      <p>
        <Link to="/thi-dua">‹ Các đợt thi đua</Link>
      </p>
      <h1>
        Kế hoạch số {c.planNumber} ngày {formatDate(c.planDate)}
      </h1>
      {navState?.saved ? (
        <div className="banner banner--success" role="status">
          {navState.saved}
        </div>
      ) : null}
      {can('campaign.manage') && PLAN_EDITABLE_STATUSES.includes(c.status) ? (
        <p>
          <Link className="button button--secondary" to={`/thi-dua/${c.id}/sua`}>
            Sửa kế hoạch
          </Link>
        </p>
      ) : null}
      {cloneWarnings.length ? (
        <div className="banner banner--info" role="status" data-testid="clone-review">
          <p>Đã tạo dự thảo. Cần rà soát trước khi ban hành:</p>
          <ul>
            {cloneWarnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <dl className="summary-list" data-testid="campaign-summary">
        <div className="summary-list__row">
          <dt>Cơ quan ban hành</dt>
          <dd>{c.definition.issuer}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Cây đơn vị áp dụng</dt>
          <dd data-testid="campaign-era">{eras.data?.find((e) => e.id === c.eraId)?.name ?? c.eraId}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Chủ đề thi đua</dt>
          <dd>“{c.theme}”</dd>
        </div>
        <div className="summary-list__row">
          <dt>Năm thi đua</dt>
          <dd>{c.year}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Trạng thái</dt>
          <dd data-testid="campaign-status">{c.statusLabel}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Nội dung đăng ký mặc định</dt>
          <dd data-testid="campaign-registration-default">{c.definition.registrationContentDefault}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Nội dung thi đua</dt>
          <dd>
            <ul>
              {c.definition.contents.map((x) => (
                <li key={x.ref.clause}>
                  {x.text} <span className="field__hint">({x.ref.clause})</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <CampaignTimeline campaign={c} />

      {c.myUnits.length ? (
        <section aria-labelledby="my-registrations">
          <h2 id="my-registrations">Đăng ký thi đua của đơn vị</h2>
          <ul className="result-list">
            {c.myUnits.map((u) => (
              <li key={u.orgUnitId} className="result-list__item">
                <Link to={u.registrationId ? `/thi-dua/${c.id}/dang-ky/${u.registrationId}` : `/thi-dua/${c.id}/dang-ky?donVi=${u.orgUnitId}`}>{u.unitName}</Link>{' '}
                <span className="tag">{u.status ? REGISTRATION_STATUS_LABELS[u.status] : 'Chưa đăng ký'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="campaign-links">
        <h2 id="campaign-links">Tổng hợp, tiêu chuẩn và sáng kiến</h2>
        <ul className="result-list">
          {/* A two-tier campaign (no districts since 01/7/2025) has no district consolidation: communes send to Sở Nội vụ. */}
          {can('consolidation.read') && c.definition.participants.collectiveKinds.includes('district') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/tong-hop-huyen`}>Tổng hợp đăng ký cấp huyện</Link>
            </li>
          ) : null}
          {can('consolidation.read') && !isDistrict ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/tong-hop-tinh`}>Tổng hợp đăng ký toàn tỉnh</Link>
            </li>
          ) : null}
          {can('initiative.read') ? (
            <li className="result-list__item">
              <Link to={`/sang-kien?dotThiDua=${c.id}`}>Sáng kiến, giải pháp CCHC (Điểm b, Khoản 1, Mục II)</Link>
            </li>
          ) : null}
          {can('eligibility.read') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/bo-tieu-chuan`}>Bộ tiêu chuẩn xét Bằng khen (Khoản 1, Mục III)</Link>{' '}
              {c.hasRuleSet ? null : <span className="tag">Chưa thiết lập</span>}
            </li>
          ) : null}
          {can('eligibility.read') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/du-dieu-kien`}>Xét điều kiện Bằng khen</Link>
            </li>
          ) : null}
          {can('nomination.read') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/de-nghi-khen-thuong`}>Đề nghị khen thưởng và chỉ tiêu (Khoản 4, Mục III)</Link>
            </li>
          ) : null}
          {can('dossier.appraise') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/ho-so-khen-thuong`}>Hồ sơ khen thưởng đã gửi Sở Nội vụ (Điểm c, Khoản 4, Mục III)</Link>
            </li>
          ) : null}
          {can('council.read') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/hoi-dong`}>Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh (xét hồ sơ đã thẩm định)</Link>
            </li>
          ) : null}
          {can('awardProposal.manage') || can('awardProposal.approve') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/khen-thuong`}>Tờ trình và Quyết định khen thưởng (Khoản 3, Mục IV)</Link>
            </li>
          ) : null}
          {can('publicNotice.manage') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/cong-khai`}>Công khai lấy ý kiến nhân dân về danh sách đề nghị khen thưởng</Link>
            </li>
          ) : null}
          {can('unitMeritCriteria.read') ? (
            <li className="result-list__item">
              <Link to={`/thi-dua/${c.id}/tieu-chuan-giay-khen`}>Tiêu chuẩn Giấy khen (Khoản 2, Mục III)</Link>
            </li>
          ) : null}
          {can('parResult.read') ? (
            <li className="result-list__item">
              <Link to={`/chi-so-cchc/${c.year}`}>Chỉ số CCHC năm {c.year}</Link>
            </li>
          ) : null}
          {can('rating.read') ? (
            <li className="result-list__item">
              <Link to={`/xep-loai/${c.year}`}>Xếp loại, xác nhận của thủ trưởng và công nhận năm {c.year}</Link>
            </li>
          ) : null}
        </ul>
      </section>

      {can('registration.read') ? (
        <section aria-labelledby="registration-exchange">
          <h2 id="registration-exchange">Trao đổi dữ liệu đăng ký (Excel)</h2>
          <ExportButtons path={`/campaigns/${c.id}/registrations/export`} label="Xuất danh sách đăng ký" xlsxLabel="Xuất danh sách đăng ký (XLSX)" />
          {can('registration.import') ? <RegistrationImportPanel campaignId={c.id} onImported={data.reload} /> : null}
        </section>
      ) : null}

      {can('campaign.manage') ? <CampaignAdminActions key={c.status} campaign={c} onChanged={data.reload} /> : null}
    </>
  );
}
