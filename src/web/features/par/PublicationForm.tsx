import { useState, type FormEvent } from 'react';
import { parseVnDate } from '../../../domain/time/localDate';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { confirmAction } from '../../components/confirmAction';
import type { PublicationResponse } from '../../../shared/contracts/par';

/** What differs when a district publishes its communes' results instead of the province its ranking. */
export type PublicationTexts = { endpoint: string; title: string; intro: string; confirm: string; signerHint: string; button: string };

const provinceTexts = (year: number): PublicationTexts => ({
  endpoint: `/api/par-results/${year}/publication`,
  title: `Công bố kết quả xếp hạng năm ${year}`,
  intro: 'Ghi nhận quyết định công bố của UBND tỉnh. Sau khi công bố, bảng xếp hạng được chốt và thời hạn lập hồ sơ khen thưởng bắt đầu (chậm nhất 15 ngày kể từ ngày công bố — Điểm c, Khoản 3, Mục II Kế hoạch).',
  confirm: `bảng xếp hạng được chốt, không sửa điểm được nữa; các đợt thi đua năm ${year} chuyển sang «Đã công bố kết quả xếp hạng CCHC» và thời hạn nộp hồ sơ khen thưởng bắt đầu tính.`,
  signerHint: 'Chức vụ và họ tên, ví dụ Phó Chủ tịch UBND tỉnh Lê Thị Minh Phụng.',
  button: 'Công bố và chốt bảng xếp hạng',
});

/**
 * Records the publication of the year's ranking (decision number, date, signer). Publishing freezes the
 * ranking and opens the dossier window of Điểm c, Khoản 3, Mục II, so the button says so. With `texts`, the same form
 * records a district's publication of its communes' results.
 */
export function PublicationForm({ year, onPublished, texts, idPrefix = 'pub' }: { year: number; onPublished: (answer: PublicationResponse) => void; texts?: PublicationTexts; idPrefix?: string }) {
  const t = texts ?? provinceTexts(year);
  const IDS = { decisionDate: `${idPrefix}-date`, decisionNumber: `${idPrefix}-number`, signer: `${idPrefix}-signer` };
  const form = useFormErrors(IDS);
  const [values, setValues] = useState({ decisionDate: '', decisionNumber: '', signer: '' });
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values, value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const date = parseVnDate(values.decisionDate.trim());
    if (!values.decisionDate.trim()) errors.push({ fieldId: IDS.decisionDate, message: 'Ngày quyết định: chưa nhập ngày' });
    else if (!date) errors.push({ fieldId: IDS.decisionDate, message: 'Ngày quyết định: phải là một ngày có thật, dạng dd/mm/yyyy, ví dụ 07/05/2021' });
    if (!values.decisionNumber.trim()) errors.push({ fieldId: IDS.decisionNumber, message: 'Số quyết định: chưa nhập số, ký hiệu' });
    if (!values.signer.trim()) errors.push({ fieldId: IDS.signer, message: 'Người ký: chưa nhập người ký' });
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    if (!confirmAction(`Công bố và chốt kết quả ${texts ? 'CCHC' : 'Chỉ số CCHC'} năm ${year} theo Quyết định số ${values.decisionNumber.trim()}: ${t.confirm}`)) return;
    setBusy(true);
    try {
      const answer = await api<PublicationResponse>(t.endpoint, {
        method: 'POST',
        body: { decisionNumber: values.decisionNumber.trim(), decisionDate: date, signer: values.signer.trim() },
      });
      form.clear();
      onPublished(answer);
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`} className="heading-m">
        {t.title}
      </h2>
      <p className="hint">{t.intro}</p>
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate className="form">
        <TextField id={IDS.decisionNumber} label="Số quyết định" hint="Số, ký hiệu, ví dụ 1051/QĐ-UBND." value={values.decisionNumber} error={form.errorFor(IDS.decisionNumber)} onChange={(e) => set('decisionNumber', e.target.value)} autoComplete="off" />
        <TextField id={IDS.decisionDate} label="Ngày quyết định" hint="Dạng dd/mm/yyyy, ví dụ 07/05/2021." inputMode="numeric" className="field--date" value={values.decisionDate} error={form.errorFor(IDS.decisionDate)} onChange={(e) => set('decisionDate', e.target.value)} autoComplete="off" />
        <TextField id={IDS.signer} label="Người ký" hint={t.signerHint} value={values.signer} error={form.errorFor(IDS.signer)} onChange={(e) => set('signer', e.target.value)} autoComplete="off" />
        <button type="submit" className="button" disabled={busy}>
          {t.button}
        </button>
      </form>
    </section>
  );
}
