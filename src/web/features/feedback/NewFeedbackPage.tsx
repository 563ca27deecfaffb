import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, apiUrl } from '../../app/api/client';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { FeedbackThread } from '../../../shared/contracts/feedback';
import type { Page } from '../../../shared/contracts/page';

const FIELD_IDS = { subject: 'subject', body: 'body', campaignId: 'campaignId' };

/** /phan-anh/moi: a unit raises a difficulty to UBND tỉnh via Sở Nội vụ (subject, content, optionally the campaign). */
export function NewFeedbackPage() {
  const navigate = useNavigate();
  const form = useFormErrors(FIELD_IDS);
  const { values, field } = useFormValues({ subject: '', body: '', campaignId: '' }, FIELD_IDS, form);
  const { busy, run } = useSubmit(form);
  const campaigns = useApiData<Page<CampaignSummary>>(apiUrl('/campaigns', { page: 1, pageSize: 100 }));
  usePageTitle('Gửi phản ánh mới', form.errors.length > 0);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(values.subject.trim() ? [] : [{ fieldId: FIELD_IDS.subject, message: 'Tiêu đề phản ánh: chưa nhập' }]),
      ...(values.body.trim() ? [] : [{ fieldId: FIELD_IDS.body, message: 'Nội dung: chưa nhập' }]),
    ];
    if (missing.length > 0) {
      form.showErrors(missing);
      return;
    }
    await run(
      () => api<FeedbackThread>('/api/feedback', { method: 'POST', body: { subject: values.subject, body: values.body, campaignId: values.campaignId || null } }),
      (thread) => navigate(`/phan-anh/${thread.id}`),
    );
  }

  const options = [{ value: '', label: '(Không gắn với đợt thi đua)' }, ...(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `Kế hoạch số ${c.planNumber} (năm ${c.year})` }))];
  return (
    <div className="narrow">
      <ErrorSummary errors={form.errors} description={form.description} />
      <h1>Gửi phản ánh mới</h1>
      <p className="lead">Phản ánh, vướng mắc của đơn vị gửi lên UBND tỉnh qua Sở Nội vụ. Có thể đính kèm tệp sau khi gửi.</p>
      <form onSubmit={submit} noValidate className="form">
        <TextField {...field('subject')} label="Tiêu đề phản ánh" maxLength={300} />
        <TextAreaField {...field('body')} label="Nội dung" hint="Nêu rõ vướng mắc, căn cứ và đề xuất của đơn vị." rows={8} />
        <SelectField {...field('campaignId')} label="Đợt thi đua liên quan (không bắt buộc)" options={options} />
        <FormActions label="Gửi phản ánh" busy={busy} busyLabel="Đang gửi…" onCancel={() => navigate('/phan-anh')} />
      </form>
    </div>
  );
}
