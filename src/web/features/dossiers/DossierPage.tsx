import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDate, formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { DeadlineCountdown } from '../../components/DeadlineCountdown';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { Dossier } from '../../../shared/contracts/dossiers';
import { CouncilMeetingForm } from './CouncilMeetingForm';
import { DossierDocumentPanel } from './DossierDocumentPanel';
import { DossierVersionsPanel } from './DossierVersionsPanel';
import { DossierPublicComments } from './DossierPublicComments';
import { ReturnDossierForm } from './ReturnDossierForm';
import './dossiers.css';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /ho-so-khen-thuong/:nominationId — the dossier of one nomination (III.4.c, one original set): the council meeting,
 * the three documents (draft, signed scan, ký số status, versions), the checklist of what is missing, the deadline
 * counted from the ranking's publication, submission to Sở Nội vụ, the versions sent and their comparison, and Sở Nội
 * vụ's return for supplement (the full appraisal is /ho-so-khen-thuong/:nominationId/tham-dinh).
 */
export function DossierPage() {
  const nominationId = useParams().nominationId ?? '';
  const dossier = useApiData<Dossier>(`/api/nominations/${nominationId}/dossier`);
  const [notice, setNotice] = useState<string | null>(null);
  const submitForm = useFormErrors({});
  const { busy, run } = useSubmit(submitForm);
  const d = dossier.data;
  usePageTitle(d ? `Hồ sơ khen thưởng: ${d.nomineeName}` : 'Hồ sơ khen thưởng');

  const saved = (message: string) => () => {
    setNotice(message);
    dossier.reload();
  };

  async function submit() {
    if (!d) return;
    if (!confirmAction(`Gửi hồ sơ của ${d.nomineeName} về Sở Nội vụ. Sau khi gửi, đơn vị không sửa được hồ sơ trừ khi Sở Nội vụ trả lại.`)) return;
    await run(() => api<Dossier>(`/api/nominations/${d.nominationId}/dossier/submit`, { method: 'POST' }), saved('Đã gửi hồ sơ về Sở Nội vụ.'));
  }

  return (
    <>
      {d ? (
        <p>
          <Link to={`/thi-dua/${d.campaignId}/de-nghi-khen-thuong`}>‹ Đề nghị khen thưởng</Link>
        </p>
      ) : null}
      <h1>Hồ sơ khen thưởng{d ? `: ${d.nomineeName}` : ''}</h1>
      <ErrorBanner error={dossier.error} />
      {dossier.loading && !d ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {d ? (
        <>
          <dl className="summary-list" data-testid="dossier-summary">
            <div className="summary-list__row">
              <dt>Đơn vị trình</dt>
              <dd>{d.proposingUnit.name}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Tình trạng</dt>
              <dd data-testid="dossier-status">
                {d.statusLabel}
                {d.submittedAt ? <span className="meta"> — gửi lúc {formatDateTime(d.submittedAt)}</span> : null}
                {d.returnReason && d.status === 'returned' ? <span className="meta"> — lý do trả lại: {d.returnReason}</span> : null}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Thời hạn nộp hồ sơ</dt>
              <dd>
                {d.deadline ? (
                  <>
                    hết ngày {formatDate(d.deadline.deadlineDay)} <DeadlineCountdown deadlineAt={d.deadline.deadlineInstant} serverNow={d.deadline.asOf} />
                    <ul className="meta">
                      {d.deadline.basis.map((b) => (
                        <li key={b}>{b}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  'Chưa tính được: chưa công bố kết quả xếp hạng cải cách hành chính.'
                )}
              </dd>
            </div>
          </dl>

          <section className="panel" aria-labelledby="checklist-title" data-testid="dossier-checklist">
            <h2 id="checklist-title" className="heading-m">
              Thành phần hồ sơ ({d.checklist.ref.clause})
            </h2>
            <ul className="dossier-checklist">
              {d.checklist.items.map((i) => (
                <li key={i.code} data-done={i.done}>
                  <span className={`tag ${i.done ? 'tag--green' : 'tag--grey'}`}>{i.done ? 'Đã có' : 'Còn thiếu'}</span> <strong>{i.label}</strong>: {i.explanation}
                </li>
              ))}
            </ul>
            {d.canEdit ? (
              <>
                <ErrorSummary errors={submitForm.errors} description={submitForm.description} />
                <button type="button" className="button" disabled={busy || !d.checklist.complete} onClick={submit}>
                  Gửi hồ sơ về Sở Nội vụ
                </button>
                {!d.checklist.complete ? <p className="hint">Hồ sơ gửi được khi đủ các thành phần trên.</p> : null}
              </>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="meeting-section-title">
            <h2 id="meeting-section-title" className="heading-m">
              Họp Hội đồng Thi đua – Khen thưởng
            </h2>
            {d.councilMeetingCheck ? (
              <p data-testid="quorum">
                {d.councilMeetingCheck.quorum.explanation} {d.councilMeetingCheck.tallies.map((t) => `${t.nomineeName}: ${t.explanation}`).join(' ')}
              </p>
            ) : (
              <p className="meta">Chưa ghi nhận cuộc họp.</p>
            )}
            {d.canEdit ? <CouncilMeetingForm key={d.councilMeeting?.startsAt ?? 'new'} dossier={d} onSaved={saved('Đã lưu biên bản họp Hội đồng.')} /> : null}
          </section>

          <h2 className="heading-m">Tài liệu</h2>
          {d.documents.map((doc) => (
            <DossierDocumentPanel key={doc.kind} dossier={d} document={doc} onUploaded={saved(`Đã tải lên bản đã ký: ${doc.label}.`)} />
          ))}

          <DossierPublicComments nominationId={d.nominationId} />

          <DossierVersionsPanel key={d.version} nominationId={d.nominationId} version={d.version} />

          {d.canAppraise ? (
            <p>
              <Link className="button button--secondary" to={`/ho-so-khen-thuong/${d.nominationId}/tham-dinh`}>
                Thẩm định hồ sơ (phiếu thẩm định)
              </Link>
            </p>
          ) : null}
          {d.canAppraise ? <ReturnDossierForm dossier={d} onDone={saved('Đã trả lại hồ sơ cho đơn vị.')} /> : null}
        </>
      ) : null}
    </>
  );
}
