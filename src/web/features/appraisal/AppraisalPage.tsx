import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ReasonForm } from '../../components/ReasonForm';
import { TextAreaField } from '../../components/TextAreaField';
import type { Appraisal, AppraisalCheck } from '../../../shared/contracts/appraisal';
import './appraisal.css';
import { SuccessBanner } from '../../components/SuccessBanner';

const VERDICT_TAGS: Record<AppraisalCheck['verdict'], { text: string; className: string }> = {
  pass: { text: 'Đạt', className: 'tag tag--green' },
  fail: { text: 'Không đạt', className: 'tag tag--red' },
  unknown: { text: 'Chưa rõ', className: 'tag tag--grey' },
};

/**
 * /ho-so-khen-thuong/:nominationId/tham-dinh — Sở Nội vụ appraises a submitted dossier (thẩm định, Khoản 3, Mục IV):
 * the checklist (documents present, signed, eligibility still holds, quota respected, on time), each item with its
 * clause and a note; then accept it for the council, or return it for supplement with the reasons. The versions the
 * unit has sent are listed with their outcome; the dossier page compares them.
 */
export function AppraisalPage() {
  const nominationId = useParams().nominationId ?? '';
  const appraisal = useApiData<Appraisal>(`/api/nominations/${nominationId}/appraisal`);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const acceptForm = useFormErrors({});
  const { busy, run } = useSubmit(acceptForm);
  const a = appraisal.data;
  usePageTitle(a ? `Thẩm định hồ sơ: ${a.nomineeName}` : 'Thẩm định hồ sơ');

  const done = (message: string) => () => {
    setNotice(message);
    setNotes({});
    appraisal.reload();
  };

  async function accept() {
    if (!a) return;
    const warning = a.allPass ? '' : ' Lưu ý: phiếu thẩm định còn nội dung không đạt hoặc chưa rõ.';
    if (!confirmAction(`Thẩm định đạt hồ sơ của ${a.nomineeName} (phiên bản ${a.version}); hồ sơ được trình Hội đồng Thi đua – Khen thưởng.${warning}`)) return;
    await run(() => api<Appraisal>(`/api/nominations/${a.nominationId}/appraisal/accept`, { method: 'POST', body: { version: a.version, notes } }), done('Đã thẩm định đạt hồ sơ.'));
  }

  return (
    <>
      <p>
        {a ? <Link to={`/thi-dua/${a.campaignId}/ho-so-khen-thuong`}>‹ Hàng đợi thẩm định</Link> : null}
      </p>
      <h1>Thẩm định hồ sơ{a ? `: ${a.nomineeName}` : ''}</h1>
      <ErrorBanner error={appraisal.error} />
      {appraisal.loading && !a ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {a ? (
        <>
          <dl className="summary-list" data-testid="appraisal-summary">
            <div className="summary-list__row">
              <dt>Đơn vị trình</dt>
              <dd>{a.proposingUnitName}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Tình trạng</dt>
              <dd data-testid="appraisal-status">{a.statusLabel}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Phiên bản</dt>
              <dd>
                {a.version}
                {a.submittedAt ? <span className="meta"> — gửi lúc {formatDateTime(a.submittedAt)}</span> : null}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Hồ sơ</dt>
              <dd>
                <Link to={`/ho-so-khen-thuong/${a.nominationId}`}>Xem hồ sơ, bản đã ký và so sánh các phiên bản</Link>
              </dd>
            </div>
          </dl>

          <section className="panel" aria-labelledby="appraisal-checklist-title" data-testid="appraisal-checklist">
            <h2 id="appraisal-checklist-title" className="heading-m">
              Phiếu thẩm định (Khoản 3, Mục IV)
            </h2>
            <ul className="appraisal-checklist">
              {a.checklist.map((c) => (
                <li key={c.code} data-verdict={c.verdict} data-testid={`check-${c.code}`}>
                  <span className={VERDICT_TAGS[c.verdict].className}>{VERDICT_TAGS[c.verdict].text}</span> <strong>{c.label}</strong>: {c.explanation}{' '}
                  <span className="meta">
                    ({c.clause}, {c.source})
                  </span>
                  {a.canDecide ? (
                    <TextAreaField id={`note-${c.code}`} label={`Ghi chú: ${c.label}`} rows={2} maxLength={1000} value={notes[c.code] ?? ''} onChange={(event) => setNotes({ ...notes, [c.code]: event.target.value })} />
                  ) : c.note ? (
                    <p className="appraisal-note">Ghi chú: {c.note}</p>
                  ) : null}
                </li>
              ))}
            </ul>
            {a.canDecide ? (
              <>
                <ErrorSummary errors={acceptForm.errors} description={acceptForm.description} />
                {!a.allPass ? <p className="hint">Còn nội dung không đạt hoặc chưa rõ: cân nhắc trả lại hồ sơ để bổ sung.</p> : null}
                <button type="button" className="button" disabled={busy} onClick={accept}>
                  Thẩm định đạt
                </button>
              </>
            ) : null}
          </section>

          {a.canDecide ? (
            <ReasonForm
              id="appraisal-return-reason"
              title="Trả lại hồ sơ, yêu cầu bổ sung"
              label="Nội dung cần bổ sung"
              maxLength={2000}
              submitLabel="Trả lại hồ sơ"
              confirmMessage={`Trả lại hồ sơ của ${a.nomineeName} cho ${a.proposingUnitName} để bổ sung; đơn vị được thông báo.`}
              send={(reason) => api<Appraisal>(`/api/nominations/${a.nominationId}/appraisal/return`, { method: 'POST', body: { version: a.version, reason, notes } })}
              onDone={done('Đã trả lại hồ sơ cho đơn vị để bổ sung.')}
            />
          ) : null}

          <section className="panel" aria-labelledby="appraisal-versions-title">
            <h2 id="appraisal-versions-title" className="heading-m">
              Các lần gửi hồ sơ
            </h2>
            <ol className="appraisal-versions" data-testid="appraisal-versions">
              {a.versions.map((v) => (
                <li key={v.version}>
                  Phiên bản {v.version}, gửi lúc {formatDateTime(v.submittedAt)}
                  {v.submittedByName ? ` (${v.submittedByName})` : ''}:{' '}
                  {v.appraisal ? (
                    <>
                      <strong>{v.appraisal.outcomeLabel}</strong> lúc {formatDateTime(v.appraisal.decidedAt)}
                      {v.appraisal.decidedByName ? ` bởi ${v.appraisal.decidedByName}` : ''}
                      {v.appraisal.note ? ` — ${v.appraisal.note}` : ''}
                    </>
                  ) : (
                    'chưa thẩm định'
                  )}
                </li>
              ))}
            </ol>
          </section>
        </>
      ) : null}
    </>
  );
}
