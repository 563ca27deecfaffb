import { useState, type FormEvent, type ReactNode } from 'react';
import { PAR_CLASSIFICATIONS, RATING_ORDER, UNIT_KINDS, type RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { ruleSetIssues } from '../../../domain/eligibility/validateRuleSet';
import type { RuleSetState } from '../../../shared/contracts/ruleSets';
import { api } from '../../app/api/client';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { fieldId, NOTE_ID, optionId, ruleSetFieldIds, SOURCE_ID } from './ruleSetFieldIds';
import { classLabel, ratingLabel, thresholdText, unitKindLabel, type BasisData, type CriterionData, type RuleSetData } from './ruleSetText';

const RATING_OPTIONS = [...RATING_ORDER].reverse().map((r) => ({ value: r, label: `${ratingLabel(r)} trở lên` }));
const VIA_OPTIONS = [
  { value: '', label: 'Không tính' },
  { value: 'via', label: 'Đơn vị đạt tiêu chuẩn này' },
  { value: 'proposed', label: 'Đơn vị đạt tiêu chuẩn này và có đề nghị xét tặng' },
];

/** A copy of `value` with the field at `path` ("collective.bases.0.label") replaced. */
function setAt<T>(value: T, path: string, next: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  const parts = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]] = next;
  return copy as T;
}

type EditProps = { path: string; errorFor: (id: string) => string | undefined; update: (path: string, value: unknown) => void };

/**
 * Checkboxes for the list of codes at `path`, kept in the vocabulary's order whatever the click order; the list's
 * error is the one on its first checkbox.
 */
