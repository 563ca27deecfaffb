import { useState, type FormEvent } from 'react';
import { api, apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { RatingEntryPanel } from './RatingEntryPanel';
import { RATING_OPTIONS } from './ratingOptions';
import type { Page } from '../../../shared/contracts/page';
import type { Person } from '../../../shared/contracts/people';
import type { SavedRatings } from '../../../shared/contracts/campaignInputs';

const IDS = { personId: 'person-rating-search', overall: 'person-rating-overall' };
const OVERALL_OPTIONS = [{ value: '', label: '— Chọn xếp loại —' }, ...RATING_OPTIONS, { value: 'none', label: 'Xoá xếp loại' }];

/**
 * One individual's quality rating for the year (Xếp loại chất lượng cán bộ, công chức, viên chức; Tiết 1, Điểm b,
 * Khoản 1, Mục III uses it for the individual award): find the person by name (without diacritics if you like; the
 * unit is shown, since names repeat), choose the rating, save. The people already rated are changed in the table.
 */
export function PersonRatingForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const form = useFormErrors(IDS);
  const [q, setQ] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [overall, setOverall] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit(form);
  const debounced = useDebouncedValue(q.trim(), 300);
  const results = useApiData<Page<Person>>(!person && debounced ? apiUrl('/people', { q: debounced, pageSize: 10 }) : null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const problems = [
      ...(person ? [] : [{ fieldId: IDS.personId, message: 'Cá nhân: tìm theo họ tên rồi chọn một người' }]),
      ...(overall ? [] : [{ fieldId: IDS.overall, message: 'Xếp loại chất lượng: chọn một xếp loại' }]),
    ];
    if (problems.length || !person) {
      form.showErrors(problems);
      return;
    }
    await run(
      () => api<SavedRatings>(`/api/ratings/${year}/people/${person.id}`, { method: 'PUT', body: { overall: overall === 'none' ? null : overall } }),
      () => {
        setSaved(`${person.fullName} (${person.unitName})`);
        setPerson(null);
        setQ('');
        setOverall('');
        onSaved();
      },
    );
  }

  const personError = form.errorFor(IDS.personId);
  return (
    <RatingEntryPanel subject="cá nhân" year={year} idPrefix="person-rating" form={form} saved={saved} busy={busy} onSubmit={submit} testId="person-rating-form">
      {person ? (
        <div className={`field${personError ? ' field--error' : ''}`}>
          <span className="field__label">Cá nhân</span>
          {personError ? <ErrorMessage id={`${IDS.personId}-error`} message={personError} /> : null}
          <p className="picked" data-testid="picked-person">
            <strong>{person.fullName}</strong> <span className="meta">({person.position}, {person.unitName})</span>{' '}
            <button id={IDS.personId} type="button" className="button button--link" onClick={() => setPerson(null)}>
              Chọn người khác
            </button>
          </p>
        </div>
      ) : (
        <>
          <TextField id={IDS.personId} label="Cá nhân" hint="Gõ họ tên (có thể không dấu) rồi chọn trong danh sách; đơn vị hiện bên cạnh để phân biệt người trùng tên." type="search" autoComplete="off" value={q} error={personError} onChange={(e) => setQ(e.target.value)} />
          <div aria-live="polite" className="picker-results">
            {results.data ? (
              results.data.items.length === 0 ? (
                <p className="hint">Không tìm thấy cá nhân nào.</p>
              ) : (
                <ul className="picker-results__list" aria-label="Kết quả tìm cá nhân">
                  {results.data.items.map((p) => (
                    <li key={p.id}>
                      <button type="button" className="picker-results__option" onClick={() => setPerson(p)}>
                        <span>{p.fullName}</span>
                        <span className="meta">
                          {p.position} · {p.unitName}
                        </span>
                        <span className="visually-hidden"> — chọn người này</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </div>
        </>
      )}
      <SelectField id={IDS.overall} label="Xếp loại chất lượng" options={OVERALL_OPTIONS} value={overall} error={form.errorFor(IDS.overall)} onChange={(e) => setOverall(e.target.value)} />
    </RatingEntryPanel>
  );
}
