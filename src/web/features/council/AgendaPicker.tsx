import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { CouncilSession } from '../../../shared/contracts/council';

/** The agenda of an open session: the dossiers on it and the campaign's other accepted dossiers, ticked to be considered. */
export function AgendaPicker({ session, onSaved }: { session: CouncilSession; onSaved: (s: CouncilSession) => void }) {
  const items = [
    ...session.agenda.map((a) => ({ dossierId: a.dossierId, nomineeName: a.nomineeName, proposingUnitName: a.proposingUnitName })),
    ...session.candidates,
  ];
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(session.agenda.map((a) => a.dossierId)));
  const ids: Record<string, string> = {};
  // The server names the position in the list sent: the ticked items, in the order shown.
  items.filter((d) => chosen.has(d.dossierId)).forEach((d, i) => (ids[`dossierIds.${i}`] = `agenda-${d.dossierId}`));
  const form = useFormErrors(ids);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const dossierIds = items.map((d) => d.dossierId).filter((id) => chosen.has(id));
    await run(() => api<CouncilSession>(`/api/council-sessions/${session.id}/agenda`, { method: 'PUT', body: { dossierIds } }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="agenda-title" data-testid="agenda-picker">
      <h2 id="agenda-title" className="heading-m">
        Hồ sơ đưa ra xét
      </h2>
      <p className="hint">Chỉ hồ sơ Sở Nội vụ đã thẩm định đạt. Bỏ chọn một hồ sơ thì các ý kiến đã ghi về hồ sơ đó cũng bị xóa.</p>
      <ErrorSummary errors={form.errors} description={form.description} />
      {items.length === 0 ? <p className="meta">Chưa có hồ sơ nào đã thẩm định đạt.</p> : null}
      {items.map((d) => (
        <CheckboxField
          key={d.dossierId}
          id={`agenda-${d.dossierId}`}
          label={`${d.nomineeName} — ${d.proposingUnitName} đề nghị`}
          checked={chosen.has(d.dossierId)}
          error={form.errorFor(`agenda-${d.dossierId}`)}
          onChange={(e) => {
            const next = new Set(chosen);
            if (e.target.checked) next.add(d.dossierId);
            else next.delete(d.dossierId);
            setChosen(next);
          }}
        />
      ))}
      <FormActions label="Lưu danh sách hồ sơ" busy={busy} busyLabel="Đang lưu…" />
    </form>
  );
}
