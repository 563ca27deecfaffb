import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import type { UnitMeritCriteriaList } from '../../../shared/contracts/unitMeritCriteria';
import { UnitMeritCriteriaEditor } from './UnitMeritCriteriaEditor';

const PAGE_SIZE = 20;

/**
 * /thi-dua/:id/tieu-chuan-giay-khen — the Giấy khen criteria of each provincial department and district (Khoản 2,
 * Mục III: set by their heads, not by the plan). The user's own issuer edits its list here; a commune reads its
 * district's list; province roles read them all.
 */
export function UnitMeritCriteriaPage() {
  const campaignId = useParams().id ?? '';
  const [page, setPage] = useState(1);
  const list = useApiData<UnitMeritCriteriaList>(apiUrl(`/campaigns/${campaignId}/unit-merit-criteria`, { page, pageSize: PAGE_SIZE }));
  usePageTitle('Tiêu chuẩn Giấy khen');

  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Tiêu chuẩn Giấy khen</h1>
      <CampaignSwitcher campaignId={campaignId} section="tieu-chuan-giay-khen" />
      <p className="lead">
        Theo Khoản 2, Mục III Kế hoạch, tiêu chuẩn Giấy khen do Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND cấp huyện quy định. Đơn vị cấp xã
        xem tiêu chuẩn của huyện mình.
      </p>
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data && list.data.total === 0 ? <p className="hint">Không có sở, ban, ngành hay huyện nào trong phạm vi của bạn.</p> : null}
      {list.data?.items.map((item) => (
        <section key={item.issuer.id} aria-labelledby={`umc-${item.issuer.id}`} data-testid="issuer-criteria" data-code={item.issuer.code}>
          <h2 id={`umc-${item.issuer.id}`} className="heading-m">
            {item.issuer.name}
          </h2>
          {item.updatedAt ? <p className="meta">Cập nhật lúc {formatDateTime(item.updatedAt)}</p> : null}
          {item.canEdit ? (
            <UnitMeritCriteriaEditor url={`/api/campaigns/${campaignId}/unit-merit-criteria/${item.issuer.id}`} initial={item.criteria} onSaved={list.reload} />
          ) : item.criteria ? (
            <ol>
              {item.criteria.map((c) => (
                <li key={c.code}>
                  <strong>{c.code}.</strong> {c.text}
                </li>
              ))}
            </ol>
          ) : (
            <p className="hint">Chưa quy định.</p>
          )}
        </section>
      ))}
      {list.data ? <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="tiêu chuẩn Giấy khen" /> : null}
    </>
  );
}
