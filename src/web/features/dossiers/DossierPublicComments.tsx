import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import type { DossierPublicComments as Comments } from '../../../shared/contracts/publicNotices';

/**
 * The public's comments on this nominee that Sở Nội vụ approved (công khai lấy ý kiến, DOMAIN §1.6), attached to the
 * file. Shown only when there are some; the sender's contact stays with the secretariat's moderation list.
 */
export function DossierPublicComments({ nominationId }: { nominationId: string }) {
  const comments = useApiData<Comments>(`/api/nominations/${nominationId}/public-comments`);
  const items = comments.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="dossier-public-comments" data-testid="dossier-public-comments">
      <h2 id="dossier-public-comments">Ý kiến nhân dân khi công khai lấy ý kiến ({items.length})</h2>
      <ul className="result-list">
        {items.map((c) => (
          <li key={c.id} className="result-list__item">
            <p className="meta">
              {c.authorName} — {formatDateTime(c.createdAt)} — {c.noticeTitle}
              {c.moderationNote ? ` — ghi chú khi duyệt: ${c.moderationNote}` : ''}
            </p>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
