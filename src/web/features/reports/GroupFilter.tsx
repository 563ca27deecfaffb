import { useState, type FormEvent, type ReactNode } from 'react';
import { SelectField } from '../../components/SelectField';
import type { ReportGroup } from '../../../shared/contracts/reports';

/** "Huyện Giồng Riềng", "Xã Giồng Riềng", or the own-level group's name as the server gives it. */
export function groupOptionLabel(g: ReportGroup): string {
  return g.groupName;
}

/**
 * The filter of the dashboard and the reports: a group of units (district; commune or ward in a two-tier campaign;
 * a district's communes), applied with a button rather than on change (WCAG 3.2.2), plus any extra fields.
 */
export function GroupFilter({ groups, value, onApply, twoTier, children, extra }: {
  groups: readonly ReportGroup[];
  value: string;
  onApply: (groupId: string, form: FormData) => void;
  twoTier: boolean;
  children?: ReactNode;
  extra?: ReactNode;
}) {
  const [choice, setChoice] = useState(value);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    onApply(choice, new FormData(e.currentTarget));
  };
  const label = twoTier ? 'Xã, phường, đặc khu' : groups.some((g) => g.groupKind === 'district') ? 'Huyện, thành phố' : 'Xã, phường, thị trấn';
  return (
    <form className="report-filter" aria-label="Lọc số liệu" onSubmit={submit} data-testid="group-filter">
      <SelectField
        id="report-group"
        name="groupId"
        label={label}
        options={[{ value: '', label: 'Tất cả' }, ...groups.map((g) => ({ value: g.groupId, label: groupOptionLabel(g) }))]}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      />
      {extra}
      <button type="submit" className="button button--secondary">
        Lọc
      </button>
      {children}
    </form>
  );
}
