import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { PublicCommentReceipt, PublicNoticeView } from '../../../shared/contracts/publicNotices';
import { SuccessBanner } from '../../components/SuccessBanner';

const MAX_BODY = 4000;

/**
 * A visitor's comment on an open list: name, optional contact (for Sở Nội vụ only, never shown), which line it is about
 * (or the whole list), and the text. Missing fields are named in the error summary before sending; the server's
 * answers (rate limit, period over) show there too.
 */
export function PublicCommentForm({ notice, onSent }: { notice: PublicNoticeView; onSent: () => void }) {
  const p = `comment-${notice.id}`;
  const ids = { authorName: `${p}-authorName`, contact: `${p}-contact`, entryNo: `${p}-entryNo`, body: `${p}-body` };
  const form = useFormErrors(ids);
  const { values, setValues, field } = useFormValues({ authorName: '', contact: '', entryNo: '', body: '' }, ids, form);
  const { busy, run } = useSubmit(form);
  const [receipt, setReceipt] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setReceipt(null);
    const errors = [];
    if (!values.authorName.trim()) errors.push({ fieldId: ids.authorName, message: 'Họ và tên người góp ý: không được để trống' });
    if (!values.body.trim()) errors.push({ fieldId: ids.body, message: 'Nội dung góp ý: không được để trống' });
    if (values.body.length > MAX_BODY) errors.push({ fieldId: ids.body, message: `Nội dung góp ý: không được dài quá ${MAX_BODY} ký tự` });
    if (errors.length) {
      form.showErrors(errors);
      return;
    }
    const body = { authorName: values.authorName, contact: values.contact.trim() || null, body: values.body, entryNo: values.entryNo ? Number(values.entryNo) : null };
    await run(
      () => api<PublicCommentReceipt>(`/api/public/notices/${notice.id}/comments`, { method: 'POST', body }),
      (answer) => {
        setReceipt(answer.message);
        setValues({ authorName: '', contact: '', entryNo: '', body: '' });
        onSent();
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="form public-comment-form" aria-labelledby={`${p}-title`} data-testid="public-comment-form">
      <h4 id={`${p}-title`} className="heading-s">
        Gửi ý kiến góp ý
      </h4>
      {receipt ? <SuccessBanner>{receipt}</SuccessBanner> : null}
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('authorName')} label="Họ và tên người góp ý" autoComplete="name" maxLength={200} />
      <TextField {...field('contact')} label="Số điện thoại hoặc thư điện tử (không bắt buộc)" hint="Chỉ Sở Nội vụ xem, để liên hệ khi cần; không hiển thị công khai." autoComplete="email" maxLength={200} />
      <SelectField
        {...field('entryNo')}
        label="Góp ý cho"
        options={[{ value: '', label: 'Cả danh sách' }, ...notice.entries.map((e) => ({ value: String(e.no), label: `${e.no}. ${e.name}${e.position ? ` — ${e.position}` : ''}, ${e.unit}` }))]}
      />
      <TextAreaField {...field('body')} label="Nội dung góp ý" rows={5} maxLength={MAX_BODY} />
      <FormActions label="Gửi góp ý" busy={busy} busyLabel="Đang gửi…" />
    </form>
  );
}
