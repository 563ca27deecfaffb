import type { FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { confirmAction } from '../../components/confirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { TextField } from '../../components/TextField';
import { parseVnDate } from '../../../domain/time/localDate';
import type { AwardDecision, AwardProposal } from '../../../shared/contracts/awards';

const IDS = { number: 'decision-number', decisionDate: 'decision-date', signerName: 'decision-signer-name', signerPosition: 'decision-signer-position' };
const NUMBER = /^\d+\/QĐ-[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

/**
 * Sở Nội vụ records the Quyết định khen thưởng the chairman signed for the approved Tờ trình: its number, date and
 * signer. The awardees are the approved list; each dossier becomes «đã khen thưởng».
 */
export function DecisionForm({ proposal, onIssued }: { proposal: AwardProposal; onIssued: (d: AwardDecision) => void }) {
  const form = useFormErrors(IDS);
  const { values, field } = useFormValues({ number: '', decisionDate: '', signerName: '', signerPosition: 'Phó Chủ tịch' }, IDS, form);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const number = values.number.trim().normalize('NFC');
    if (!NUMBER.test(number)) errors.push({ fieldId: IDS.number, message: 'Số quyết định: nhập theo dạng 123/QĐ-UBND' });
    const date = parseVnDate(values.decisionDate.trim());
    if (!date) errors.push({ fieldId: IDS.decisionDate, message: 'Ngày quyết định: nhập theo dạng dd/mm/yyyy' });
    if (!values.signerName.trim()) errors.push({ fieldId: IDS.signerName, message: 'Họ và tên người ký: không được để trống' });
    if (!values.signerPosition.trim()) errors.push({ fieldId: IDS.signerPosition, message: 'Chức vụ người ký: không được để trống' });
    if (errors.length > 0 || !date) {
      form.showErrors(errors);
      return;
    }
    if (!confirmAction(`Ghi nhận Quyết định số ${number} cho ${proposal.entries.length} tập thể, cá nhân. Hồ sơ của họ chuyển sang «Đã khen thưởng»; danh sách không sửa được nữa.`)) return;
    const body = { number, decisionDate: date, signerName: values.signerName.trim(), signerPosition: values.signerPosition.trim() };
    await run(() => api<AwardDecision>(`/api/award-proposals/${proposal.id}/decision`, { method: 'POST', body }), onIssued);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="decision-form-title" data-testid="decision-form">
      <h2 id="decision-form-title" className="heading-m">
        Ghi nhận Quyết định khen thưởng đã ký
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('number')} label="Số quyết định" hint="Ví dụ: 1234/QĐ-UBND" maxLength={50} />
      <TextField {...field('decisionDate')} label="Ngày quyết định" hint="dd/mm/yyyy" inputMode="numeric" />
      <TextField {...field('signerName')} label="Họ và tên người ký" maxLength={200} />
      <TextField {...field('signerPosition')} label="Chức vụ người ký" hint="Chủ tịch, hoặc Phó Chủ tịch ký thay (KT. Chủ tịch)" maxLength={200} />
      <FormActions label="Ghi nhận quyết định" busy={busy} />
    </form>
  );
}
