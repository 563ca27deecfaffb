import { useApiData } from '../../app/hooks/useApiData';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { formatDateTime } from '../../app/format/dates';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { PublicNoticeList, PublicNoticeView } from '../../../shared/contracts/publicNotices';
import { PublicCommentForm } from './PublicCommentForm';
import './publicNotices.css';

/**
 * /cong-khai — the public page, no login (DOMAIN §1.6): the proposed lists put out for comment, with their period, the
 * approved comments and a comment form while the period is open; and the published award decisions. Only name,
 * position and unit of each line are shown.
 */
export function PublicNoticesPage() {
  const list = useApiData<PublicNoticeList>('/api/public/notices');
  usePageTitle('Công khai thi đua, khen thưởng');
  const items = list.data?.items ?? [];
  const lists = items.filter((n) => n.kind === 'proposed_list');
  const decisions = items.filter((n) => n.kind === 'decision');
  return (
    <div className="public-notices">
      <h1>Công khai thi đua, khen thưởng</h1>
      <p className="lead">
        Sở Nội vụ công khai danh sách tập thể, cá nhân được đề nghị khen thưởng để lấy ý kiến nhân dân, và các quyết định khen thưởng đã ban hành. Mọi người đều có thể góp ý trong thời gian lấy ý kiến; góp ý được
        hiển thị sau khi Sở Nội vụ xem xét.
      </p>
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data ? (
        <>
          <section aria-labelledby="public-lists">
            <h2 id="public-lists">Danh sách đề nghị khen thưởng lấy ý kiến</h2>
            {lists.length === 0 ? <p className="hint">Hiện không có danh sách nào đang công khai.</p> : lists.map((n) => <ProposedList key={n.id} notice={n} onSent={list.reload} />)}
          </section>
          <section aria-labelledby="public-decisions">
            <h2 id="public-decisions">Quyết định khen thưởng đã công bố</h2>
            {decisions.length === 0 ? <p className="hint">Chưa có quyết định nào được công bố.</p> : decisions.map((n) => <Decision key={n.id} notice={n} />)}
          </section>
        </>
      ) : null}
    </div>
  );
}

function EntriesTable({ notice, caption }: { notice: PublicNoticeView; caption: string }) {
  return (
    <DataTable caption={caption} columns={[{ label: 'STT', numeric: true }, 'Tập thể, cá nhân', 'Chức vụ', 'Đơn vị']} testId={`entries-${notice.id}`}>
      {notice.entries.map((e) => (
        <tr key={e.no}>
          <td className="table__num">{e.no}</td>
          <th scope="row">{e.name}</th>
          <td>{e.position ?? ''}</td>
          <td>{e.unit}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function ProposedList({ notice, onSent }: { notice: PublicNoticeView; onSent: () => void }) {
  const headingId = `notice-${notice.id}`;
  return (
    <article className="panel public-notice" aria-labelledby={headingId} data-testid="public-list">
      <h3 id={headingId} className="heading-s">
        {notice.title}
      </h3>
      <p>{notice.body}</p>
      <p className="public-notice__period" data-testid="comment-period">
        Thời gian lấy ý kiến: từ {formatDateTime(notice.opensAt)} đến {notice.closesAt ? formatDateTime(notice.closesAt) : ''}{' '}
        <span className={notice.open ? 'tag tag--green' : 'tag tag--grey'}>{notice.open ? 'Đang lấy ý kiến' : 'Đã hết hạn lấy ý kiến'}</span>
      </p>
      <EntriesTable notice={notice} caption="Danh sách đề nghị" />
      <h4 className="heading-s">Ý kiến đã được duyệt ({notice.comments.length})</h4>
      {notice.comments.length === 0 ? (
        <p className="hint">Chưa có ý kiến nào được công khai.</p>
      ) : (
        <ul className="public-comments" data-testid="public-comments">
          {notice.comments.map((c, i) => (
            <li key={i} className="public-comments__item">
              <p className="meta">
                {c.authorName} — {formatDateTime(c.createdAt)}
                {c.entryNo ? ` — góp ý cho số ${c.entryNo}: ${notice.entries[c.entryNo - 1]?.name ?? ''}` : ' — góp ý cho cả danh sách'}
              </p>
              <p className="public-comments__body">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {notice.open ? <PublicCommentForm notice={notice} onSent={onSent} /> : null}
    </article>
  );
}

function Decision({ notice }: { notice: PublicNoticeView }) {
  const headingId = `notice-${notice.id}`;
  return (
    <article className="panel public-notice" aria-labelledby={headingId} data-testid="public-decision">
      <h3 id={headingId} className="heading-s">
        {notice.title}
      </h3>
      <p className="public-notice__body">{notice.body}</p>
      <p className="meta">Công bố lúc {formatDateTime(notice.publishedAt)}</p>
      <EntriesTable notice={notice} caption="Danh sách được khen thưởng" />
    </article>
  );
}
