import { useState } from 'react';
import { apiUrl } from '../../app/api/client';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import type { Page } from '../../../shared/contracts/page';
import type { Person } from '../../../shared/contracts/people';
import './personPicker.css';

/** What a pick hands back: enough to fill the individual's row. */
export type PersonOption = Pick<Person, 'id' | 'fullName' | 'position'>;

type Props = {
  id: string;
  /** The registration's unit: only its people are offered. */
  orgUnitId: string | undefined;
  onPick: (person: PersonOption) => void;
};

/** "Chọn người đã có": searches the unit's people (without diacritics) so a person already recorded is not typed again. */
export function PersonPicker({ id, orgUnitId, onPick }: Props) {
  const [q, setQ] = useState('');
  const debounced = useDebouncedValue(q.trim());
  const { data, loading, error } = useApiData<Page<Person>>(orgUnitId && debounced ? apiUrl('/people', { orgUnitId, q: debounced, pageSize: 10 }) : null);
  return (
    <div className="person-picker" data-testid={`${id}-picker`}>
      <TextField id={id} label="Chọn người đã có" hint="Gõ vài chữ của họ tên (có dấu hoặc không) rồi chọn trong danh sách; hoặc nhập mới ở các ô dưới." value={q} autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      {error ? <p role="alert">{error.message}</p> : null}
      {debounced && data && !loading ? (
        data.items.length === 0 ? (
          <p>Không có người nào khớp trong đơn vị.</p>
        ) : (
          <ul className="person-picker__results" aria-label="Người đã có khớp">
            {data.items.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onPick(p);
                    setQ('');
                  }}
                >
                  {p.fullName} — {p.position}
                </button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
