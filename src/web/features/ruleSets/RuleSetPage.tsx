import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import type { RuleSetState } from '../../../shared/contracts/ruleSets';
import { useSession } from '../../app/auth/SessionContext';
import { formatDate, formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { RuleSetEditor } from './RuleSetEditor';
import { RuleSetSetup } from './RuleSetSetup';
import { RuleSetVersions } from './RuleSetVersions';
import { RuleSetView } from './RuleSetView';
import './ruleSet.css';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /thi-dua/:id/bo-tieu-chuan — the campaign's Bằng khen rule set (Khoản 1, Mục III): every basis and criterion with
 * its clause and threshold, its versions with who and when; Sở Nội vụ sets it up and edits it until the year's PAR
 * ranking is published, after which it is read-only.
 */
export function RuleSetPage() {
  const id = useParams().id ?? '';
  const { can } = useSession();
  const data = useApiData<RuleSetState>(`/api/campaigns/${id}/rule-set`);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const state = data.data;
  const year = state?.campaign.year;
  usePageTitle(year ? `Bộ tiêu chuẩn xét Bằng khen năm ${year}` : 'Bộ tiêu chuẩn xét Bằng khen');
  if (data.error) return <ErrorBanner error={data.error} />;
  if (!state) return <LoadingMessage text="Đang tải bộ tiêu chuẩn…" />;

  const onSaved = (next: RuleSetState) => {
    setEditing(false);
    setSaved(`Đã lưu phiên bản ${next.current?.version} của bộ tiêu chuẩn. Kết quả xét điều kiện được tính theo phiên bản này.`);
    data.reload();
  };
  const current = state.current;
  const ruleSet = state.ruleSet;

  return (
    <>
      <p>
        <Link to={`/thi-dua/${id}`}>‹ Kế hoạch số {state.campaign.planNumber}</Link>
      </p>
      <h1>Bộ tiêu chuẩn xét Bằng khen năm {state.campaign.year}</h1>
      <CampaignSwitcher campaignId={id} section="bo-tieu-chuan" />
      <p className="lead">
        Tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh đối với tập thể và cá nhân (Khoản 1, Mục III) theo Kế hoạch số {state.campaign.planNumber}; kết quả xét điều kiện
        luôn tính theo phiên bản đang áp dụng.
      </p>
      {saved ? <SuccessBanner testId="rule-set-saved">{saved}</SuccessBanner> : null}
      {state.frozen ? (
        <div className="banner banner--info" role="status" data-testid="rule-set-frozen">
          <strong>Chỉ xem.</strong> {state.frozenReason}
          {state.publication ? ` (Công bố ngày ${formatDate(state.publication.decisionDate)}.)` : null}
        </div>
      ) : null}

      {current ? (
        <dl className="summary-list" data-testid="rule-set-current">
          <div className="summary-list__row">
            <dt>Phiên bản đang áp dụng</dt>
            <dd data-testid="rule-set-version">{current.version}</dd>
          </div>
          <div className="summary-list__row">
            <dt>Lưu lúc</dt>
            <dd>
              {formatDateTime(current.createdAt)}, {current.createdBy ? current.createdBy.fullName : 'hệ thống'}
            </dd>
          </div>
          {current.note ? (
            <div className="summary-list__row">
              <dt>Ghi chú</dt>
              <dd>{current.note}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      {!ruleSet ? (
        <section aria-labelledby="rule-set-none">
          <h2 id="rule-set-none">Chưa có bộ tiêu chuẩn</h2>
          <p className="banner banner--info" data-testid="rule-set-none">
            Đợt thi đua chưa có bộ tiêu chuẩn xét khen thưởng, nên chưa xét được điều kiện của tập thể, cá nhân nào.
            {state.canEdit ? ' Chọn bộ tiêu chuẩn để bắt đầu, rồi rà soát và sửa cho đúng kế hoạch.' : ' Sở Nội vụ cần thiết lập bộ tiêu chuẩn.'}
          </p>
          {state.canEdit ? <RuleSetSetup campaignId={id} state={state} onSaved={onSaved} /> : null}
        </section>
      ) : editing && state.canEdit ? (
        <section aria-labelledby="rule-set-edit-title">
          <h2 id="rule-set-edit-title">Sửa bộ tiêu chuẩn</h2>
          <RuleSetEditor campaignId={id} state={{ ...state, ruleSet }} onSaved={onSaved} onCancel={() => setEditing(false)} />
        </section>
      ) : (
        <section aria-labelledby="rule-set-title">
          <h2 id="rule-set-title">Các tiêu chuẩn và điều kiện</h2>
          {state.canEdit ? (
            <p>
              <button type="button" className="button" onClick={() => { setSaved(null); setEditing(true); }}>
                Sửa bộ tiêu chuẩn
              </button>
            </p>
          ) : null}
          <RuleSetView ruleSet={ruleSet} />
          {can('eligibility.read') ? (
            <p>
              <Link to={`/thi-dua/${id}/du-dieu-kien`}>Xem kết quả xét điều kiện theo bộ tiêu chuẩn này</Link>
            </p>
          ) : null}
          {state.canEdit ? (
            <details className="panel">
              <summary>Thay bằng bộ tiêu chuẩn khác (mẫu hoặc đợt thi đua khác)</summary>
              <RuleSetSetup campaignId={id} state={state} onSaved={onSaved} />
            </details>
          ) : null}
        </section>
      )}

      {ruleSet ? (
        <section aria-labelledby="rule-set-versions-title">
          <h2 id="rule-set-versions-title">Lịch sử phiên bản</h2>
          <RuleSetVersions key={current?.version ?? 0} campaignId={id} />
        </section>
      ) : null}
    </>
  );
}
