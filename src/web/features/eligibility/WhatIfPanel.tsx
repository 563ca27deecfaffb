import { useState, type FormEvent } from 'react';
import { PAR_CLASSIFICATION_LABELS, PAR_CLASSIFICATIONS, RATING_LABELS, RATING_ORDER } from '../../../domain/eligibility/eligibilityRules';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { EligibilityRow } from './EligibilityRow';
import type { WhatIfChange, WhatIfResponse } from './eligibilityTypes';

/** The thresholds of the KH 34 rule set this panel can change, by criterion code (kh34RuleSet.ts). */
const CODES = {
  basisA: 'collective.A.parClass',
  c1: 'collective.C1.rating',
  c2: 'collective.C2.rating',
  individual: 'individual.rating',
};
const DEFAULTS = { classes: ['excellent'], parUnitMin: 'good', individualMin: 'good' };
const IDS = { classes: 'whatif-class-excellent', parUnitMin: 'whatif-par-unit-min', individualMin: 'whatif-individual-min' };
const RATING_OPTIONS = [...RATING_ORDER].reverse().map((r) => ({ value: r, label: `${RATING_LABELS[r]} trở lên` }));

function ChangeList({ title, changes, testId }: { title: string; changes: WhatIfChange[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <h4 className="heading-s">
        {title} ({changes.length})
      </h4>
      {changes.length === 0 ? (
        <p className="hint">Không có.</p>
      ) : (
        <ul>
          {changes.map((c) => (
            <li key={`${c.nominee.kind}-${c.nominee.id}`}>
              {c.nominee.name} <span className="meta">({c.nominee.kind === 'individual' ? 'cá nhân' : 'tập thể'})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * What-if for the secretariat: change the thresholds (classes accepted for basis A, minimum ratings) and see who
 * gains or loses eligibility. The server evaluates a copy of the rule set and saves nothing.
 */
export function WhatIfPanel({ campaignId }: { campaignId: string }) {
  const form = useFormErrors({ 'overrides.criteria': IDS.classes, classes: IDS.classes });
  const [classes, setClasses] = useState<string[]>(DEFAULTS.classes);
  const [parUnitMin, setParUnitMin] = useState(DEFAULTS.parUnitMin);
  const [individualMin, setIndividualMin] = useState(DEFAULTS.individualMin);
  const [result, setResult] = useState<WhatIfResponse | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (classes.length === 0) {
      form.showErrors([{ fieldId: IDS.classes, message: 'Xếp loại được chấp nhận cho tiêu chuẩn A: chọn ít nhất một mức' }]);
      return;
    }
    const criteria: Record<string, { classes?: string[]; minRating?: string }> = {};
    if (classes.join() !== DEFAULTS.classes.join()) criteria[CODES.basisA] = { classes };
    if (parUnitMin !== DEFAULTS.parUnitMin) {
      criteria[CODES.c1] = { minRating: parUnitMin };
      criteria[CODES.c2] = { minRating: parUnitMin };
    }
    if (individualMin !== DEFAULTS.individualMin) criteria[CODES.individual] = { minRating: individualMin };
    setBusy(true);
    try {
      setResult(await api<WhatIfResponse>(`/api/campaigns/${campaignId}/eligibility/what-if`, { method: 'POST', body: { overrides: { criteria } } }));
      form.clear();
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setClasses(DEFAULTS.classes);
    setParUnitMin(DEFAULTS.parUnitMin);
    setIndividualMin(DEFAULTS.individualMin);
    setResult(null);
    form.clear();
  }

  const classError = form.errorFor(IDS.classes);
  return (
    <section className="panel whatif" aria-labelledby="whatif-title" data-testid="what-if">
      <span className="whatif__label">Thử nghiệm — không lưu</span>
      <h2 id="whatif-title" className="heading-m">
        Thử thay đổi ngưỡng tiêu chuẩn
      </h2>
      <p className="hint">
        Chỉ để xem trước: ai được thêm, ai mất điều kiện nếu ngưỡng thay đổi. Không có gì được lưu; bộ tiêu chuẩn của Kế hoạch và kết quả ở trên giữ nguyên.
      </p>
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate className="form">
        <fieldset className={`field${classError ? ' field--error' : ''}`} aria-describedby="whatif-classes-hint">
          <legend className="field__label">Xếp loại Chỉ số CCHC được chấp nhận cho tiêu chuẩn A (Gạch đầu dòng 1, Điểm a, Khoản 1, Mục III)</legend>
          <div className="field__hint" id="whatif-classes-hint">
            Kế hoạch: chỉ nhóm xuất sắc.
          </div>
          {classError ? <p className="error-message">{classError}</p> : null}
          <div className="checkbox-row">
            {PAR_CLASSIFICATIONS.map((c) => (
              <div className="checkbox" key={c}>
                <input
                  id={`whatif-class-${c}`}
                  type="checkbox"
                  className="checkbox__input"
                  checked={classes.includes(c)}
                  onChange={(e) => setClasses((list) => (e.target.checked ? PAR_CLASSIFICATIONS.filter((x) => x === c || list.includes(x)) : list.filter((x) => x !== c)))}
                />
                <label className="checkbox__label" htmlFor={`whatif-class-${c}`}>
                  {PAR_CLASSIFICATION_LABELS[c]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <SelectField id={IDS.parUnitMin} label="Xếp loại tối thiểu của phòng, đơn vị chuyên trách CCHC (tiêu chuẩn C1, C2)" hint="Kế hoạch: Hoàn thành tốt nhiệm vụ trở lên (Tiết 3, Điểm a, Khoản 1, Mục III)." options={RATING_OPTIONS} value={parUnitMin} onChange={(e) => setParUnitMin(e.target.value)} />
        <SelectField id={IDS.individualMin} label="Xếp loại tối thiểu của cá nhân" hint="Kế hoạch: Hoàn thành tốt nhiệm vụ trở lên (Điểm b, Khoản 1, Mục III)." options={RATING_OPTIONS} value={individualMin} onChange={(e) => setIndividualMin(e.target.value)} />
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            Xem ai được thêm, ai mất điều kiện
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            Trở về ngưỡng của Kế hoạch
          </button>
        </div>
      </form>
      {result ? (
        <div aria-live="polite" data-testid="what-if-result">
          <p>
            <strong>Kết quả thử nghiệm (không lưu):</strong> {result.counts.gained} được thêm, {result.counts.lost} mất điều kiện, {result.counts.unchanged} không đổi.
          </p>
          <ChangeList title="Được thêm" changes={result.gained} testId="what-if-gained" />
          <ChangeList title="Mất điều kiện" changes={result.lost} testId="what-if-lost" />
          {result.changedResults.length > 0 ? (
            <>
              <h4 className="heading-s">Giải thích theo ngưỡng thử nghiệm</h4>
              <ul className="elig-list">
                {result.changedResults.map((item) => (
                  <EligibilityRow key={`whatif-${item.kind}-${item.person?.id ?? item.orgUnit.id}`} item={item} idPrefix="whatif" />
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
