import { Link } from 'react-router';
import { formatDateTime } from '../../app/format/dates';
import type { ConsolidationLine } from '../../../shared/contracts/consolidations';

/** Units with their registration status, linking to each registration. */
export function ConsolidationTable({ campaignId, lines, caption, testId }: { campaignId: string; lines: ConsolidationLine[]; caption: string; testId?: string }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            <th scope="col">Tình trạng</th>
            <th scope="col" className="table__num">
              Số cá nhân
            </th>
            <th scope="col">Ngày gửi</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
