import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDate } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { confirmAction } from '../../components/confirmAction';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { AwardProposal, AwardProposalList } from '../../../shared/contracts/awards';

/**
 * /thi-dua/:id/khen-thuong — the campaign's Tờ trình đề nghị tặng Bằng khen (Khoản 3, Mục IV) and their Quyết định:
 * Sở Nội vụ drafts a Tờ trình from the dossiers the council passed; each opens its page.
 */
export function AwardProposalsPage() {
  const campaignId = useParams().id ?? '';
  const list = useApiData<AwardProposalList>(`/api/campaigns/${campaignId}/award-proposals`);
  const navigate = useNavigate();
  const form = useFormErrors({});
  const { busy, run } = useSubmit(form);
  usePageTitle('Tờ trình và Quyết định khen thưởng');
  const data = list.data;

  async function create() {
    if (!data) return;
    if (!confirmAction(`Lập Tờ trình đề nghị tặng Bằng khen cho ${data.unlistedCount} hồ sơ Hội đồng đã thống nhất đề nghị.`)) return;
    await run(
      () => api<AwardProposal>(`/api/campaigns/${campaignId}/award-proposals`, { method: 'POST', body: {} }),
      (p) => navigate(`/to-trinh-khen-thuong/${p.id}`),
    );
  }

  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Tờ trình và Quyết định khen thưởng</h1>
      <CampaignSwitcher campaignId={campaignId} section="khen-thuong" />
      <ErrorBanner error={list.error} />
      {list.loading && !data ? <LoadingMessage /> : null}
      {data ? (
        <>
          <p data-testid="unlisted-count">
            {data.unlistedCount > 0 ? `Có ${data.unlistedCount} hồ sơ Hội đồng Thi đua – Khen thưởng đã thống nhất đề nghị, chưa có trong Tờ trình nào.` : 'Không còn hồ sơ nào Hội đồng đã thống nhất đề nghị mà chưa có trong Tờ trình.'}
          </p>
          {data.canCreate ? (
            <>
              <ErrorSummary errors={form.errors} description={form.description} />
              <p>
                <button type="button" className="button" disabled={busy} onClick={create}>
                  Lập Tờ trình
                </button>
              </p>
            </>
          ) : null}
          {data.items.length === 0 ? (
            <p className="hint">Chưa có Tờ trình nào.</p>
          ) : (
            <DataTable testId="award-proposals" columns={['Tờ trình', 'Ngày', 'Số hồ sơ', 'Tình trạng', 'Quyết định khen thưởng']}>
              {data.items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/to-trinh-khen-thuong/${p.id}`}>{p.number ? `Tờ trình số ${p.number}` : 'Tờ trình (chưa có số)'}</Link>
                  </th>
                  <td>{formatDate(p.proposalDate)}</td>
                  <td className="numeric">{p.entryCount}</td>
                  <td>{p.statusLabel}</td>
                  <td>
                    {p.decision ? (
                      <>
                        <Link to={`/quyet-dinh-khen-thuong/${p.decision.id}`}>Số {p.decision.number}</Link> ngày {formatDate(p.decision.decisionDate)} — {p.decision.statusLabel}
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </>
      ) : null}
    </>
  );
}
