import { RATING_LABELS, RATING_ORDER } from '../../../domain/eligibility/eligibilityRules';
import type { SelectOption } from '../../components/SelectField';

/** The four ratings, best first (GLOSSARY: rating). */
export const RATING_OPTIONS: SelectOption[] = [...RATING_ORDER].reverse().map((r) => ({ value: r, label: RATING_LABELS[r] }));

/** For an edit: keep what is saved, set a rating, or remove it. */
export const RATING_EDIT_OPTIONS: SelectOption[] = [{ value: '', label: '(giữ nguyên)' }, ...RATING_OPTIONS, { value: 'none', label: 'Xóa xếp loại' }];

/** '' → leave unchanged (undefined), 'none' → remove (null), else the rating. */
export function ratingEditValue(value: string): string | null | undefined {
  return value === '' ? undefined : value === 'none' ? null : value;
}
