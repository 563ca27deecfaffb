import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { RatingEntryPanel } from './RatingEntryPanel';
import { OrgUnitPicker } from '../users/OrgUnitPicker';
import { RATING_EDIT_OPTIONS, ratingEditValue } from './ratingOptions';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { SavedRatings } from '../../../shared/contracts/campaignInputs';

const IDS = { orgUnitId: 'rating-unit', overall: 'rating-overall', parTask: 'rating-par-task' };

/**
 * A collective's ratings for the year: the quality rating and, for a specialised PAR unit, the rating of its CCHC
 * tasks (Tiết 3, Điểm a, Khoản 1, Mục III compares it with the previous year: choose that year above to enter it).
 */
export function UnitRatingForm({ year, onSaved }: { year: number; onSaved: () => void }) {
  const form = useFormErrors(IDS);
  const [unit, setUnit] = useState<OrgUnit | null>(null);
  const [overall, setOverall] = useState('');
  const [parTask, setParTask] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, run } = useSubmit(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (!unit) {
      form.showErrors([{ fieldId: IDS.orgUnitId, message: 'Đơn vị: chưa chọn đơn vị' }]);
      return;
    }
    const body = { overall: ratingEditValue(overall), parTask: ratingEditValue(parTask) };
    if (body.overall === undefined && body.parTask === undefined) {
      form.showErrors([{ fieldId: IDS.overall, message: 'Xếp loại chất lượng: chọn ít nhất một xếp loại để lưu' }]);
      return;
    }
    await run(
      () => api<SavedRatings>(`/api/ratings/${year}/units/${unit.id}`, { method: 'PUT', body }),
      () => {
        setSaved(unit.name);
        setOverall('');
        setParTask('');
        onSaved();
      },
    );
  }

  return (
    <RatingEntryPanel
      title={`Nhập xếp loại tập thể năm ${year}`}
      idPrefix="unit-rating"
      form={form}
      savedMessage={saved ? `Đã lưu xếp loại năm ${year} của ${saved}.` : null}
      submitLabel="Lưu xếp loại"
      busy={busy}
      onSubmit={submit}
    >
      <OrgUnitPicker id={IDS.orgUnitId} label="Đơn vị" value={unit} onChange={setUnit} error={form.errorFor(IDS.orgUnitId)} />
      <SelectField id={IDS.overall} label="Xếp loại chất lượng" options={RATING_EDIT_OPTIONS} value={overall} error={form.errorFor(IDS.overall)} onChange={(e) => setOverall(e.target.value)} />
      <SelectField id={IDS.parTask} label="Xếp loại thực hiện nhiệm vụ CCHC" hint="Chỉ với phòng, đơn vị chuyên trách tham mưu CCHC (tiêu chuẩn C1)." options={RATING_EDIT_OPTIONS} value={parTask} error={form.errorFor(IDS.parTask)} onChange={(e) => setParTask(e.target.value)} />
    </RatingEntryPanel>
  );
}
