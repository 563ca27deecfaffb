import { Link, useParams } from 'react-router';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { DossierQueueResponse } from '../../../shared/contracts/dossiers';

/**
 * /thi-dua/:id/ho-so-khen-thuong — Sở Nội vụ's appraisal queue (Phòng CCHC và TCPCP, III.4.c, IV.3): the dossiers
 * the units have submitted, oldest first, those returned for supplement and those accepted; each opens the dossier
 * page and its appraisal (/ho-so-khen-thuong/:nominationId/tham-dinh: checklist, accept or return).
 */
export function DossierQueuePage() {
  const campaignId = useParams().id ?? '';
  const queue = useApiData<DossierQueueResponse>(`/api/campaigns/${campaignId}/dossiers`);
  usePageTitle('Hồ sơ khen thưởng đã gửi: thẩm định');
  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Hồ sơ khen thưởng đã gửi Sở Nội vụ</h1>
      <CampaignSwitcher campaignId={campaignId} section="ho-so-khen-thuong" />
      <ErrorBanner error={queue.error} />
      {queue.loading && !queue.data ? <LoadingMessage /> : null}
      {queue.data && queue.data.items.length === 0 ? <p className="hint">Chưa có hồ sơ nào được gửi.</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
        <DataTable testId="dossier-queue" columns={['Tập thể, cá nhân', 'Đơn vị trình', 'Tình trạng', 'Gửi lúc', 'Phiên bản', 'Thẩm định']}>
          {queue.data.items.map((d) => (
            <tr key={d.id} data-status={d.status}>
              <th scope="row">
                <Link to={`/ho-so-khen-thuong/${d.nominationId}`}>{d.nomineeName}</Link>
              </th>
              <td>{d.proposingUnitName}</td>
              <td>{d.statusLabel}</td>
              <td>{d.submittedAt ? formatDateTime(d.submittedAt) : ''}</td>
              <td>{d.version}</td>
              <td>
                <Link to={`/ho-so-khen-thuong/${d.nominationId}/tham-dinh`} aria-label={`${d.status === 'submitted' ? 'Thẩm định' : 'Xem phiếu thẩm định'}: ${d.nomineeName}`}>
                  {d.status === 'submitted' ? 'Thẩm định' : 'Xem phiếu thẩm định'}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  );
}
