import { Link } from 'react-router';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { AwardHistory } from '../../../shared/contracts/awards';

/**
 * The awards of a unit (its own and its people's) or of a person across campaigns and years, as decided. Used on
 * the unit page and the person's award page; the server answers only within the viewer's scope.
 */
export function AwardHistorySection({ url, title, showPerson = true }: { url: string; title: string; showPerson?: boolean }) {
  const history = useApiData<AwardHistory>(url);
  const items = history.data?.items ?? [];
  return (
    <section aria-labelledby="award-history-title" data-testid="award-history">
      <h2 id="award-history-title" className="heading-m">
        {title}
      </h2>
      <ErrorBanner error={history.error} />
      {history.loading && !history.data ? <LoadingMessage /> : null}
      {history.data && items.length === 0 ? <p className="hint">Chưa có khen thưởng nào được ghi nhận.</p> : null}
      {items.length > 0 ? (
        <DataTable columns={['Năm', 'Hình thức', 'Tập thể, cá nhân', 'Đơn vị', 'Quyết định', 'Thành tích']}>
          {items.map((i) => (
            <tr key={i.entryId}>
              <td>{i.campaignYear}</td>
              <td>Bằng khen của Chủ tịch UBND tỉnh</td>
              <th scope="row">
                {i.nomineeKind === 'person' && i.personId && showPerson ? <Link to={`/ca-nhan/${i.personId}/khen-thuong`}>{i.name}</Link> : i.name}
                {i.position ? <span className="meta">, {i.position}</span> : null}
              </th>
              <td>{i.unitName}</td>
              <td>
                Số {i.decisionNumber} ngày {formatDate(i.decisionDate)}
                {i.published ? null : <span className="meta"> (chưa công bố)</span>}
              </td>
              <td>{i.achievement}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
