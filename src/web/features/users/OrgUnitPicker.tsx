import { useState } from 'react';
import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import { apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy } from '../../components/fieldIds';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

type Props = {
  id: string;
  label: string;
  value: OrgUnit | null;
  onChange: (unit: OrgUnit | null) => void;
  error?: string;
};

/**
 * Chooses an org unit: a search box (GET /api/org-units?q=, without diacritics) and a list of
 * results, each a button "Chọn". The chosen unit is shown with a button to change it.
 */
export function OrgUnitPicker({ id, label, value, onChange, error }: Props) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 300);
  const results = useApiData<Page<OrgUnit>>(!value && debounced ? apiUrl('/org-units', { q: debounced, pageSize: 10 }) : null);
  const hint = 'Gõ tên đơn vị (có thể không dấu) rồi chọn trong danh sách.';
  const ids = describedBy(id, hint, error);

  if (value) {
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
        {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
        <p className="picked" data-testid="picked-org-unit">
          <strong>{value.name}</strong> <span className="meta">({ORG_UNIT_KIND_LABELS[value.kind]}, mã {value.code})</span>{' '}
          <button id={id} type="button" className="button button--link" onClick={() => onChange(null)} aria-describedby={`${id}-label`}>
            Đổi đơn vị
          </button>
        </p>
      </div>
    );
  }

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__hint" id={ids.hintId}>
        {hint}
      </div>
      {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
      <input
        id={id}
        type="search"
        className={`input${error ? ' input--error' : ''}`}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
      <div aria-live="polite" className="picker-results">
        {results.data ? (
          results.data.items.length === 0 ? (
            <p className="hint">Không tìm thấy đơn vị nào.</p>
          ) : (
            <ul className="picker-results__list" aria-label="Kết quả tìm đơn vị">
              {results.data.items.map((unit) => (
                <li key={unit.id}>
                  <button type="button" className="picker-results__option" onClick={() => onChange(unit)}>
                    <span>{unit.name}</span>
                    <span className="meta">
                      {ORG_UNIT_KIND_LABELS[unit.kind]} · mã {unit.code}
                    </span>
                    <span className="visually-hidden"> — chọn đơn vị này</span>
                  </button>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </div>
    </div>
  );
}
