import { useState, type FormEvent } from 'react';
import type { CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Page } from '../../../shared/contracts/page';
import type { RuleSetState } from '../../../shared/contracts/ruleSets';
import { api } from '../../app/api/client';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';

const FROM_ID = 'rule-set-from';
const SETUP_NOTE_ID = 'rule-set-setup-note';

/**
 * Sets the campaign's rule set up from a built-in template ("34/KH-UBND 2020") or another campaign's current rule
 * set, moved to this campaign's year and plan, as its next version. Used when a campaign has none, and to replace one.
 */
export function RuleSetSetup({ campaignId, state, onSaved }: { campaignId: string; state: RuleSetState; onSaved: (saved: RuleSetState) => void }) {
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  const others = (campaigns.data?.items ?? []).filter((c) => c.id !== campaignId);
  const options = [
    ...state.templates.map((t) => ({ value: t.id, label: t.label })),
    ...others.map((c) => ({ value: c.id, label: `Bộ tiêu chuẩn đang áp dụng của Kế hoạch số ${c.planNumber} (năm ${c.year})` })),
  ];
  const [from, setFrom] = useState(state.templates[0]?.id ?? '');
  const [note, setNote] = useState('');
  const form = useFormErrors({ from: FROM_ID, note: SETUP_NOTE_ID, version: FROM_ID });
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { from, version: state.current?.version ?? 0, note: note.trim() || undefined };
    await run(() => api<RuleSetState>(`/api/campaigns/${campaignId}/rule-set/copy`, { method: 'POST', body }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" data-testid="rule-set-setup" aria-label="Thiết lập bộ tiêu chuẩn">
      <ErrorSummary errors={form.errors} description={form.description} />
      <SelectField
        id={FROM_ID}
        label="Lấy bộ tiêu chuẩn từ"
        hint={`Năm trong nội dung chuyển sang năm ${state.campaign.year} và điều khoản trích dẫn kế hoạch của đợt này; ngưỡng giữ nguyên. Rà soát lại sau khi thiết lập.`}
        options={options}
        value={from}
        error={form.errorFor(FROM_ID)}
        onChange={(e) => setFrom(e.target.value)}
      />
      <TextAreaField id={SETUP_NOTE_ID} label="Ghi chú (không bắt buộc)" rows={2} maxLength={500} value={note} error={form.errorFor(SETUP_NOTE_ID)} onChange={(e) => setNote(e.target.value)} />
      <FormActions label={state.ruleSet ? 'Thay bằng bộ tiêu chuẩn này (phiên bản mới)' : 'Thiết lập bộ tiêu chuẩn'} busy={busy} disabled={!from} />
    </form>
  );
}
