import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { CheckboxField } from '../../components/CheckboxField';
import { confirmAction } from '../../components/confirmAction';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LoadingMessage } from '../../components/LoadingMessage';
import { ReasonForm } from '../../components/ReasonForm';
import { TextField } from '../../components/TextField';
import type { CampaignPublicNotices, ManagedNotice } from '../../../shared/contracts/publicNotices';
import { CommentModeration } from './CommentModeration';
import './publicNotices.css';
import { SuccessBanner } from '../../components/SuccessBanner';

const PHASE_LABELS: Record<ManagedNotice['phase'], string> = { open: 'Đang lấy ý kiến', closed: 'Đã hết hạn lấy ý kiến', withdrawn: 'Đã gỡ', not_yet_open: 'Chưa mở' };

/**
 * /thi-dua/:id/cong-khai — Sở Nội vụ's page for the public consultation of a campaign (DOMAIN §1.6): the option and
 * its period, the council's list a publication would carry, publishing it on the public page (/cong-khai), withdrawing
 * a notice with a reason, and moderating the public's comments.
 */
export function PublicNoticeAdminPage() {
  const campaignId = useParams().id ?? '';
  const data = useApiData<CampaignPublicNotices>(`/api/campaigns/${campaignId}/public-notices`);
  const [notice, setNotice] = useState<string | null>(null);
  const publishForm = useFormErrors({});
  const publishing = useSubmit(publishForm);
  usePageTitle('Công khai lấy ý kiến');
  const d = data.data;
  const done = (message: string) => () => {
    setNotice(message);
    data.reload();
  };

  async function publish() {
    if (!d) return;
    if (!confirmAction(`Đăng danh sách ${d.candidates.length} tập thể, cá nhân lên trang công khai để lấy ý kiến trong ${d.settings.commentDays} ngày.`)) return;
    await publishing.run(() => api(`/api/campaigns/${campaignId}/public-notices`, { method: 'POST', body: {} }), done('Đã đăng danh sách lên trang công khai.'));
  }

  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Công khai lấy ý kiến</h1>
      <CampaignSwitcher campaignId={campaignId} section="cong-khai" />
      <p>
        Trang công khai (không cần đăng nhập): <Link to="/cong-khai">/cong-khai</Link>
      </p>
      <ErrorBanner error={data.error} />
      {data.loading && !d ? <LoadingMessage /> : null}
      {notice ? <SuccessBanner>{notice}</SuccessBanner> : null}
      {d ? (
        <>
          <SettingsForm key={`${d.settings.enabled}-${d.settings.commentDays}`} campaignId={campaignId} settings={d.settings} onSaved={done('Đã lưu chế độ công khai lấy ý kiến.')} />

          <section aria-labelledby="candidates">
            <h2 id="candidates">Danh sách sẽ đăng</h2>
            <p className="hint">Các hồ sơ Hội đồng Thi đua – Khen thưởng đã thống nhất đề nghị; trang công khai chỉ hiện họ tên, chức vụ và đơn vị.</p>
            {d.candidates.length === 0 ? (
              <p className="hint">Chưa có hồ sơ nào được Hội đồng thống nhất đề nghị.</p>
            ) : (
              <DataTable columns={[{ label: 'STT', numeric: true }, 'Tập thể, cá nhân', 'Chức vụ', 'Đơn vị']} testId="public-candidates">
                {d.candidates.map((c, i) => (
                  <tr key={c.dossierId}>
                    <td className="table__num">{i + 1}</td>
                    <th scope="row">{c.name}</th>
                    <td>{c.position ?? ''}</td>
                    <td>{c.unitName}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            <ErrorSummary errors={publishForm.errors} description={publishForm.description} />
            <button type="button" className="button" onClick={publish} disabled={publishing.busy || !d.settings.enabled || d.candidates.length === 0}>
              Đăng danh sách lên trang công khai
            </button>
            {!d.settings.enabled ? <p className="hint">Bật chế độ công khai lấy ý kiến ở trên để đăng danh sách.</p> : null}
          </section>

          <section aria-labelledby="notices">
            <h2 id="notices">Các thông báo đã đăng</h2>
            {d.notices.length === 0 ? <p className="hint">Chưa đăng thông báo nào.</p> : d.notices.map((n) => <NoticeCard key={n.id} notice={n} onWithdrawn={done(`Đã gỡ «${n.title}» khỏi trang công khai.`)} />)}
          </section>

          <CommentModeration campaignId={campaignId} />
        </>
      ) : null}
    </>
  );
}

function SettingsForm({ campaignId, settings, onSaved }: { campaignId: string; settings: CampaignPublicNotices['settings']; onSaved: () => void }) {
  const ids = { enabled: 'pn-enabled', commentDays: 'pn-commentDays' };
  const form = useFormErrors(ids);
  const { busy, run } = useSubmit(form);
  const [enabled, setEnabled] = useState(settings.enabled);
  const [days, setDays] = useState(String(settings.commentDays));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d+$/.test(days.trim())) {
      form.showErrors([{ fieldId: ids.commentDays, message: 'Số ngày lấy ý kiến: nhập một số nguyên, ví dụ 10' }]);
      return;
    }
    await run(() => api(`/api/campaigns/${campaignId}/public-notice-settings`, { method: 'PUT', body: { enabled, commentDays: Number(days.trim()) } }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="pn-settings-title">
      <h2 id="pn-settings-title" className="heading-m">
        Chế độ công khai lấy ý kiến của đợt
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <CheckboxField id={ids.enabled} label="Công khai danh sách đề nghị khen thưởng để lấy ý kiến nhân dân trước khi trình" checked={enabled} error={form.errorFor(ids.enabled)} onChange={(e) => setEnabled(e.target.checked)} />
      <TextField id={ids.commentDays} label="Số ngày lấy ý kiến" hint="Tính từ lúc đăng; mặc định 10 ngày, tối đa 90 ngày." value={days} error={form.errorFor(ids.commentDays)} onChange={(e) => setDays(e.target.value)} inputMode="numeric" className="field--date" autoComplete="off" />
      <FormActions label="Lưu chế độ công khai" busy={busy} />
    </form>
  );
}

function NoticeCard({ notice: n, onWithdrawn }: { notice: ManagedNotice; onWithdrawn: () => void }) {
  const [withdrawing, setWithdrawing] = useState(false);
  return (
    <article className="panel public-notice" aria-labelledby={`mn-${n.id}`} data-testid="managed-notice" data-phase={n.phase}>
      <h3 id={`mn-${n.id}`} className="heading-s">
        {n.title} <span className={n.phase === 'open' ? 'tag tag--green' : 'tag tag--grey'}>{PHASE_LABELS[n.phase]}</span>
      </h3>
      <p className="meta">
        {n.kind === 'decision' ? 'Quyết định khen thưởng' : 'Danh sách lấy ý kiến'} — đăng lúc {formatDateTime(n.publishedAt)}
        {n.publishedBy ? ` bởi ${n.publishedBy}` : ''}
        {n.closesAt ? `; hết hạn lấy ý kiến ${formatDateTime(n.closesAt)}` : ''}
        {n.withdrawnAt ? `; gỡ lúc ${formatDateTime(n.withdrawnAt)}` : ''}
      </p>
      <p>
        {n.entries.length} tập thể, cá nhân. Góp ý: {n.comments.pending} chờ duyệt, {n.comments.approved} đã duyệt, {n.comments.rejected} không duyệt.
      </p>
      {n.phase !== 'withdrawn' && !withdrawing ? (
        <button type="button" className="button button--warning" onClick={() => setWithdrawing(true)}>
          Gỡ khỏi trang công khai<span className="visually-hidden"> {n.title}</span>
        </button>
      ) : null}
      {withdrawing ? (
        <ReasonForm
          id={`withdraw-${n.id}`}
          level={3}
          title="Gỡ thông báo khỏi trang công khai"
          label="Lý do gỡ"
          maxLength={2000}
          submitLabel="Gỡ thông báo"
          confirmMessage={`Gỡ «${n.title}» khỏi trang công khai; nhân dân không còn xem và góp ý được.`}
          send={(reason) => api(`/api/public-notices/${n.id}/withdraw`, { method: 'POST', body: { reason } })}
          onDone={() => {
            setWithdrawing(false);
            onWithdrawn();
          }}
          onCancel={() => setWithdrawing(false)}
        />
      ) : null}
    </article>
  );
}
