import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
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
import { ReasonForm } from '../../components/ReasonForm';
import type { AwardProposal } from '../../../shared/contracts/awards';
import { AwardEntriesTable } from './AwardEntriesTable';
import './awards.css';
import { DecisionForm } from './DecisionForm';
import { ProposalForm } from './ProposalForm';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /to-trinh-khen-thuong/:id — Sở Nội vụ's Tờ trình to the chairman (Khoản 3, Mục IV): its list, the DOCX draft,
 * number/date/signer, submission; the approver approves (the list is frozen with its SHA-256) or returns it with a
 * reason; after approval Sở Nội vụ records the signed Quyết định.
 */
export function AwardProposalPage() {
  const id = useParams().id ?? '';
  const proposal = useApiData<AwardProposal>(`/api/award-proposals/${id}`);
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string | null>(null);
  const actions = useFormErrors({});
  const { busy, run } = useSubmit(actions);
  const p = proposal.data;
  usePageTitle(p?.number ? `Tờ trình số ${p.number}` : 'Tờ trình đề nghị khen thưởng');

  const done = (message: string) => () => {
    setNotice(message);
    proposal.reload();
  };

  async function act(path: 'submit' | 'approve', question: string, message: string) {
    if (!p || !confirmAction(question)) return;
    await run(() => api<AwardProposal>(`/api/award-proposals/${p.id}/${path}`, { method: 'POST' }), done(message));
  }

  return (
    <>
      {p ? (
        <p>
          <Link to={`/thi-dua/${p.campaignId}/khen-thuong`}>‹ Tờ trình và Quyết định khen thưởng</Link>
        </p>
      ) : null}
      <h1>Tờ trình đề nghị tặng Bằng khen{p?.number ? ` số ${p.number}` : ''}</h1>
      <ErrorBanner error={proposal.error} />
      {proposal.loading && !p ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {p ? (
        <>
          <dl className="summary-list" data-testid="proposal-summary">
            <div className="summary-list__row">
              <dt>Tình trạng</dt>
              <dd data-testid="proposal-status">
                {p.statusLabel}
                {p.status === 'returned' && p.returnReason ? <span className="meta"> — lý do trả lại: {p.returnReason}</span> : null}
                {p.approvedAt ? <span className="meta"> — phê duyệt lúc {formatDateTime(p.approvedAt)}</span> : null}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Số, ngày</dt>
              <dd>{p.number ? `${p.number}${p.proposalDate ? `, ngày ${formatDate(p.proposalDate)}` : ''}` : 'Chưa có số'}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Người ký</dt>
              <dd>{p.signerName ? `${p.signerPosition ?? ''} ${p.signerName}`.trim() : 'Chưa ghi'}</dd>
            </div>
            {p.snapshotSha256 ? (
              <div className="summary-list__row">
                <dt>Mã băm SHA-256 của danh sách đã chốt</dt>
                <dd>
                  <code className="hash" data-testid="proposal-hash">
                    {p.snapshotSha256}
                  </code>
                </dd>
              </div>
            ) : null}
            {p.decisionId ? (
              <div className="summary-list__row">
                <dt>Quyết định khen thưởng</dt>
                <dd>
                  <Link to={`/quyet-dinh-khen-thuong/${p.decisionId}`}>Xem quyết định</Link>
                </dd>
              </div>
            ) : null}
          </dl>
          <p>
            <a className="button button--secondary" href={apiUrl(`/award-proposals/${p.id}/document`)} data-testid="proposal-docx">
              Tải Tờ trình (DOCX)
            </a>
          </p>
          <h2 className="heading-m">Danh sách đề nghị ({p.entries.length})</h2>
          <AwardEntriesTable entries={p.entries} testId="proposal-entries" />

          <ErrorSummary errors={actions.errors} description={actions.description} />
          {p.canSubmit ? (
            <p>
              <button type="button" className="button" disabled={busy} onClick={() => act('submit', `Trình Tờ trình với ${p.entries.length} tập thể, cá nhân lên Chủ tịch UBND tỉnh.`, 'Đã trình Tờ trình.')}>
                Trình Chủ tịch UBND tỉnh
              </button>
            </p>
          ) : null}
          {p.canApprove ? (
            <p>
              <button type="button" className="button" disabled={busy} onClick={() => act('approve', `Phê duyệt Tờ trình: danh sách ${p.entries.length} tập thể, cá nhân được chốt và không sửa được nữa.`, 'Đã phê duyệt Tờ trình; danh sách đã được chốt.')}>
                Phê duyệt Tờ trình
              </button>
            </p>
          ) : null}
          {p.canEdit ? <ProposalForm key={`${p.number}-${p.proposalDate}-${p.status}`} proposal={p} onSaved={done('Đã lưu Tờ trình.')} /> : null}
          {p.canApprove ? (
            <ReasonForm
              id="proposal-return-reason"
              title="Trả lại Tờ trình"
              label="Lý do trả lại"
              maxLength={2000}
              submitLabel="Trả lại Tờ trình"
              confirmMessage="Trả lại Tờ trình cho Sở Nội vụ để chỉnh sửa."
              send={(reason) => api<AwardProposal>(`/api/award-proposals/${p.id}/return`, { method: 'POST', body: { reason } })}
              onDone={done('Đã trả lại Tờ trình cho Sở Nội vụ.')}
            />
          ) : null}
          {p.canIssueDecision ? <DecisionForm proposal={p} onIssued={(d) => navigate(`/quyet-dinh-khen-thuong/${d.id}`)} /> : null}
        </>
      ) : null}
    </>
  );
}
