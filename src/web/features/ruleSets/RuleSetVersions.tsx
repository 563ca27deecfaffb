import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import type { RuleSetVersionDetail, RuleSetVersionList } from '../../../shared/contracts/ruleSets';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { RuleSetView } from './RuleSetView';

/** Every version of the rule set — who saved it, when, why, what it changed — and any one of them to read. */
export function RuleSetVersions({ campaignId }: { campaignId: string }) {
  const list = useApiData<RuleSetVersionList>(`/api/campaigns/${campaignId}/rule-set/versions`);
  const [shown, setShown] = useState<number | null>(null);
  const detail = useApiData<RuleSetVersionDetail>(shown ? `/api/campaigns/${campaignId}/rule-set/versions/${shown}` : null);
  if (list.error) return <ErrorBanner error={list.error} />;
  if (!list.data) return <LoadingMessage text="Đang tải các phiên bản…" />;
  const items = list.data.items;
  if (items.length === 0) return <p className="hint">Chưa có phiên bản nào.</p>;
  return (
    <>
      <DataTable caption="Các phiên bản, mới nhất trước" className="rule-set-versions" testId="rule-set-versions" columns={['Phiên bản', 'Thời điểm lưu', 'Người lưu', 'Ghi chú và thay đổi', { label: 'Xem', hidden: true }]}>
        {items.map((v) => (
          <tr key={v.version} data-version={v.version}>
            <th scope="row">
              {v.version}
              {v.current ? <span className="tag tag--green"> đang áp dụng</span> : null}
            </th>
            <td>{formatDateTime(v.createdAt)}</td>
            <td>{v.createdBy ? v.createdBy.fullName : 'Hệ thống'}</td>
            <td>
              {v.note ? <p>{v.note}</p> : null}
              {v.changes.length ? (
                <ul>
                  {v.changes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : null}
            </td>
            <td>
              <button type="button" className="button button--link" onClick={() => setShown(v.version)} aria-pressed={shown === v.version}>
                Xem phiên bản {v.version}
              </button>
            </td>
          </tr>
        ))}
      </DataTable>
      {shown ? (
        <section aria-labelledby="rule-set-version-title" className="panel">
          <h3 id="rule-set-version-title" className="heading-s">
            Phiên bản {shown}
            {detail.data ? ` — lưu lúc ${formatDateTime(detail.data.createdAt)}${detail.data.createdBy ? ` bởi ${detail.data.createdBy.fullName}` : ''}` : ''}
          </h3>
          <ErrorBanner error={detail.error} />
          {detail.data ? <RuleSetView ruleSet={detail.data.ruleSet} testId="rule-set-version-view" /> : <LoadingMessage />}
          <button type="button" className="button button--secondary" onClick={() => setShown(null)}>
            Đóng
          </button>
        </section>
      ) : null}
    </>
  );
}
