import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, apiUrl } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { CouncilSession } from '../../../shared/contracts/council';
import { AgendaPicker } from './AgendaPicker';
import { MembersEditor } from './MembersEditor';
import { VoteGrid } from './VoteGrid';
import './council.css';
import { SuccessBanner } from '../../components/SuccessBanner';

/**
 * /hoi-dong/:sessionId — one session of the provincial Hội đồng Thi đua – Khen thưởng: its facts and quorum, the
 * members (Sở Nội vụ edits them), the agenda of accepted dossiers, the vote grid with each nominee's result and its
 * explanation, closing (asked first; it moves each dossier and freezes the record with its SHA-256) and the Biên bản
 * drafted as Word. A closed session is read only and shows whether its stored record still matches its hash.
 */
export function CouncilSessionPage() {
  const sessionId = useParams().sessionId ?? '';
  const data = useApiData<CouncilSession>(`/api/council-sessions/${sessionId}`);
  const [notice, setNotice] = useState<string | null>(null);
  const closeForm = useFormErrors({});
  const { busy, run } = useSubmit(closeForm);
  // Each save answers the whole session; the forms start afresh from it (a new key) so they show what was stored.
  const [version, setVersion] = useState(0);
  const s = data.data;
  usePageTitle(s ? `Phiên họp Hội đồng: ${s.title}` : 'Phiên họp Hội đồng Thi đua – Khen thưởng');

  const saved = (message: string) => () => {
    setNotice(message);
    setVersion((v) => v + 1);
    data.reload();
  };

  async function close() {
    if (!s) return;
    if (!confirmAction(`Kết thúc phiên họp «${s.title}»: kết quả biểu quyết được chốt, trạng thái ${s.agenda.length} hồ sơ được cập nhật và phiên họp không sửa được nữa.`)) return;
    await run(() => api<CouncilSession>(`/api/council-sessions/${s.id}/close`, { method: 'POST' }), saved('Đã kết thúc phiên họp và chốt kết quả.'));
  }

  return (
    <>
      {s ? (
        <p>
          <Link to={`/thi-dua/${s.campaignId}/hoi-dong`}>‹ Các phiên họp Hội đồng</Link>
        </p>
      ) : null}
      <h1>Phiên họp Hội đồng Thi đua – Khen thưởng{s ? `: ${s.title}` : ''}</h1>
      <ErrorBanner error={data.error} />
      {data.loading && !s ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {s ? (
        <>
          <dl className="summary-list" data-testid="session-summary">
            <div className="summary-list__row">
              <dt>Đợt thi đua</dt>
              <dd>{s.campaignTitle}</dd>
            </div>
            <div className="summary-list__row">
              <dt>Thời gian, địa điểm</dt>
              <dd>
                {formatDateTime(s.heldAt)}, {s.place}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Tình trạng</dt>
              <dd data-testid="session-status">
                {s.statusLabel}
                {s.closedAt ? <span className="meta"> — lúc {formatDateTime(s.closedAt)}{s.closedBy ? `, ${s.closedBy}` : ''}</span> : null}
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Số thành viên dự họp</dt>
              <dd data-testid="quorum">
                {s.quorum.explanation}{' '}
                <span className="meta">
                  ({s.quorum.ref.clause}, {s.quorum.ref.source})
                </span>
              </dd>
            </div>
            <div className="summary-list__row">
              <dt>Cách tính kết quả</dt>
              <dd>{s.passRuleLabel}; số phiếu đồng ý bằng đúng một nửa là không đạt.</dd>
            </div>
            <div className="summary-list__row">
              <dt>Không tham gia biểu quyết</dt>
              <dd>
                {s.recusalRule.explanation}{' '}
                <span className="meta">
                  ({s.recusalRule.ref.clause}, {s.recusalRule.ref.source})
                </span>
              </dd>
            </div>
            {s.snapshotSha256 ? (
              <div className="summary-list__row">
                <dt>Bản ghi đã chốt (SHA-256)</dt>
                <dd data-testid="snapshot">
                  <code className="council-hash">{s.snapshotSha256}</code>{' '}
                  {s.snapshotIntact ? <span className="tag tag--green">Khớp với bản ghi lưu trữ</span> : <span className="tag tag--signature-invalid">Không khớp: bản ghi đã bị thay đổi</span>}
                </dd>
              </div>
            ) : null}
          </dl>
          <p>
            <a className="button button--secondary" href={apiUrl(`/council-sessions/${s.id}/minutes`)} data-testid="minutes">
              Tải biên bản họp (Word)
            </a>
          </p>

          {s.canManage ? <MembersEditor key={`members-${version}`} session={s} onSaved={saved('Đã lưu danh sách thành viên.')} /> : <MemberList session={s} />}
          {s.canManage ? <AgendaPicker key={`agenda-${version}`} session={s} onSaved={saved('Đã lưu danh sách hồ sơ đưa ra xét.')} /> : null}

          <section className="panel" aria-labelledby="votes-title">
            <h2 id="votes-title" className="heading-m">
              Biểu quyết và kết quả
            </h2>
            {s.agenda.length === 0 ? <p className="meta">Chưa có hồ sơ nào đưa ra xét.</p> : <VoteGrid key={`votes-${version}`} session={s} onSaved={saved('Đã lưu biểu quyết.')} />}
          </section>

          {s.canManage ? (
            <section className="panel" aria-labelledby="close-title">
              <h2 id="close-title" className="heading-m">
                Kết thúc phiên họp
              </h2>
              <p className="hint">Khi kết thúc, kết quả từng hồ sơ được chốt theo cách tính trên, trạng thái hồ sơ được cập nhật và phiên họp không sửa được nữa.</p>
              <ErrorSummary errors={closeForm.errors} description={closeForm.description} />
              <button type="button" className="button button--warning" disabled={busy} onClick={close}>
                Kết thúc phiên họp và chốt kết quả
              </button>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** The members as read only (a closed session, or a reader who does not run it). */
function MemberList({ session }: { session: CouncilSession }) {
  return (
    <section className="panel" aria-labelledby="member-list-title">
      <h2 id="member-list-title" className="heading-m">
        Thành viên phiên họp
      </h2>
      <ul className="result-list" data-testid="member-list">
        {session.members.map((m) => (
          <li key={m.id} className="result-list__item">
            <strong>{m.fullName}</strong>, {m.position} — {m.councilRoleLabel}
            {m.orgUnit ? <span className="meta"> ({m.orgUnit.name})</span> : null} — {m.attendanceLabel}
          </li>
        ))}
      </ul>
    </section>
  );
}
