import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSession } from '../../app/auth/SessionContext';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import type { Nomination, NominationOverview } from '../../../shared/contracts/nominations';
import { CandidateList } from './CandidateList';
import { ProposeNominationForm } from './ProposeNominationForm';
import { QuotaGauge } from './QuotaGauge';
import { WithdrawNominationForm } from './WithdrawNominationForm';
import './nominations.css';
import { SuccessBanner } from '../../components/SuccessBanner';

const PAGE_SIZE = 50;

/**
 * /thi-dua/:id/de-nghi-khen-thuong — nominations for the chairman's Bằng khen (III.4.a–b): a district proposes its
 * commune(s), a chosen collective its individuals, within the quota shown by the gauge; the current nominations,
 * each withdrawable by its proposer (which frees the place); the candidates with their eligibility. Both lists are
 * paged by the server, each with its own pager; the candidates can be searched by name.
 */
export function NominationsPage() {
  const campaignId = useParams().id ?? '';
  const [page, setPage] = useState(1);
  const [candidatePage, setCandidatePage] = useState(1);
  const [q, setQ] = useState('');
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const overview = useApiData<NominationOverview>(apiUrl(`/campaigns/${campaignId}/nominations`, { page, pageSize: PAGE_SIZE, candidatePage, candidatePageSize: PAGE_SIZE, q: debouncedQ }));
  const [withdrawing, setWithdrawing] = useState<Nomination | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  usePageTitle('Đề nghị khen thưởng');
  const { can } = useSession();
  const data = overview.data;
  // Someone who may propose keeps the list (and its search box) even when a search finds nothing.
  const mayPropose = can('nomination.propose') && ((data?.candidates.total ?? 0) > 0 || q.trim() !== '');

  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Đề nghị khen thưởng</h1>
      <CampaignSwitcher campaignId={campaignId} section="de-nghi-khen-thuong" />
      <p className="lead">
        Mỗi huyện, thành phố đề nghị 01 đơn vị hành chính cấp xã (huyện Giồng Riềng và Hòn Đất: 02) — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III; mỗi tập thể
        được chọn đề nghị 02 cá nhân (cấp xã: 01) — Điểm b, Khoản 4, Mục III. Chỉ đề nghị được tập thể, cá nhân đủ tiêu chuẩn Bằng khen.
      </p>
      {can('selection.manage') ? (
        <p>
          <Link to={`/thi-dua/${campaignId}/tap-the-tieu-bieu`}>Chọn tập thể tiêu biểu trong nhóm xuất sắc</Link> (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III)
        </p>
      ) : null}
      <ErrorBanner error={overview.error} />
      {overview.loading && !data ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {data && data.quotas.length > 0 ? (
        <section aria-labelledby="quota-title">
          <h2 id="quota-title" className="heading-m">
            Chỉ tiêu đề nghị
          </h2>
          {data.quotas.map((q) => (
            <QuotaGauge key={q.quotaKey} quota={q} />
          ))}
        </section>
      ) : null}
      {data && mayPropose ? (
        <ProposeNominationForm
          campaignId={campaignId}
          candidates={data.candidates.items}
          paged={data.candidates.total > data.candidates.items.length}
          onProposed={(n) => {
            setNotice(`Đã đề nghị khen thưởng ${n.nomineeName}.`);
            overview.reload();
          }}
        />
      ) : null}
      {data ? (
        <section aria-labelledby="nominations-title">
          <h2 id="nominations-title" className="heading-m">
            Các đề nghị
          </h2>
          {data.total === 0 ? <p className="hint">Chưa có đề nghị nào trong phạm vi của bạn.</p> : null}
          {data.items.length > 0 ? (
            <DataTable testId="nominations" columns={['Tập thể, cá nhân', 'Đơn vị đề nghị', 'Tình trạng', 'Thời gian', ACTIONS_COLUMN]}>
              {data.items.map((n) => (
                <tr key={n.id} data-status={n.status}>
                  <th scope="row">{n.nomineeName}</th>
                  <td>{n.proposingUnit.name}</td>
                  <td>
                    {n.statusLabel}
                    {n.withdrawalReason ? <span className="meta"> — {n.withdrawalReason}</span> : null}
                    {n.status === 'proposed' ? (
                      <>
                        {' — '}
                        <Link to={`/ho-so-khen-thuong/${n.id}`}>Hồ sơ khen thưởng</Link>
                      </>
                    ) : null}
                  </td>
                  <td>{formatDateTime(n.withdrawnAt ?? n.proposedAt)}</td>
                  {n.canWithdraw ? <RowAction label="Rút đề nghị" row={n.nomineeName} variant="warning" onClick={() => setWithdrawing(n)} /> : <td />}
                </tr>
              ))}
            </DataTable>
          ) : null}
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} label="đề nghị khen thưởng" />
          {withdrawing ? (
            <WithdrawNominationForm
              key={withdrawing.id}
              nomination={withdrawing}
              onCancel={() => setWithdrawing(null)}
              onDone={() => {
                setNotice(`Đã rút đề nghị khen thưởng ${withdrawing.nomineeName}.`);
                setWithdrawing(null);
                overview.reload();
              }}
            />
          ) : null}
        </section>
      ) : null}
      {data && mayPropose ? (
        <CandidateList
          candidates={data.candidates}
          q={q}
          onSearch={(value) => {
            setQ(value);
            setCandidatePage(1);
          }}
          onPage={setCandidatePage}
        />
      ) : null}
    </>
  );
}
