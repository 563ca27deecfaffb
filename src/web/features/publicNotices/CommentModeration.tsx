import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import { TextField } from '../../components/TextField';
import type { ModeratedComment, ModeratedCommentList } from '../../../shared/contracts/publicNotices';

const STATUS_LABELS: Record<ModeratedComment['status'], string> = { pending: 'Chờ duyệt', approved: 'Đã duyệt, công khai', rejected: 'Không duyệt' };

/** Sở Nội vụ's moderation of the public's comments on a campaign's lists: pending first; approve or reject with a note. */
export function CommentModeration({ campaignId }: { campaignId: string }) {
  const list = useApiData<ModeratedCommentList>(`/api/campaigns/${campaignId}/public-comments`);
  return (
    <section aria-labelledby="moderation">
      <h2 id="moderation">Góp ý của nhân dân</h2>
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data && list.data.items.length === 0 ? <p className="hint">Chưa có góp ý nào.</p> : null}
      <ul className="public-comments" data-testid="moderation-list">
        {list.data?.items.map((c) => <ModeratedItem key={c.id} comment={c} onDone={list.reload} />)}
      </ul>
    </section>
  );
}

function ModeratedItem({ comment: c, onDone }: { comment: ModeratedComment; onDone: () => void }) {
  const noteId = `note-${c.id}`;
  const form = useFormErrors({ note: noteId });
  const { busy, run } = useSubmit(form);
  const [note, setNote] = useState('');
  const decide = (decision: 'approve' | 'reject') => run(() => api(`/api/public-comments/${c.id}/moderate`, { method: 'POST', body: { decision, note: note.trim() || null } }), onDone);
  return (
    <li className="public-comments__item" data-testid="moderated-comment" data-status={c.status}>
      <p className="meta">
        <strong>{c.authorName}</strong>
        {c.authorContact ? ` (${c.authorContact})` : ''} — {formatDateTime(c.createdAt)} — {c.nominee ? <>góp ý cho <Link to={`/ho-so-khen-thuong/${c.nominee.nominationId}`}>{c.nominee.name}</Link></> : 'góp ý cho cả danh sách'} — {c.noticeTitle}
      </p>
      <p className="public-comments__body">{c.body}</p>
      <p>
        <span className={c.status === 'approved' ? 'tag tag--green' : 'tag tag--grey'}>{STATUS_LABELS[c.status]}</span>
        {c.moderatedAt ? <span className="meta"> {c.moderatedBy ? `${c.moderatedBy}, ` : ''}{formatDateTime(c.moderatedAt)}{c.moderationNote ? `: ${c.moderationNote}` : ''}</span> : null}
      </p>
      {c.status === 'pending' ? (
        <div>
          <ErrorSummary errors={form.errors} description={form.description} />
          <TextField id={noteId} label={`Ghi chú khi duyệt (không bắt buộc) — góp ý của ${c.authorName}`} value={note} error={form.errorFor(noteId)} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          <div className="button-group">
            <button type="button" className="button" disabled={busy} onClick={() => decide('approve')}>
              Duyệt<span className="visually-hidden"> góp ý của {c.authorName}</span>
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => decide('reject')}>
              Không duyệt<span className="visually-hidden"> góp ý của {c.authorName}</span>
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
