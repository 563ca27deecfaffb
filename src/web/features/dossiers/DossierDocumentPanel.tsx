import { apiUpload, apiUrl } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { FileUploadForm } from '../../components/FileUploadForm';
import { SignatureReportView } from '../trustedCertificates/SignatureReportView';
import type { Dossier } from '../../../shared/contracts/dossiers';

type Document = Dossier['documents'][number];

const SIGNATURE_LABEL = { none: 'Không có chữ ký số', valid: 'Chữ ký số hợp lệ', invalid: 'Chữ ký số không hợp lệ' } as const;
const SIGNATURE_TAG = { none: 'tag--grey', valid: 'tag--green', invalid: 'tag--signature-invalid' } as const;

/**
 * One document of the dossier: its draft (Word, drafted from the data), the upload of the signed scan (PDF — ký số
 * verified on the server — JPEG or PNG, judged by content), and every version uploaded, newest first, with its
 * signature status; the newest version's ký số report in full.
 */
export function DossierDocumentPanel({ dossier, document, onUploaded }: { dossier: Dossier; document: Document; onUploaded: (d: Dossier) => void }) {
  const fileId = `scan-${document.kind}`;
  const base = `/nominations/${dossier.nominationId}/dossier`;
  const latest = document.scans[0] ?? null;

  return (
    <section className="panel" aria-labelledby={`${fileId}-title`} data-testid={`dossier-document-${document.kind}`}>
      <h3 id={`${fileId}-title`} className="heading-s">
        {document.label}
      </h3>
      <p>
        <a className="button button--secondary" href={apiUrl(`${base}/documents/${document.kind}`)} data-testid={`draft-${document.kind}`}>
          Tải bản dự thảo (Word)
        </a>
      </p>
      {dossier.canEdit ? (
        <FileUploadForm
          fileId={fileId}
          label="Bản đã ký, đóng dấu (PDF có thể ký số, JPEG hoặc PNG)"
          accept="application/pdf,image/jpeg,image/png"
          missingMessage="Tệp bản đã ký: chưa chọn tệp (PDF, JPEG hoặc PNG)"
          submitLabel="Tải lên bản đã ký"
          upload={async (file, onProgress) =>
            onUploaded(await apiUpload<Dossier>(apiUrl(`${base}/documents/${document.kind}/scans`, { fileName: file.name }), file, file.type || 'application/octet-stream', onProgress))
          }
        />
      ) : null}
      {document.scans.length === 0 ? (
        <p className="meta">Chưa tải lên bản nào.</p>
      ) : (
        <ol className="dossier-versions" reversed data-testid={`versions-${document.kind}`}>
          {document.scans.map((s) => (
            <li key={s.id}>
              <a href={apiUrl(`${base}/scans/${s.id}`)}>{s.fileName}</a> <span className={`tag ${SIGNATURE_TAG[s.signatureStatus]}`}>{SIGNATURE_LABEL[s.signatureStatus]}</span>{' '}
              <span className="meta">
                ({Math.max(1, Math.round(s.size / 1024))} KB, {formatDateTime(s.uploadedAt)}
                {s.uploadedBy ? `, ${s.uploadedBy}` : ''})
              </span>
            </li>
          ))}
        </ol>
      )}
      {latest?.signatureReport && latest.signatureReport.status === 'signed' ? <SignatureReportView report={latest.signatureReport} /> : null}
    </section>
  );
}
