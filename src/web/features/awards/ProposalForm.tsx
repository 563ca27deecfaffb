import type { FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { formatVnDate, parseVnDate, type LocalDate } from '../../../domain/time/localDate';
import type { AwardProposal } from '../../../shared/contracts/awards';

const IDS = { number: 'proposal-number', proposalDate: 'proposal-date', signerName: 'proposal-signer-name', signerPosition: 'proposal-signer-position' };

/** The Tờ trình's number ("45/TTr-SNV"), date (dd/mm/yyyy) and signer, given by the văn thư; saving also refreshes its list. */
export function ProposalForm({ proposal, onSaved }: { proposal: AwardProposal; onSaved: (p: AwardProposal) => void }) {
  const form = useFormErrors(IDS);
  const { values, field } = useFormValues(
    {
      number: proposal.number ?? '',
      proposalDate: proposal.proposalDate ? formatVnDate(proposal.proposalDate as LocalDate) : '',
      signerName: proposal.signerName ?? '',
      signerPosition: proposal.signerPosition ?? 'Giám đốc',
    },
    IDS,
    form,
  );
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const dateText = values.proposalDate.trim();
    const date = dateText ? parseVnDate(dateText) : null;
    if (dateText && !date) errors.push({ fieldId: IDS.proposalDate, message: 'Ngày Tờ trình: nhập theo dạng dd/mm/yyyy' });
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    const body = { number: values.number.trim() || null, proposalDate: date, signerName: values.signerName.trim() || null, signerPosition: values.signerPosition.trim() || null };
    await run(() => api<AwardProposal>(`/api/award-proposals/${proposal.id}`, { method: 'PUT', body }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="proposal-form-title" data-testid="proposal-form">
      <h2 id="proposal-form-title" className="heading-m">
        Số, ngày và người ký Tờ trình
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('number')} label="Số Tờ trình" hint="Ví dụ: 45/TTr-SNV" maxLength={50} />
      <TextField {...field('proposalDate')} label="Ngày Tờ trình" hint="dd/mm/yyyy" inputMode="numeric" />
      <TextField {...field('signerName')} label="Họ và tên người ký" maxLength={200} />
      <TextField {...field('signerPosition')} label="Chức vụ người ký" maxLength={200} />
      <FormActions label="Lưu Tờ trình" busy={busy} />
    </form>
  );
}
