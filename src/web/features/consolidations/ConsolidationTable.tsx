import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../app/format/dates';
import type { ConsolidationLine } from '../../../shared/contracts/consolidations';

const COLUMNS = ['Đơn vị', 'Tình trạng', { label: 'Số cá nhân', numeric: true }, 'Ngày gửi'];

/** Units with their registration status, linking to each registration. */
export function ConsolidationTable({ campaignId, lines, caption, testId }: { campaignId: string; lines: ConsolidationLine[]; caption: string; testId?: string }) {
  return (
    <DataTable caption={caption} testId={testId} columns={COLUMNS}>
      {lines.map((l) => (
        <tr key={l.orgUnitId}>
          <td>{l.registrationId ? <Link to={`/thi-dua/${campaignId}/dang-ky/${l.registrationId}`}>{l.name}</Link> : l.name}</td>
          <td>
            <span className={`tag${l.status ? '' : ' tag--grey'}`}>{l.statusLabel}</span>
          </td>
          <td className="table__num">{l.registrationId ? l.individualCount : '—'}</td>
          <td>{l.submittedAt ? formatDateTime(l.submittedAt) : '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}
