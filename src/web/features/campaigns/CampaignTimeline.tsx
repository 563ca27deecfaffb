import { formatDate, formatDateTime } from '../../app/format/dates';
import type { CampaignDetail } from './campaignTypes';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';

/** The campaign's dates with their clauses (plan date, II.3.b deadline with its countdown, II.3.c window) and status steps. */
export function CampaignTimeline({ campaign }: { campaign: CampaignDetail }) {
  const d = campaign.definition;
  const current = campaign.statusSteps.findIndex((s) => s.status === campaign.status);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Mốc thời gian</h2>
      <dl className="summary-list" data-testid="campaign-timeline">
        <div className="summary-list__row">
          <dt>Ban hành kế hoạch</dt>
          <dd>{formatDate(campaign.planDate)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Hạn đăng ký thi đua</dt>
          <dd>
            {formatDateTime(campaign.registrationDeadlineAt)} ({d.registrationDeadline.ref.clause}) —{' '}
            <DeadlineCountdown deadlineAt={campaign.registrationDeadlineAt} serverNow={campaign.serverNow} />
            <p className="field__hint">{campaign.registrationWindow.message}</p>
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Lập hồ sơ khen thưởng</dt>
          <dd>
            Chậm nhất {d.dossierWindow.days} ngày kể từ ngày công bố kết quả xếp hạng CCHC ({d.dossierWindow.ref.clause})
          </dd>
        </div>
      </dl>
      <h3>Các bước của đợt thi đua</h3>
      <ol className="result-list" data-testid="campaign-steps">
        {campaign.statusSteps.map((step, i) => (
          <li key={step.status} className="result-list__item" aria-current={i === current ? 'step' : undefined}>
            {i < current ? '✓ ' : i === current ? '▶ ' : ''}
            {i === current ? <strong>{step.label}</strong> : step.label}
          </li>
        ))}
      </ol>
    </section>
  );
}
