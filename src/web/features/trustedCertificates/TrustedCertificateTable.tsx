import { formatDate } from '../../app/format/dates';
import { DataTable } from '../../components/DataTable';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import type { TrustedCertificate } from '../../../shared/contracts/trustedCertificates';

/** The trusted CA certificates: who they are, their validity, fingerprint and status; active ones can be deactivated. */
export function TrustedCertificateTable({ certificates, onDeactivate }: { certificates: TrustedCertificate[]; onDeactivate: (certificate: TrustedCertificate) => void }) {
  if (certificates.length === 0) {
    return <p className="banner banner--info">Chưa có chứng thư CA tin cậy nào: mọi chữ ký số sẽ được báo "Không xác định được chuỗi tin cậy".</p>;
  }
  return (
    <DataTable
      columns={['Chứng thư', 'Hiệu lực', 'Dấu vân tay SHA-256', 'Trạng thái', ACTIONS_COLUMN]}
      caption={`Chứng thư số CA tin cậy (${certificates.filter((c) => c.active).length} đang dùng)`}
      testId="trusted-certificates"
    >
      {certificates.map((c) => (
        <tr key={c.id}>
          <td>
            <strong>{c.subjectCommonName ?? c.subject}</strong>
            <div className="meta">{c.subject}</div>
            <div className="meta">Cấp bởi: {c.issuer === c.subject ? 'tự cấp (CA gốc)' : c.issuer}</div>
          </td>
          <td className="nowrap">
            {formatDate(c.notBefore)} – {formatDate(c.notAfter)}
          </td>
          <td>
            <code className="fingerprint">{c.fingerprintSha256}</code>
          </td>
          <td>
            <span className={`tag ${c.active ? 'tag--green' : 'tag--grey'}`}>{c.active ? 'Đang tin cậy' : 'Đã ngừng tin cậy'}</span>
            {c.createdByName ? <div className="meta">Thêm bởi {c.createdByName}, {formatDate(c.createdAt)}</div> : null}
            {c.deactivatedAt ? <div className="meta">Ngừng từ {formatDate(c.deactivatedAt)}</div> : null}
          </td>
          {c.active ? <RowAction label="Ngừng tin cậy" row={c.subjectCommonName ?? c.subject} variant="warning" onClick={() => onDeactivate(c)} /> : <td />}
        </tr>
      ))}
    </DataTable>
  );
}
