import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { PersonPicker } from './PersonPicker';
import { RatingEntryPanel } from './RatingEntryPanel';
import { RATING_OPTIONS } from './ratingOptions';
import type { Person } from '../../../shared/contracts/people';
import type { SavedRatings } from '../../../shared/contracts/campaignInputs';

const IDS = { personId: 'person-rating-search', overall: 'person-rating-overall' };
const OVERALL_OPTIONS = [{ value: '', label: '— Chọn xếp loại —' }, ...RATING_OPTIONS, { value: 'none', label: 'Xóa xếp loại' }];

/**
 * One individual's quality rating for the year (Xếp loại chất lượng cán bộ, công chức, viên chức; Tiết 1, Điểm b,
 * Khoản 1, Mục III uses it for the individual award): find the person (PersonPicker), choose the rating, save. The
 * people already rated are changed in the table.
 */
export function PersonRatingForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const form = useFormErrors(IDS);
  const [person, setPerson] = useState<Person | null>(null);
  const [overall, setOverall] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit(form);

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
        setOverall('');
        onSaved();
      },
    );
  }

  return (
    <RatingEntryPanel
      title={`Nhập xếp loại cá nhân năm ${year}`}
      idPrefix="person-rating"
      form={form}
      savedMessage={saved ? `Đã lưu xếp loại năm ${year} của ${saved}.` : null}
      submitLabel="Lưu xếp loại"
      busy={busy}
      onSubmit={submit}
      testId="person-rating-form"
    >
      <PersonPicker id={IDS.personId} error={form.errorFor(IDS.personId)} value={person} onChange={setPerson} />
      <SelectField id={IDS.overall} label="Xếp loại chất lượng" options={OVERALL_OPTIONS} value={overall} error={form.errorFor(IDS.overall)} onChange={(e) => setOverall(e.target.value)} />
    </RatingEntryPanel>
  );
}
