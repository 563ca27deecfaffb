import { formatDate, formatDateTime } from '../../app/format/dates';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { useApiData } from '../../app/hooks/useApiData';
import { useSession } from '../../app/auth/SessionContext';
import type { PublicationResponse } from '../../../shared/contracts/par';
import type { CampaignDetailView } from './campaignTypes';

/** The campaign's dates with their clauses (plan date, II.3.b deadline with its countdown, II.3.c window) and status steps. */
export function CampaignTimeline({ campaign }: { campaign: CampaignDetailView }) {
  const d = campaign.definition;
  const current = campaign.statusSteps.findIndex((s) => s.status === campaign.status);
  const { can } = useSession();
  // Once the year's ranking is published the dossier deadline is a date: the publication answers 404 before that.
  const readsPar = can('parResult.read');
  const publication = useApiData<PublicationResponse>(readsPar ? `/api/par-results/${campaign.year}/publication` : null);
  const dossier = publication.data?.dossierDeadlines.find((x) => x.campaignId === campaign.id) ?? null;
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
          <dd data-testid="campaign-dossier-deadline">
            {dossier ? (
              <>
                Hết ngày {formatDate(dossier.deadlineDay)} ({d.dossierWindow.ref.clause}; kết quả xếp hạng công bố theo Quyết định số{' '}
                {publication.data!.publication.decisionNumber} ngày {formatDate(publication.data!.publication.decisionDate)}) —{' '}
                <DeadlineCountdown deadlineAt={dossier.deadlineInstant} serverNow={dossier.asOf} />
              </>
            ) : (
              <>
                Chậm nhất {d.dossierWindow.days} ngày kể từ ngày công bố kết quả xếp hạng CCHC ({d.dossierWindow.ref.clause}); kết quả chưa được công bố.
              </>
            )}
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
