import { useState } from 'react';
import { apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PickerResults } from '../../components/PickerResults';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import type { Page } from '../../../shared/contracts/page';
import type { Person } from '../../../shared/contracts/people';

type Props = { id: string; error?: string; value: Person | null; onChange: (person: Person | null) => void; hint?: string };

/**
 * Find one individual by name (without diacritics if you like; the unit is shown, since names repeat) among the people
 * in the user's scope, then show the choice with a "Chọn người khác" button. `id` goes to the search box, or to that
 * button once a person is chosen, so the error summary can move the focus there.
 */
export function PersonPicker({ id, error, value, onChange, hint }: Props) {
  const [q, setQ] = useState('');
  const debounced = useDebouncedValue(q.trim(), 300);
  const results = useApiData<Page<Person>>(!value && debounced ? apiUrl('/people', { q: debounced, pageSize: 10 }) : null);

  if (value) {
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <span className="field__label">Cá nhân</span>
        {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
        <p className="picked" data-testid="picked-person">
          <strong>{value.fullName}</strong> <span className="meta">({value.position}, {value.unitName})</span>{' '}
          <button id={id} type="button" className="button button--link" onClick={() => onChange(null)}>
            Chọn người khác
          </button>
        </p>
      </div>
    );
  }
  return (
    <>
      <TextField
        id={id}
        label="Cá nhân"
        hint={hint ?? 'Gõ họ tên (có thể không dấu) rồi chọn trong danh sách; đơn vị hiện bên cạnh để phân biệt người trùng tên.'}
        type="search"
        autoComplete="off"
        value={q}
        error={error}
        onChange={(e) => setQ(e.target.value)}
      />
      <PickerResults
        page={results.data}
        noun="cá nhân"
        chooseLabel="chọn người này"
        name={(p) => p.fullName}
        meta={(p) => `${p.position} · ${p.unitName}`}
        onChoose={(p) => {
          setQ('');
          onChange(p);
        }}
      />
    </>
  );
}
