import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, apiUrl } from '../../app/api/client';
import { formatDate, formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { AwardDecision } from '../../../shared/contracts/awards';
import { AwardEntriesTable } from './AwardEntriesTable';
import './awards.css';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /quyet-dinh-khen-thuong/:id — a Quyết định khen thưởng: its awardees as decided, DOCX/PDF, the Bằng khen of each
 * awardee and of all, the SHA-256 frozen at issue with a check recomputed from what is stored now, and publication.
 */
export function AwardDecisionPage() {
  const id = useParams().id ?? '';
  const decision = useApiData<AwardDecision>(`/api/award-decisions/${id}`);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useFormErrors({});
  const { busy, run } = useSubmit(form);
  const d = decision.data;
  usePageTitle(d ? `Quyết định số ${d.number}` : 'Quyết định khen thưởng');

  async function publish() {
    if (!d || !confirmAction(`Công bố Quyết định số ${d.number} trên trang công khai (họ tên, chức vụ, đơn vị) và báo cho đơn vị của ${d.entries.length} tập thể, cá nhân.`)) return;
    await run(
      () => api<AwardDecision>(`/api/award-decisions/${d.id}/publish`, { method: 'POST' }),
      () => {
        setNotice('Đã công bố quyết định.');
        decision.reload();
      },
    );
  }

  const base = `/award-decisions/${id}`;
  return (
    <>
      {d ? (
        <p>
          <Link to={`/to-trinh-khen-thuong/${d.proposalId}`}>‹ Tờ trình</Link> · <Link to={`/thi-dua/${d.campaignId}/khen-thuong`}>Tờ trình và Quyết định khen thưởng</Link>
        </p>
      ) : null}
      <h1>Quyết định khen thưởng{d ? ` số ${d.number}` : ''}</h1>
      <ErrorBanner error={decision.error} />
      {decision.loading && !d ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {d ? (
        <>
          <dl className="summary-list" data-testid="decision-summary">
            <div className="summary-list__row">
              <dt>Số, ngày</dt>
              <dd>
                {d.number}, ngày {formatDate(d.decisionDate)}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Người ký</dt>
              <dd>
                {d.signerPosition} {d.signerName}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Tình trạng</dt>
              <dd data-testid="decision-status">
                {d.statusLabel}
                {d.publishedAt ? <span className="meta"> — công bố lúc {formatDateTime(d.publishedAt)}</span> : null}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Mã băm SHA-256 khi ghi nhận</dt>
              <dd>
                <code className="hash" data-testid="decision-hash">
                  {d.snapshotSha256}
                </code>
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Kiểm tra lại</dt>
              <dd data-testid="hash-check" data-matches={d.hashCheck.matches}>
                <span className={`tag ${d.hashCheck.matches ? 'tag--green' : 'tag--red'}`}>{d.hashCheck.matches ? 'Khớp' : 'Không khớp'}</span> {d.hashCheck.explanation}
                {!d.hashCheck.matches ? (
                  <span className="meta">
                    {' '}
                    Mã băm tính lại: <code className="hash">{d.hashCheck.recomputedSha256}</code>
                  </span>
                ) : null}
              </dd>
            </div>
          </dl>
          <ul className="button-list">
            <li>
              <a className="button button--secondary" href={apiUrl(`${base}/document.docx`)} data-testid="decision-docx">
                Tải quyết định (DOCX)
              </a>
            </li>
            <li>
              <a className="button button--secondary" href={apiUrl(`${base}/document.pdf`)} data-testid="decision-pdf">
                Tải quyết định (PDF)
              </a>
            </li>
            <li>
              <a className="button button--secondary" href={apiUrl(`${base}/certificates.pdf`)} data-testid="certificates-batch">
                Tải tất cả Bằng khen (PDF)
              </a>
            </li>
          </ul>
          <ErrorSummary errors={form.errors} description={form.description} />
          {d.canPublish ? (
            <p>
              <button type="button" className="button" disabled={busy} onClick={publish}>
                Công bố quyết định
              </button>
            </p>
          ) : null}
          <h2 className="heading-m">Danh sách được tặng Bằng khen ({d.entries.length})</h2>
          <AwardEntriesTable
            entries={d.entries}
            testId="decision-entries"
            action={(e, i) => (
              <a href={apiUrl(`${base}/certificates/${d.entries[i].id}`)} data-testid="certificate-link">
                Bằng khen<span className="visually-hidden"> của {e.name}</span> (PDF)
              </a>
            )}
          />
        </>
      ) : null}
    </>
  );
}
