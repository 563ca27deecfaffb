import { SelectField } from '../../components/SelectField';
import { formatDate } from '../../app/format/dates';
import type { Era } from '../../../shared/contracts/orgUnits';

type Props = { eras: Era[]; value: string; onChange: (eraId: string) => void };

/** Chooses the era of the org tree (e.g. Kiên Giang 2020, An Giang from 01/07/2025). */
export function EraSelect({ eras, value, onChange }: Props) {
  const options = eras.map((era) => ({
    value: era.id,
    label: era.name,
  }));
  const era = eras.find((e) => e.id === value);
  const hint = era ? `Hiệu lực từ ${formatDate(era.validFrom)}${era.validTo ? ` đến ${formatDate(era.validTo)}` : ''}.` : undefined;
  return <SelectField id="era" label="Thời kỳ" hint={hint} options={options} value={value} onChange={(e) => onChange(e.target.value)} />;
}
