import type { FormEvent, ReactNode } from 'react';
import type { FormErrors } from '../../app/hooks/useFormErrors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SuccessBanner } from '../../components/SuccessBanner';

type Props = {
  title: ReactNode;
  /** An h2 for a form of its own, an h3 under a list's heading. */
  level?: 2 | 3;
  idPrefix: string;
  form: FormErrors;
  /** The success message of the last save ("Đã lưu xếp loại năm 2024 của Phòng Nội vụ."), or null. */
  savedMessage: string | null;
  submitLabel: string;
  busy: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  testId?: string;
  /** The form's fields. */
  children: ReactNode;
};

/** The frame of the rating input forms (collective, individual, PAR task confirmation): title, error summary, saved message, save button. */
export function RatingEntryPanel({ title, level = 2, idPrefix, form, savedMessage, submitLabel, busy, onSubmit, testId, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`} data-testid={testId}>
      <Heading id={`${idPrefix}-title`} className={level === 2 ? 'heading-m' : 'heading-s'}>
        {title}
      </Heading>
      <ErrorSummary errors={form.errors} description={form.description} />
      {savedMessage ? <SuccessBanner>{savedMessage}</SuccessBanner> : null}
      <form onSubmit={onSubmit} noValidate className="form">
        {children}
        <FormActions label={submitLabel} busy={busy} />
      </form>
    </section>
  );
}
