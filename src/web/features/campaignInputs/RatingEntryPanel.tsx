import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../../app/hooks/useFormErrors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';

type Props = {
  /** "tập thể" or "cá nhân". */
  subject: string;
  year: number;
  idPrefix: string;
  form: FormErrors;
  /** Who was saved last ("Phòng Nội vụ", "Nguyễn Văn A (Sở Tư pháp)"), shown as a success message. */
  saved: string | null;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  testId?: string;
  /** The form's fields. */
  children: ReactNode;
};

/** The frame of the collective and the individual rating forms: title, error summary, saved message, save button. */
export function RatingEntryPanel({ subject, year, idPrefix, form, saved, busy, onSubmit, testId, children }: Props) {
  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`} data-testid={testId}>
      <h2 id={`${idPrefix}-title`} className="heading-m">
        Nhập xếp loại {subject} năm {year}
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      {saved ? (
        <p className="banner banner--success" role="status">
          Đã lưu xếp loại năm {year} của {saved}.
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form">
        {children}
        <FormActions label="Lưu xếp loại" busy={busy} />
      </form>
    </section>
  );
}
