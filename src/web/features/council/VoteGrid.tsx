import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { DataTable } from '../../components/DataTable';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { CouncilSession } from '../../../shared/contracts/council';

const CHOICES = [
  { value: 'agree', label: 'Đồng ý' },
  { value: 'disagree', label: 'Không đồng ý' },
  { value: 'abstain', label: 'Không biểu quyết' },
] as const;
const SHOWN: Record<string, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý', abstain: 'Không biểu quyết', recused: 'Không tham gia (cùng đơn vị)' };
const OUTCOME_TAG = { passed: ['tag--green', 'Được đề nghị khen thưởng'], failed: ['tag--grey', 'Không được đề nghị'] } as const;

const key = (memberId: string, dossierId: string) => `${memberId}:${dossierId}`;

/**
 * Per nominee: each member's opinion as a radio group (arrow keys move within it, Tab between members), the members
 * recused from that nominee and the absent shown as such, and the result with its explanation (live while the session
 * is open). Sở Nội vụ records every attending member's opinion from the ballots; a council member only their own.
 */
export function VoteGrid({ session, onSaved }: { session: CouncilSession; onSaved: (s: CouncilSession) => void }) {
  const initial = () => Object.fromEntries(session.agenda.flatMap((a) => a.votes.filter((v) => v.vote && !v.recused).map((v) => [key(v.memberId, a.dossierId), v.vote as string])));
  const [values, setValues] = useState<Record<string, string>>(initial);
  const form = useFormErrors({});
  const { busy, run } = useSubmit(form);
  const mayVote = new Set(session.canVoteAs);
  const own = !session.canManage;
  const editable = session.status === 'open' && mayVote.size > 0;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const before = initial();
    const changed = Object.entries(values).filter(([k, v]) => before[k] !== v);
    if (changed.length === 0) {
      form.showErrors([{ message: 'Chưa có ý kiến nào mới để lưu.' }]);
      return;
    }
    const votes = changed.map(([k, vote]) => {
      const [memberId, dossierId] = k.split(':');
      return own ? { dossierId, vote } : { memberId, dossierId, vote };
    });
    await run(() => api<CouncilSession>(`/api/council-sessions/${session.id}/${own ? 'my-votes' : 'votes'}`, { method: 'PUT', body: { votes } }), onSaved);
  }

  const grid = session.agenda.map((a) => {
    const result = a.result;
    const tag = result.outcome ? OUTCOME_TAG[result.outcome] : null;
    return (
      <section key={a.dossierId} className="council-nominee" aria-labelledby={`nominee-${a.dossierId}`} data-testid={`nominee-${a.dossierId}`}>
        <h3 id={`nominee-${a.dossierId}`} className="heading-s">
          {a.nomineeName} <span className="meta">— {a.proposingUnitName} đề nghị; hồ sơ: {a.dossierStatusLabel}</span>
        </h3>
        <DataTable caption={`Ý kiến của thành viên về ${a.nomineeName}`} captionHidden columns={['Thành viên', 'Ý kiến']}>
          {session.members.map((m) => {
            const cell = a.votes.find((v) => v.memberId === m.id);
            const k = key(m.id, a.dossierId);
            const canEdit = editable && mayVote.has(m.id) && !cell?.recused;
            return (
              <tr key={m.id}>
                <th scope="row">
                  {m.fullName}
                  <span className="meta"> — {m.councilRoleLabel}</span>
                </th>
                <td>
                  {canEdit ? (
                    <fieldset className="council-vote">
                      <legend className="visually-hidden">
                        Ý kiến của {m.fullName} về {a.nomineeName}
                      </legend>
                      {CHOICES.map((c) => (
                        <label key={c.value} className="council-vote__choice">
                          <input type="radio" name={`vote-${k}`} value={c.value} checked={values[k] === c.value} onChange={() => setValues((v) => ({ ...v, [k]: c.value }))} /> {c.label}
                        </label>
                      ))}
                    </fieldset>
                  ) : cell?.recused ? (
                    <span className="tag tag--grey">{SHOWN.recused}</span>
                  ) : m.attendance === 'absent' ? (
                    <span className="meta">Vắng</span>
                  ) : (
                    <span>{cell?.vote ? SHOWN[cell.vote] : 'Chưa biểu quyết'}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
        <p data-testid={`result-${a.dossierId}`}>
          {tag ? <span className={`tag ${tag[0]}`}>{tag[1]}</span> : <span className="tag">Chưa có kết quả</span>} {result.explanation}{' '}
          <span className="meta">
            ({result.ref.clause}, {result.ref.source})
          </span>
        </p>
      </section>
    );
  });

  if (!editable) return <div data-testid="vote-grid">{grid}</div>;
  return (
    <form onSubmit={submit} noValidate data-testid="vote-grid">
      <ErrorSummary errors={form.errors} description={form.description} />
      {grid}
      <FormActions label={own ? 'Lưu ý kiến của tôi' : 'Lưu biểu quyết'} busy={busy} busyLabel="Đang lưu…" />
    </form>
  );
}
