import { formatDateTime } from '../../app/format/dates';
import './trustedCertificates.css';
import type { PdfSignatureReport } from '../../../shared/contracts/trustedCertificates';

const STATUS_TAG = { valid: 'tag--green', invalid: 'tag--signature-invalid', untrusted: 'tag--signature-untrusted' } as const;

/** The ký số result of one PDF: the document's status, then each signature with signer, organisation, CA, time, reasons. */
export function SignatureReportView({ report }: { report: PdfSignatureReport }) {
  return (
    <div data-testid="signature-report">
      <p>
        <span className={`tag ${report.status === 'signed' ? (report.allValid ? 'tag--green' : 'tag--signature-untrusted') : 'tag--grey'}`}>{report.statusLabel}</span> {report.summary}
      </p>
      {report.signatures.length > 0 ? (
        <ol className="signature-list">
          {report.signatures.map((s) => (
            <li key={s.index}>
              <span className={`tag ${STATUS_TAG[s.status]}`}>{s.statusLabel}</span>{' '}
              <strong>{s.signerName ?? 'Không rõ người ký'}</strong>
              {s.signerOrganization ? ` — ${s.signerOrganization}` : ''}
              <dl className="summary-list">
                <div className="summary-list__row">
                  <dt>Tổ chức cấp chứng thư (CA)</dt>
                  <dd>{s.issuerName ?? 'Không rõ'}</dd>
                </div>
                <div className="summary-list__row">
                  <dt>Thời điểm ký</dt>
                  <dd>{s.signingTime ? formatDateTime(s.signingTime) : 'Không ghi trong chữ ký'}</dd>
                </div>
              </dl>
              {s.reasons.length > 0 ? (
                <ul>
                  {s.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              ) : null}
              {s.notes.map((n) => (
                <p key={n} className="meta">
                  {n}
                </p>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
