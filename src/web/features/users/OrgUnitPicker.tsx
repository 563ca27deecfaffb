import { useEffect, useRef, useState } from 'react';
import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import { apiUrl } from '../../app/api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy } from '../../components/fieldIds';
import { PickerResults } from '../../components/PickerResults';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnit, OrgUnitListItem } from '../../../shared/contracts/orgUnits';

type Props = {
  id: string;
  label: string;
  value: OrgUnit | null;
  onChange: (unit: OrgUnit | null) => void;
  error?: string;
  /** In a campaign's pages: offer only the units of that campaign's era (a 2026 campaign: An Giang, two tiers). */
  campaignId?: string;
};

const PAGE_SIZE = 10;

/** "Xã · Huyện Giồng Riềng · mã 30010": the parent tells apart the names that repeat (Xã Bình An). */
function unitMeta(unit: OrgUnit): string {
  const parentName = 'parentName' in unit ? (unit as OrgUnitListItem).parentName : null;
  return [ORG_UNIT_KIND_LABELS[unit.kind], parentName ? `thuộc ${parentName}` : null, `mã ${unit.code}`].filter(Boolean).join(' · ');
}

/**
 * Chooses an org unit: a search box (GET /api/org-units?q=, without diacritics, every word in any order) and a
 * list of results, each a button. The chosen unit is shown with a button to change it. Focus follows the choice
 * (to "Đổi đơn vị") and the change (back to the search box), since the control it was on disappears.
 */
export function OrgUnitPicker({ id, label, value, onChange, error, campaignId }: Props) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 300);
  const results = useApiData<Page<OrgUnitListItem>>(!value && debounced ? apiUrl('/org-units', { q: debounced, pageSize: PAGE_SIZE, campaignId }) : null);
  const hint = 'Gõ tên đơn vị (có thể không dấu, các từ theo thứ tự bất kỳ) rồi chọn trong danh sách.';
  const ids = describedBy(id, hint, error);
  const focusPending = useRef(false);
  const focusTarget = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    focusTarget.current?.focus();
  }, [value]);
  const choose = (unit: OrgUnit | null) => {
    focusPending.current = true;
    onChange(unit);
  };

  if (value) {
    return (
      <div className={`field${error ? ' field--error' : ''}`}>
        <span className="field__label" id={`${id}-label`}>
          {label}
        </span>
        {error ? <ErrorMessage id={ids.errorId!} message={error} /> : null}
        <p className="picked" data-testid="picked-org-unit">
          <strong>{value.name}</strong> <span className="meta">({unitMeta(value)})</span>{' '}
          <button id={id} ref={(el) => void (focusTarget.current = el)} type="button" className="button button--link" onClick={() => choose(null)} aria-describedby={`${id}-label`}>
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
        ref={(el) => void (focusTarget.current = el)}
        type="search"
        className={`input${error ? ' input--error' : ''}`}
        value={query}
        autoComplete="off"
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
      />
      <PickerResults page={results.data} noun="đơn vị" chooseLabel="chọn đơn vị này" name={(unit) => unit.name} meta={unitMeta} onChoose={choose} showMore />
    </div>
  );
}
