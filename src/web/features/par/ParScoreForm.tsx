import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { formatNumber, parseNumberInput } from '../../app/format/numbers';
import { useFormErrors, type FormError } from '../../app/hooks/useFormErrors';
import { OrgUnitPicker } from '../users/OrgUnitPicker';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';
import type { ParResultItem } from '../../../shared/contracts/par';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';

const IDS = { orgUnitId: 'par-unit', selfScore: 'par-self', appraisedScore: 'par-appraised', surveyScore: 'par-survey' };
const FIELDS = [
  { key: 'selfScore', label: 'Điểm tự đánh giá', hint: 'Không tính vào tổng điểm; để đối chiếu với điểm thẩm định.' },
  { key: 'appraisedScore', label: 'Điểm thẩm định', hint: undefined },
  { key: 'surveyScore', label: 'Điểm điều tra xã hội học', hint: undefined },
] as const;
type ScoreKey = (typeof FIELDS)[number]['key'];

type Props = {
  year: number;
  /** The row being edited; null to enter a unit that has no scores yet. */
  editing: ParResultItem | null;
  onSaved: (saved: ParResultItem) => void;
  onCancel: () => void;
};

/**
 * Entry of one unit's points for the year (SPEC §3 step 4): self-assessed, appraised, survey. The index, rank
 * and class are computed by the server and shown after saving.
 */
export function ParScoreForm({ year, editing, onSaved, onCancel }: Props) {
  const form = useFormErrors(IDS);
  const [unit, setUnit] = useState<OrgUnit | null>(null);
  const [values, setValues] = useState<Record<ScoreKey, string>>({ selfScore: '', appraisedScore: '', surveyScore: '' });
  const [saved, setSaved] = useState<ParResultItem | null>(null);
  const { busy, run } = useSubmit(form);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setValues({
      selfScore: formatNumber(editing?.selfScore),
      appraisedScore: formatNumber(editing?.appraisedScore),
      surveyScore: formatNumber(editing?.surveyScore),
    });
    setSaved(null);
    form.clear();
    // Editing a row moves the focus here, so keyboard users land on the form they asked for.
    if (editing) headingRef.current?.focus();
  }, [editing, form.clear]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FormError[] = [];
    const unitId = editing?.unitId ?? unit?.id;
    if (!unitId) errors.push({ fieldId: IDS.orgUnitId, message: 'Đơn vị: chưa chọn đơn vị' });
    const parsed = {} as Record<ScoreKey, number | null>;
    for (const f of FIELDS) {
      const value = parseNumberInput(values[f.key]);
      if (value === undefined) errors.push({ fieldId: IDS[f.key], message: `${f.label}: phải là số, ví dụ 72,5` });
      else parsed[f.key] = value;
    }
    if (errors.length > 0) {
      form.showErrors(errors);
      return;
    }
    const body = {
      ...parsed,
      // Keep what a decision published for this unit (history rows); the form edits only the three parts.
      ...(editing ? { publishedTotal: editing.publishedTotal, publishedClassification: editing.publishedClassification as never } : {}),
    };
    await run(
      () => api<ParResultItem>(`/api/par-results/${year}/${unitId}`, { method: 'PUT', body }),
      (result) => {
        setSaved(result);
        onSaved(result);
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="par-score-title">
      <h2 id="par-score-title" className="heading-m" tabIndex={-1} ref={headingRef}>
        {editing ? `Sửa điểm: ${editing.orgUnitName}` : `Nhập điểm một đơn vị năm ${year}`}
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      {saved ? (
        <div className="banner banner--success" role="status" data-testid="par-score-saved">
          Đã lưu điểm của {saved.orgUnitName}: chỉ số {saved.indexPercent === null ? 'chưa tính được' : `${formatNumber(saved.indexPercent)}%`}
          {saved.classificationLabel ? `, xếp loại ${saved.classificationLabel}` : ''}
          {saved.rank !== null ? `, hạng ${saved.rank} trong khối` : ''}.
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        {editing ? null : <OrgUnitPicker id={IDS.orgUnitId} label="Đơn vị" value={unit} onChange={setUnit} error={form.errorFor(IDS.orgUnitId)} />}
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            id={IDS[f.key]}
            label={f.label}
            hint={f.hint}
            inputMode="decimal"
            autoComplete="off"
            className="field--short"
            value={values[f.key]}
            error={form.errorFor(IDS[f.key])}
            onChange={(e) => setValues((v) => ({ ...v, [f.key]: e.target.value }))}
          />
        ))}
        <FormActions label="Lưu điểm" busy={busy} onCancel={editing ? onCancel : undefined} cancelLabel="Thôi sửa" />
      </form>
    </section>
  );
}
