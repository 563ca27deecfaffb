import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { Link } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import type { Page } from '../../../shared/contracts/page';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';

const PAGE_SIZE = 50;

/** /thi-dua: the campaigns, newest year first. */
export function CampaignsPage() {
  const [page, setPage] = useState(1);
  const list = useApiData<Page<CampaignSummary>>(apiUrl('/campaigns', { page, pageSize: PAGE_SIZE }));
  const { can } = useSession();
  usePageTitle('Thi đua chuyên đề');
  return (
    <>
      <h1>Thi đua chuyên đề</h1>
      {can('campaign.manage') ? (
        <p>
          <Link className="button" to="/thi-dua/moi">
            Tạo đợt thi đua
          </Link>
        </p>
      ) : null}
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage text="Đang tải danh sách đợt thi đua…" /> : null}
      {list.data ? (
        <>
          <DataTable caption={`${list.data.total} đợt thi đua`} testId="campaign-list" columns={['Kế hoạch', 'Năm', 'Chủ đề', 'Hạn đăng ký', 'Trạng thái']}>
            {list.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/thi-dua/${c.id}`}>
                    Kế hoạch số {c.planNumber} ngày {formatDate(c.planDate)}
                  </Link>
                </td>
                <td>{c.year}</td>
                <td>{c.theme}</td>
                <td>{formatDate(c.registrationDeadline)}</td>
                <td>{c.statusLabel}</td>
              </tr>
            ))}
          </DataTable>
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="đợt thi đua" />
        </>
      ) : null}
    </>
  );
}
