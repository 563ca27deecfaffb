import { useState } from 'react';
import { api, toApiError } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { confirmAction } from '../../components/confirmAction';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { CertificateUploadForm } from './CertificateUploadForm';
import { SignatureCheckPanel } from './SignatureCheckPanel';
import { TrustedCertificateTable } from './TrustedCertificateTable';
import type { TrustedCertificate, TrustedCertificateList } from '../../../shared/contracts/trustedCertificates';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /chung-thu-so — the CA certificates trusted for ký số verification (administrator). A signature in an uploaded PDF
 * is "Hợp lệ" only if its certificate chains to an active certificate of this list.
 */
export function TrustedCertificatesPage() {
  usePageTitle('Chứng thư số tin cậy');
  const list = useApiData<TrustedCertificateList>('/api/trusted-certificates');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function deactivate(certificate: TrustedCertificate) {
    const name = certificate.subjectCommonName ?? certificate.subject;
    if (!confirmAction(`Ngừng tin cậy chứng thư "${name}": chữ ký số do CA này cấp sẽ được báo "Không xác định được chuỗi tin cậy" từ nay.`)) return;
    setMessage(null);
    setError(null);
    try {
      await api<TrustedCertificate>(`/api/trusted-certificates/${certificate.id}/deactivate`, { method: 'POST' });
      setMessage(`Đã ngừng tin cậy chứng thư "${name}".`);
      list.reload();
    } catch (err) {
      setError(toApiError(err).message);
    }
  }

  return (
    <>
      <h1>Chứng thư số tin cậy</h1>
      <p className="lead">
        Chữ ký số (ký số bằng USB token) trên tệp PDF được coi là hợp lệ khi chứng thư của người ký do một tổ chức cung cấp dịch vụ chứng thực (CA) trong danh sách dưới đây cấp, còn hiệu lực tại thời điểm ký, và tài liệu không bị thay đổi sau khi ký.
      </p>
      <ErrorBanner error={list.error} />
      {error ? (
        <p className="banner banner--error" role="alert">
          {error}
        </p>
      ) : null}
      {message ? <SuccessBanner>{message}</SuccessBanner> : null}
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data ? <TrustedCertificateTable certificates={list.data.items} onDeactivate={deactivate} /> : null}
      <CertificateUploadForm
        onAdded={(c) => {
          setError(null);
          setMessage(`Đã thêm chứng thư "${c.subjectCommonName ?? c.subject}" (dấu vân tay SHA-256 ${c.fingerprintSha256}).`);
          list.reload();
        }}
      />
      <SignatureCheckPanel />
    </>
  );
}
