import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import type { Candidate, Nomination } from '../../../shared/contracts/nominations';

const IDS = { nomineeId: 'nomination-nominee' };

/**
 * The proposal form: one of the eligible candidates not yet proposed, of the page of candidates shown below (`paged`:
 * the list has other pages, found by its search or its pager). The server checks everything again — the
 * quota under its lock — and a refusal (the quota, with its clause and the nominations using it) shows in the error
 * summary.
 */
export function ProposeNominationForm({ campaignId, candidates, paged, onProposed }: { campaignId: string; candidates: Candidate[]; paged: boolean; onProposed: (n: Nomination) => void }) {
  const [nomineeId, setNomineeId] = useState('');
  const form = useFormErrors(IDS);
  const { busy, run } = useSubmit(form);
  const open = candidates.filter((c) => c.eligible && !c.alreadyProposed);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const candidate = open.find((c) => c.nomineeId === nomineeId);
    if (!candidate) {
      form.showErrors([{ fieldId: IDS.nomineeId, message: 'Tập thể, cá nhân được đề nghị: chưa chọn' }]);
      return;
    }
    await run(
      () => api<Nomination>(`/api/campaigns/${campaignId}/nominations`, { method: 'POST', body: { nomineeKind: candidate.nomineeKind, nomineeId: candidate.nomineeId } }),
      (created) => {
        setNomineeId('');
        onProposed(created);
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="propose-title">
      <h2 id="propose-title" className="heading-m">
        Lập đề nghị
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      {open.length === 0 ? (
        <p className="hint">
          {paged ? 'Trang đang xem của danh sách bên dưới không còn tập thể, cá nhân đủ tiêu chuẩn nào chưa được đề nghị.' : 'Không còn tập thể, cá nhân đủ tiêu chuẩn nào chưa được đề nghị.'}
        </p>
      ) : null}
      <SelectField
        id={IDS.nomineeId}
        label="Tập thể, cá nhân được đề nghị"
        hint={
          paged
            ? 'Chỉ liệt kê những tập thể, cá nhân đủ tiêu chuẩn Bằng khen và chưa được đề nghị trong trang đang xem của danh sách bên dưới; tìm theo tên hoặc chuyển trang để chọn tập thể, cá nhân khác.'
            : 'Chỉ liệt kê những tập thể, cá nhân đủ tiêu chuẩn Bằng khen và chưa được đề nghị.'
        }
        value={nomineeId}
        error={form.errorFor(IDS.nomineeId)}
        onChange={(event) => setNomineeId(event.target.value)}
        options={[{ value: '', label: 'Chọn' }, ...open.map((c) => ({ value: c.nomineeId, label: `${c.nomineeName} — ${c.proposingUnit.name} đề nghị` }))]}
      />
      <FormActions label="Đề nghị khen thưởng" busy={busy} busyLabel="Đang gửi…" />
    </form>
  );
}
