import { useState } from 'react';
import { api, toApiError, type ApiError } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { AUDIT_CHAIN_FAULT_LABELS } from '../../../domain/audit/auditChain';
import { auditActionLabel } from '../../../shared/auditLabels';
import type { AuditChainReportResponse } from '../../../shared/contracts/audit';

/**
 * /nhat-ky/kiem-tra-chuoi (admin): checks the tamper-evident audit chain on demand and names the first row that does
 * not match (its number, id, time and action), as `npm run cli -- audit:verify` does.
 */
export function AuditChainPage() {
  usePageTitle('Kiểm tra chuỗi nhật ký');
  const [report, setReport] = useState<AuditChainReportResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function check() {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api<AuditChainReportResponse>('/api/audit-chain/verify'));
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  }

  const failure = report?.failure ?? null;
  return (
    <>
      <h1>Kiểm tra chuỗi nhật ký</h1>
      <p className="lead">
        Mỗi dòng nhật ký mang mã băm SHA-256 của nội dung của nó và của dòng liền trước. Sửa, xóa hay chèn một dòng ở bất kỳ đâu làm chuỗi
        không còn khớp từ dòng đó. Việc kiểm tra đọc lần lượt từng trang theo số thứ tự.
      </p>
      <button type="button" className="button" onClick={check} disabled={busy}>
        {busy ? 'Đang kiểm tra…' : 'Kiểm tra ngay'}
      </button>
      {busy ? <LoadingMessage text="Đang kiểm tra chuỗi nhật ký…" /> : null}
      <ErrorBanner error={error} />
      {report ? (
        <div className={`banner ${report.ok ? 'banner--success' : 'banner--error'}`} role="status" data-testid="audit-chain-result">
          <p>{report.ok ? 'Chuỗi nhật ký nguyên vẹn.' : 'Chuỗi nhật ký đã bị thay đổi.'}</p>
          <p>
            Số dòng khớp: {report.checked}.
            {report.beforeChain > 0 ? ` ${report.beforeChain} dòng trước khi có chuỗi (không kiểm được).` : ''}
          </p>
          {failure ? (
            <dl>
              <dt>Lỗi</dt>
              <dd>{AUDIT_CHAIN_FAULT_LABELS[failure.fault]}</dd>
              {failure.row ? (
                <>
                  <dt>Số thứ tự</dt>
                  <dd>{failure.row.seq ?? '(không có)'}</dd>
                  <dt>Mã dòng</dt>
                  <dd>
                    <code>{failure.row.id}</code>
                  </dd>
                  <dt>Thời gian</dt>
                  <dd>{formatDateTime(failure.row.at)}</dd>
                  <dt>Hành động</dt>
                  <dd>{auditActionLabel(failure.row.action)}</dd>
                </>
              ) : (
                <>
                  <dt>Số thứ tự mong đợi</dt>
                  <dd>{failure.expectedSeq}</dd>
                </>
              )}
            </dl>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
