import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../app/api/client';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { CampaignSwitcher } from '../../components/CampaignSwitcher';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { LoadingMessage } from '../../components/LoadingMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { CouncilSession, CouncilSessionList } from '../../../shared/contracts/council';
import { DETAIL_IDS, DETAIL_SERVER_FIELDS, PASS_RULE_OPTIONS, detailBody, detailValues } from './sessionDetails';

/**
 * /thi-dua/:id/hoi-dong — the sessions of the provincial Hội đồng Thi đua – Khen thưởng for a campaign (DOMAIN §1.5),
 * newest first; Sở Nội vụ opens a new one here (time, place, quorum, pass rule) and then sets its members, agenda and
 * votes on the session's page.
 */
export function CouncilSessionsPage() {
  const campaignId = useParams().id ?? '';
  const list = useApiData<CouncilSessionList>(`/api/campaigns/${campaignId}/council-sessions`);
  usePageTitle('Phiên họp Hội đồng Thi đua – Khen thưởng');
  return (
    <>
      <p>
        <Link to={`/thi-dua/${campaignId}`}>‹ Đợt thi đua</Link>
      </p>
      <h1>Phiên họp Hội đồng Thi đua – Khen thưởng tỉnh</h1>
      <CampaignSwitcher campaignId={campaignId} section="hoi-dong" />
      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage /> : null}
      {list.data && list.data.items.length === 0 ? <p className="hint">Chưa có phiên họp nào.</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <DataTable testId="council-sessions" columns={['Phiên họp', 'Thời gian', 'Địa điểm', { label: 'Thành viên', numeric: true }, { label: 'Hồ sơ xét', numeric: true }, { label: 'Được đề nghị', numeric: true }, 'Tình trạng']}>
          {list.data.items.map((s) => (
            <tr key={s.id} data-status={s.status}>
              <th scope="row">
                <Link to={`/hoi-dong/${s.id}`}>{s.title}</Link>
              </th>
              <td>{formatDateTime(s.heldAt)}</td>
              <td>{s.place}</td>
              <td className="table__num">{s.members}</td>
              <td className="table__num">{s.dossiers}</td>
              <td className="table__num">{s.status === 'closed' ? s.passed : ''}</td>
              <td>{s.statusLabel}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {list.data?.canManage ? <CreateSessionForm campaignId={campaignId} /> : null}
    </>
  );
}

/** Sở Nội vụ opens a session; its page follows, where the members, agenda and votes are set. */
function CreateSessionForm({ campaignId }: { campaignId: string }) {
  const navigate = useNavigate();
  const form = useFormErrors({ ...DETAIL_IDS, ...DETAIL_SERVER_FIELDS });
  const { values, field } = useFormValues(detailValues(null), DETAIL_IDS, form);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { body, errors } = detailBody(values);
    if (!body) {
      form.showErrors(errors);
      return;
    }
    await run(
      () => api<CouncilSession>(`/api/campaigns/${campaignId}/council-sessions`, { method: 'POST', body }),
      (created) => navigate(`/hoi-dong/${created.id}`),
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="create-session-title" data-testid="create-session-form">
      <h2 id="create-session-title" className="heading-m">
        Tạo phiên họp
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('title')} label="Tên phiên họp" maxLength={300} />
      <TextField {...field('date')} label="Ngày họp" hint="dd/mm/yyyy" inputMode="numeric" />
      <TextField {...field('time')} label="Giờ bắt đầu" hint="HH:mm" />
      <TextField {...field('place')} label="Địa điểm họp" maxLength={500} />
      <TextField {...field('quorumPercent')} label="Tỷ lệ thành viên tối thiểu dự họp (%)" hint="Phiên xét khen thưởng: ít nhất 80% tổng số thành viên (có mặt hoặc có ý kiến bằng văn bản)." inputMode="numeric" />
      <SelectField {...field('passRule')} label="Cách tính kết quả biểu quyết" options={PASS_RULE_OPTIONS} />
      <FormActions label="Tạo phiên họp" busy={busy} busyLabel="Đang tạo…" />
    </form>
  );
}
