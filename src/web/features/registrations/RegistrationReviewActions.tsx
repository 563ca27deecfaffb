import { useState } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import type { RegistrationDetail } from '../../../shared/contracts/registrations';

/** Tiếp nhận / Trả lại (with a reason) for the district or Sở Nội vụ. */
export function RegistrationReviewActions({ registration, onDone }: { registration: RegistrationDetail; onDone: (r: RegistrationDetail) => void }) {
  const [reason, setReason] = useState('');
  const errors = useFormErrors({ reason: 'review-reason', decision: 'review-reason' });

  async function review(decision: 'accept' | 'return') {
    errors.clear();
    if (decision === 'return' && reason.trim().length < 10) {
      errors.showErrors([{ fieldId: 'review-reason', message: 'Lý do trả lại: nhập ít nhất 10 ký tự để đơn vị biết cần sửa gì' }]);
      return;
    }
    try {
      onDone(await api<RegistrationDetail>(`/api/registrations/${registration.id}/review`, { method: 'POST', body: decision === 'return' ? { decision, reason } : { decision } }));
    } catch (err) {
      errors.showApiError(err);
    }
  }

  return (
    <section className="panel" aria-labelledby="review-title">
      <h2 id="review-title">Tiếp nhận hoặc trả lại</h2>
      <ErrorSummary errors={errors.errors} description={errors.description} />
      <TextField id="review-reason" label="Lý do trả lại" hint="Chỉ cần khi trả lại bản đăng ký." value={reason} error={errors.errorFor('review-reason')} onChange={(e) => setReason(e.target.value)} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void review('accept')}>
          Tiếp nhận
        </button>
        <button type="button" className="button button--secondary" onClick={() => void review('return')}>
          Trả lại
        </button>
      </div>
    </section>
  );
}