function CheckboxList({ path, legend, options, labelOf, value, errorFor, update }: EditProps & { legend: string; options: readonly string[]; labelOf: (v: string) => string; value: readonly string[] }) {
  const error = errorFor(optionId(path, options[0]));
  const onChange = (next: string[]) => update(path, next);
  return (
    <fieldset className={`field${error ? ' field--error' : ''}`}>
      <legend className="field__label">{legend}</legend>
      {error ? <ErrorMessage id={`${fieldId(path)}-error`} message={error} /> : null}
      <div className="checkbox-row">
        {options.map((o) => (
          <div className="checkbox" key={o}>
            <input
              id={optionId(path, o)}
              type="checkbox"
              className="checkbox__input"
              checked={value.includes(o)}
              aria-describedby={error ? `${fieldId(path)}-error` : undefined}
              onChange={(e) => onChange(options.filter((x) => (x === o ? e.target.checked : value.includes(x))))}
            />
            <label className="checkbox__label" htmlFor={optionId(path, o)}>
              {labelOf(o)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One criterion: its text, its clause and, when it has one, its threshold. */
function CriterionEditor({ path, criterion, legend, bases, errorFor, update }: EditProps & { criterion: CriterionData; legend: string; bases: string[] }) {
  let threshold: ReactNode = null;
  if ('classes' in criterion) {
    threshold = (
      <CheckboxList path={`${path}.classes`} legend="Nhóm xếp hạng Chỉ số CCHC được chấp nhận" options={PAR_CLASSIFICATIONS} labelOf={classLabel} value={criterion.classes} errorFor={errorFor} update={update} />
    );
  } else if ('minRating' in criterion) {
    threshold = (
      <SelectField
        id={fieldId(`${path}.minRating`)}
        label="Xếp loại tối thiểu"
        options={RATING_OPTIONS}
        value={criterion.minRating}
        error={errorFor(fieldId(`${path}.minRating`))}
        onChange={(e) => update(`${path}.minRating`, e.target.value)}
      />
    );
  } else if ('unitKinds' in criterion) {
    threshold = (
      <CheckboxList path={`${path}.unitKinds`} legend="Loại đơn vị là đối tượng thi đua" options={UNIT_KINDS} labelOf={unitKindLabel} value={criterion.unitKinds} errorFor={errorFor} update={update} />
    );
  } else if ('viaBases' in criterion) {
    threshold = (
      <fieldset className="field">
        <legend className="field__label">Cá nhân thuộc đơn vị đạt tiêu chuẩn nào của tập thể</legend>
        {bases.map((code, i) => (
          <SelectField
            key={code}
            id={fieldId(`${path}.via.${i}`)}
            label={`Tiêu chuẩn ${code}`}
            options={VIA_OPTIONS}
            value={criterion.viaBases.includes(code) ? 'via' : criterion.viaProposedBases.includes(code) ? 'proposed' : ''}
            error={i === 0 ? errorFor(fieldId(`${path}.via.0`)) : undefined}
            onChange={(e) => {
              const other = (list: string[]) => list.filter((x) => x !== code);
              const viaBases = e.target.value === 'via' ? [...other(criterion.viaBases), code] : other(criterion.viaBases);
              const viaProposedBases = e.target.value === 'proposed' ? [...other(criterion.viaProposedBases), code] : other(criterion.viaProposedBases);
              update(path, { ...criterion, viaBases: bases.filter((b) => viaBases.includes(b)), viaProposedBases: bases.filter((b) => viaProposedBases.includes(b)) });
            }}
          />
        ))}
      </fieldset>
    );
  } else {
    const text = thresholdText(criterion);
    threshold = text ? <p className="field__hint">{text}.</p> : null;
  }
  return (
    <fieldset className="criterion-edit" data-code={criterion.code}>
      <legend>{legend}</legend>
      <TextAreaField id={fieldId(`${path}.label`)} label="Nội dung điều kiện" rows={2} value={criterion.label} error={errorFor(fieldId(`${path}.label`))} onChange={(e) => update(`${path}.label`, e.target.value)} />
      <TextField id={fieldId(`${path}.ref.clause`)} label="Điều khoản" hint="Ví dụ: Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III" value={criterion.ref.clause} error={errorFor(fieldId(`${path}.ref.clause`))} onChange={(e) => update(`${path}.ref.clause`, e.target.value)} autoComplete="off" />
      {threshold}
    </fieldset>
  );
}

function BasisEditor({ path, basis, bases, errorFor, update, onRename, onRemove }: EditProps & { basis: BasisData; bases: string[]; onRename: (code: string) => void; onRemove: () => void }) {
  const kinds = basis.appliesToUnitKinds;
  return (
    <fieldset data-testid="basis-editor" data-basis={basis.basis}>
      <legend>Tiêu chuẩn {basis.basis || '(chưa có mã)'}</legend>
      <TextField id={fieldId(`${path}.basis`)} label="Mã tiêu chuẩn" hint="Ví dụ A, B, C1; tối đa 10 ký tự." className="field--date" value={basis.basis} error={errorFor(fieldId(`${path}.basis`))} onChange={(e) => onRename(e.target.value)} autoComplete="off" />
      <TextAreaField id={fieldId(`${path}.label`)} label="Nội dung tiêu chuẩn" rows={2} value={basis.label} error={errorFor(fieldId(`${path}.label`))} onChange={(e) => update(`${path}.label`, e.target.value)} />
      <TextField id={fieldId(`${path}.ref.clause`)} label="Điều khoản" value={basis.ref.clause} error={errorFor(fieldId(`${path}.ref.clause`))} onChange={(e) => update(`${path}.ref.clause`, e.target.value)} autoComplete="off" />
      {kinds ? (
        <CheckboxList path={`${path}.appliesToUnitKinds`} legend="Áp dụng cho loại đơn vị" options={UNIT_KINDS} labelOf={unitKindLabel} value={kinds} errorFor={errorFor} update={update} />
      ) : null}
      {basis.criteria.map((c, i) => (
        <CriterionEditor key={c.code} path={`${path}.criteria.${i}`} criterion={c} legend={`Tiêu chuẩn ${basis.basis}, điều kiện ${i + 1}`} bases={bases} errorFor={errorFor} update={update} />
      ))}
      <p>
        <button type="button" className="button button--link" onClick={onRemove}>
          Bỏ tiêu chuẩn {basis.basis}
        </button>
      </p>
    </fieldset>
  );
}

/** The next free basis letter: "D" after A, B, C1, C2 (a letter that starts a code, as C of C1, is taken). */
function nextBasisCode(bases: readonly BasisData[]): string {
  const taken = new Set(bases.map((b) => b.basis.charAt(0).toUpperCase()));
  for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (!taken.has(letter)) return letter;
  return `T${bases.length + 1}`;
}

/** A new basis: the unit is in the accepted PAR classes; its text and clause are for the secretariat to write. */
function newBasis(ruleSet: RuleSetData): BasisData {
  const code = nextBasisCode(ruleSet.collective.bases);
  const codes = new Set([...ruleSet.collective.preconditions, ...ruleSet.collective.bases.flatMap((b) => b.criteria), ...ruleSet.individual.conditions].map((c) => c.code));
  let criterionCode = `collective.${code}.parClass`;
  for (let n = 2; codes.has(criterionCode); n += 1) criterionCode = `collective.${code}.parClass${n}`;
  const ref = { clause: '', source: ruleSet.source };
  return {
    basis: code,
    label: '',
    ref,
    appliesToUnitKinds: ['department', 'district'],
    criteria: [{ code: criterionCode, kind: 'parClassIn', classes: ['excellent'], label: 'Xếp hạng Chỉ số CCHC thuộc nhóm được chấp nhận', ref }],
  };
}

/** Every criterion of the individual rule that names basis codes, with `change` applied to its two lists. */
function mapMemberships(ruleSet: RuleSetData, change: (codes: string[]) => string[]): RuleSetData {
  return {
    ...ruleSet,
    individual: {
      conditions: ruleSet.individual.conditions.map((c) => (c.kind === 'memberOfQualifyingUnit' ? { ...c, viaBases: change(c.viaBases), viaProposedBases: change(c.viaProposedBases) } : c)),
    },
  };
}

/** Renames basis `index`; the individual rule's references to it follow. */
function renameBasis(ruleSet: RuleSetData, index: number, code: string): RuleSetData {
  const old = ruleSet.collective.bases[index].basis;
  const bases = ruleSet.collective.bases.map((b, i) => (i === index ? { ...b, basis: code } : b));
  const next = { ...ruleSet, collective: { ...ruleSet.collective, bases } };
  // Only a code no other basis has is followed, so two bases briefly sharing a code while typing lose nothing.
  return bases.filter((b) => b.basis === old).length > 0 ? next : mapMemberships(next, (codes) => codes.map((c) => (c === old ? code : c)));
}

/** Removes basis `index`; the individual rule stops naming it. */
function removeBasis(ruleSet: RuleSetData, index: number): RuleSetData {
  const old = ruleSet.collective.bases[index].basis;
  const bases = ruleSet.collective.bases.filter((_, i) => i !== index);
  const next = { ...ruleSet, collective: { ...ruleSet.collective, bases } };
  return bases.some((b) => b.basis === old) ? next : mapMemberships(next, (codes) => codes.filter((c) => c !== old));
}

/** The rule set to send: a changed plan citation is carried into every clause that cited the old one. */
function toPayload(draft: RuleSetData, original: RuleSetData): RuleSetData {
  if (draft.source === original.source) return draft;
  const swap = (ref: { clause: string; source: string }) => (ref.source === original.source ? { ...ref, source: draft.source } : ref);
  const criterion = (c: CriterionData): CriterionData => ({ ...c, ref: swap(c.ref) });
  return {
    ...draft,
    collective: {
      preconditions: draft.collective.preconditions.map(criterion),
      bases: draft.collective.bases.map((b) => ({ ...b, ref: swap(b.ref), criteria: b.criteria.map(criterion) })),
    },
    individual: { conditions: draft.individual.conditions.map(criterion) },
  };
}

/**
 * Sở Nội vụ's form for the campaign's rule set: the plan citation, each basis (code, text, clause, unit kinds) and
 * criterion (text, clause, threshold), a note, saved as the next version. Checked in the browser with the same rules
 * as the server (validateRuleSet), each error in the summary and beside its field.
 */
export function RuleSetEditor({ campaignId, state, onSaved, onCancel }: { campaignId: string; state: RuleSetState & { ruleSet: RuleSetData }; onSaved: (saved: RuleSetState) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState<RuleSetData>(() => structuredClone(state.ruleSet));
  const [note, setNote] = useState('');
  const form = useFormErrors(ruleSetFieldIds(draft));
  const { busy, run } = useSubmit(form);
  const update = (path: string, value: unknown) => setDraft((d) => setAt(d, path, value));
  const basisCodes = draft.collective.bases.map((b) => b.basis);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ruleSet = toPayload(draft, state.ruleSet);
    const ids = ruleSetFieldIds(ruleSet);
    const issues = ruleSetIssues(ruleSet as unknown as RuleSet);
    if (issues.length > 0) {
      form.showErrors(issues.map((i) => ({ fieldId: ids[`ruleSet.${i.path}`], message: i.message })));
      return;
    }
    const body = { version: state.current?.version ?? 0, ruleSet, note: note.trim() || undefined };
    await run(() => api<RuleSetState>(`/api/campaigns/${campaignId}/rule-set`, { method: 'PUT', body }), onSaved);
  }

  return (
    <form onSubmit={submit} noValidate className="rule-set-editor" data-testid="rule-set-editor" aria-label="Sửa bộ tiêu chuẩn xét Bằng khen">
      <ErrorSummary errors={form.errors} description={form.description} />
      <p className="hint">
        Lưu thành phiên bản {(state.current?.version ?? 0) + 1}; phiên bản {state.current?.version} vẫn được giữ để đối chiếu. Kết quả xét điều kiện được tính lại theo phiên bản mới ngay khi lưu.
      </p>
      <TextField id={SOURCE_ID} label="Văn bản căn cứ" hint="Đổi ở đây thì mọi điều khoản trích dẫn văn bản cũ cũng đổi theo." value={draft.source} error={form.errorFor(SOURCE_ID)} onChange={(e) => update('source', e.target.value)} />

      <fieldset>
        <legend>Tập thể — điều kiện chung (phải đạt tất cả)</legend>
        {draft.collective.preconditions.map((c, i) => (
          <CriterionEditor key={c.code} path={`collective.preconditions.${i}`} criterion={c} legend={`Điều kiện chung ${i + 1}`} bases={basisCodes} errorFor={form.errorFor} update={update} />
        ))}
      </fieldset>

      <h3 className="heading-s">Tập thể — các tiêu chuẩn (đạt một trong các tiêu chuẩn)</h3>
      {draft.collective.bases.map((b, i) => (
        <BasisEditor
          key={i}
          path={`collective.bases.${i}`}
          basis={b}
          bases={basisCodes}
          errorFor={form.errorFor}
          update={update}
          onRename={(code) => setDraft((d) => renameBasis(d, i, code))}
          onRemove={() => setDraft((d) => removeBasis(d, i))}
        />
      ))}
      <p>
        <button type="button" className="button button--secondary" onClick={() => setDraft((d) => ({ ...d, collective: { ...d.collective, bases: [...d.collective.bases, newBasis(d)] } }))}>
          Thêm tiêu chuẩn
        </button>
      </p>

      <fieldset>
        <legend>Cá nhân — điều kiện (phải đạt tất cả)</legend>
        {draft.individual.conditions.map((c, i) => (
          <CriterionEditor key={c.code} path={`individual.conditions.${i}`} criterion={c} legend={`Điều kiện đối với cá nhân ${i + 1}`} bases={basisCodes} errorFor={form.errorFor} update={update} />
        ))}
      </fieldset>

      <TextAreaField id={NOTE_ID} label="Ghi chú thay đổi (không bắt buộc)" hint="Lý do, văn bản chỉ đạo… được lưu cùng phiên bản." rows={2} maxLength={500} value={note} error={form.errorFor(NOTE_ID)} onChange={(e) => setNote(e.target.value)} />
      <FormActions label="Lưu thành phiên bản mới" busy={busy} onCancel={onCancel} />
    </form>
  );
}
