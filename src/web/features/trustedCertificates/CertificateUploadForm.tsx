import { apiUpload, apiUrl } from '../../app/api/client';
import { FileUploadForm } from '../../components/FileUploadForm';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';

/** Uploads one CA certificate file (.cer, .crt, .pem, .der); the server reads it and refuses anything but a CA's. */
export function CertificateUploadForm({ onAdded }: { onAdded: (certificate: TrustedCertificate) => void }) {
  return (
    <section className="panel" aria-labelledby="trusted-certificate-upload-title">
      <h2 id="trusted-certificate-upload-title" className="heading-m">
        Thêm chứng thư CA
      </h2>
      <FileUploadForm
        fileId="trusted-certificate-file"
        label="Tệp chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA)"
        hint="Tệp .cer, .crt, .pem hoặc .der của CA gốc hoặc CA trung gian, tải từ trang của nhà cung cấp. Đối chiếu dấu vân tay SHA-256 với giá trị nhà cung cấp công bố sau khi thêm."
        accept=".cer,.crt,.pem,.der,application/x-x509-ca-cert,application/pkix-cert"
        missingMessage="Tệp chứng thư: chưa chọn tệp (.cer, .crt, .pem hoặc .der)"
        submitLabel="Thêm vào danh sách tin cậy"
        upload={async (file, onProgress) => onAdded(await apiUpload<TrustedCertificate>(apiUrl('/trusted-certificates'), file, 'application/octet-stream', onProgress))}
      />
    </section>
  );
}
