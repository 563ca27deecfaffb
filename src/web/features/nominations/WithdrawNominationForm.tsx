import { api } from '../../app/api/client';
import { ReasonForm } from '../../components/ReasonForm';
import type { Nomination } from '../../../shared/contracts/nominations';

/** Withdrawal of one nomination, with its reason (kept on the record and in the audit log); asks before it acts. */
export function WithdrawNominationForm({ nomination, onDone, onCancel }: { nomination: Nomination; onDone: () => void; onCancel: () => void }) {
  return (
    <ReasonForm
      id="withdraw-reason"
      title={`Rút đề nghị: ${nomination.nomineeName}`}
      level={3}
      label="Lý do rút đề nghị"
      maxLength={1000}
      submitLabel="Rút đề nghị"
      confirmMessage={`Rút đề nghị khen thưởng ${nomination.nomineeName}. Chỉ tiêu của ${nomination.proposingUnit.name} được trả lại.`}
      send={(reason) => api(`/api/nominations/${nomination.id}/withdraw`, { method: 'POST', body: { reason } })}
      onDone={onDone}
      onCancel={onCancel}
    />
  );
}
