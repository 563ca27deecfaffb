import type { SelectOption } from '../../components/SelectField';

/** The first year with PAR results in the system (the seeded Kiên Giang 2018 ranking). */
export const FIRST_PAR_YEAR = 2018;

/** Years to choose from, newest first: from 2018 to the current year (and the given year, if later). */
export function yearOptions(extra?: number): SelectOption[] {
  const last = Math.max(new Date().getFullYear(), extra ?? 0);
  const years: SelectOption[] = [];
  for (let y = last; y >= FIRST_PAR_YEAR; y -= 1) years.push({ value: String(y), label: `Năm ${y}` });
  return years;
}
