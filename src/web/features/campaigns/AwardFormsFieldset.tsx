import { TextField } from '../../components/TextField';
import { CF, type AwardFormValues } from './campaignFormValues';
import { TextAreaField } from '../../components/TextAreaField';

type Props = {
  awardForms: AwardFormValues[];
  errorFor: (fieldId: string) => string | undefined;
  onChange: (awardForms: AwardFormValues[]) => void;
};

/**
 * Hình thức khen thưởng (III.1–III.3): the wording of each form. Which forms exist and who owns their criteria are
 * fixed by the law (GLOSSARY: provincial_merit, unit_merit), so only their text is edited here.
 */
export function AwardFormsFieldset({ awardForms, errorFor, onChange }: Props) {
  const update = (i: number, patch: Partial<AwardFormValues>) => onChange(awardForms.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Hình thức khen thưởng</legend>
      {awardForms.map((f, i) => (
        <div key={f.code} className="panel">
          {/* h2 under the form's h1 (the fieldset's legend is not a heading): heading levels go down one at a time. */}
          <h2 className="heading-s">
            {i + 1}. {f.label} <span className="field__hint">({f.ref.clause})</span>
          </h2>
          <TextField id={CF.award(i, 'label')} label="Tên ngắn" value={f.label} error={errorFor(CF.award(i, 'label'))} onChange={(e) => update(i, { label: e.target.value })} />
          <TextField id={CF.award(i, 'fullName')} label="Tên đầy đủ" value={f.fullName} error={errorFor(CF.award(i, 'fullName'))} onChange={(e) => update(i, { fullName: e.target.value })} />
          <TextField id={CF.award(i, 'issuer')} label="Người có thẩm quyền khen thưởng" value={f.issuer} error={errorFor(CF.award(i, 'issuer'))} onChange={(e) => update(i, { issuer: e.target.value })} />
          <TextAreaField
            id={CF.award(i, 'criteriaText')}
            label="Tiêu chuẩn khen thưởng"
            hint={f.criteriaOwner === 'campaign' ? 'Do kế hoạch này quy định.' : 'Do thủ trưởng cơ quan khen thưởng quy định; ghi lời văn của kế hoạch.'}
            value={f.criteriaText}
            error={errorFor(CF.award(i, 'criteriaText'))}
            onChange={(e) => update(i, { criteriaText: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
