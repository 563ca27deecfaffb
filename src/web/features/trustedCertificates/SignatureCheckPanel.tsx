import { useState } from 'react';
import { apiUpload, apiUrl } from '../../app/api/client';
import { FileUploadForm } from '../../components/FileUploadForm';
import { SignatureReportView } from './SignatureReportView';
import type { PdfSignatureReport } from '../../../shared/contracts/trustedCertificates';

/** Checks a signed PDF against the list as it is now: how the administrator sees what users will see. Nothing is stored. */
export function SignatureCheckPanel() {
  const [report, setReport] = useState<PdfSignatureReport | null>(null);
  return (
    <section className="panel" aria-labelledby="signature-check-title">
      <h2 id="signature-check-title" className="heading-m">
        Kiểm tra chữ ký số của một tệp PDF
      </h2>
      <FileUploadForm
        fileId="signature-check-file"
        label="Tệp PDF đã ký số"
        accept="application/pdf,.pdf"
        missingMessage="Tệp PDF: chưa chọn tệp"
        submitLabel="Kiểm tra chữ ký"
        secondary
        showProgress={false}
        keepFile
        onStart={() => setReport(null)}
        upload={async (file) => setReport(await apiUpload<PdfSignatureReport>(apiUrl('/signatures/verify'), file, 'application/pdf', () => undefined))}
      />
      {report ? <SignatureReportView report={report} /> : null}
    </section>
  );
}
