import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { PAR_CLASSIFICATION_LABELS, PAR_CLASSIFICATIONS, RATING_LABELS, RATING_ORDER, type RuleSet } from '../../../domain/eligibility/eligibilityRules';
import { ruleSetThresholds, type Threshold } from '../../../domain/eligibility/ruleSetThresholds';
import type { RuleSetState } from '../../../shared/contracts/ruleSets';
import { api } from '../../app/api/client';
import { useApiData } from '../../app/hooks/useApiData';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { EligibilityRow } from './EligibilityRow';
import type { WhatIfChange, WhatIfResponse } from '../../../shared/contracts/eligibility';

const RATING_OPTIONS = [...RATING_ORDER].reverse().map((r) => ({ value: r, label: `${RATING_LABELS[r]} trở lên` }));

type Value = { classes: string[] } | { minRating: string };

const fieldIdOf = (i: number) => `whatif-threshold-${i}`;
const classIdOf = (i: number, c: string) => `whatif-threshold-${i}-${c}`;
/** Where an error about a threshold points: its select, or the first class checkbox. */
const anchorOf = (t: Threshold, i: number) => (t.kind === 'classes' ? classIdOf(i, PAR_CLASSIFICATIONS[0]) : fieldIdOf(i));

function valueOf(t: Threshold): Value {
  return t.kind === 'classes' ? { classes: [...t.classes] } : { minRating: t.minRating };
}

function inForce(t: Threshold): string {
  return t.kind === 'classes' ? t.classes.map((c) => PAR_CLASSIFICATION_LABELS[c]).join(', ') : `${RATING_LABELS[t.minRating]} trở lên`;
}

function ChangeList({ title, changes, testId }: { title: string; changes: WhatIfChange[]; testId: string }) {
  return (
    <div data-testid={testId}>
      <h3 className="heading-s">
        {title} ({changes.length})
      </h3>
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
 * What-if for the secretariat: every threshold of the campaign's rule set in force (read from
 * GET /api/campaigns/{id}/rule-set, never a plan's hard-coded codes) can be tried at another value, to see who gains
 * or loses eligibility. The server evaluates a copy of the rule set and saves nothing.
 */
export function WhatIfPanel({ campaignId }: { campaignId: string }) {
  const state = useApiData<RuleSetState>(`/api/campaigns/${campaignId}/rule-set`);
  const ruleSet = state.data?.ruleSet;
  return (
    <section className="panel whatif" aria-labelledby="whatif-title" data-testid="what-if">
      <span className="whatif__label">Thử nghiệm — không lưu</span>
      <h2 id="whatif-title" className="heading-m">
        Thử thay đổi ngưỡng tiêu chuẩn
      </h2>
      <p className="hint">
        Chỉ để xem trước: ai được thêm, ai mất điều kiện nếu ngưỡng thay đổi. Không có gì được lưu; bộ tiêu chuẩn đang áp dụng
        {state.data?.current ? ` (phiên bản ${state.data.current.version})` : ''} và kết quả ở trên giữ nguyên. Muốn đổi thật, sửa tại{' '}
        <Link to={`/thi-dua/${campaignId}/bo-tieu-chuan`}>bộ tiêu chuẩn xét Bằng khen</Link>.
      </p>
      {state.error ? <p className="banner banner--error">{state.error.message}</p> : null}
      {ruleSet ? <WhatIfForm key={state.data?.current?.version ?? 0} campaignId={campaignId} thresholds={ruleSetThresholds(ruleSet as unknown as RuleSet)} /> : null}
      {state.data && !ruleSet ? <p className="hint">Đợt thi đua chưa có bộ tiêu chuẩn nên chưa thử được.</p> : null}
    </section>
  );
}

function WhatIfForm({ campaignId, thresholds }: { campaignId: string; thresholds: Threshold[] }) {
  const initial = () => thresholds.map(valueOf);
  const [values, setValues] = useState<Value[]>(initial);
  const [result, setResult] = useState<WhatIfResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useFormErrors({ 'overrides.criteria': thresholds.length ? anchorOf(thresholds[0], 0) : '' });
  const set = (i: number, value: Value) => setValues((list) => list.map((v, j) => (j === i ? value : v)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const empty = thresholds.flatMap((t, i) => {
      const v = values[i];
      return 'classes' in v && v.classes.length === 0 ? [{ fieldId: anchorOf(t, i), message: `${t.part}, ${t.label}: chọn ít nhất một nhóm xếp hạng` }] : [];
    });
    if (empty.length) {
      form.showErrors(empty);
      return;
    }
    const criteria: Record<string, { classes?: string[]; minRating?: string }> = {};
    thresholds.forEach((t, i) => {
      const v = values[i];
      if ('classes' in v && t.kind === 'classes' && v.classes.join() !== t.classes.join()) criteria[t.code] = { classes: v.classes };
      if ('minRating' in v && t.kind === 'minRating' && v.minRating !== t.minRating) criteria[t.code] = { minRating: v.minRating };
    });
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
    setValues(initial());
    setResult(null);
    form.clear();
  }

  return (
    <>
      <ErrorSummary errors={form.errors} description={form.description} />
      <form onSubmit={submit} noValidate className="form">
        {thresholds.map((t, i) => {
          const v = values[i];
          const legend = `${t.part}: ${t.label}`;
          const hint = `Đang áp dụng: ${inForce(t)} (${t.ref.clause}).`;
          if ('classes' in v) {
            const error = form.errorFor(anchorOf(t, i));
            return (
              <fieldset key={t.code} className={`field${error ? ' field--error' : ''}`} aria-describedby={`${fieldIdOf(i)}-hint`} data-code={t.code}>
                <legend className="field__label">{legend}</legend>
                <div className="field__hint" id={`${fieldIdOf(i)}-hint`}>
                  {hint}
                </div>
                {error ? <p className="error-message">{error}</p> : null}
                <div className="checkbox-row">
                  {PAR_CLASSIFICATIONS.map((c) => (
                    <div className="checkbox" key={c}>
                      <input
                        id={classIdOf(i, c)}
                        type="checkbox"
                        className="checkbox__input"
                        checked={v.classes.includes(c)}
                        onChange={(e) => set(i, { classes: PAR_CLASSIFICATIONS.filter((x) => (x === c ? e.target.checked : v.classes.includes(x))) })}
                      />
                      <label className="checkbox__label" htmlFor={classIdOf(i, c)}>
                        {PAR_CLASSIFICATION_LABELS[c]}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          }
          return (
            <SelectField
              key={t.code}
              id={fieldIdOf(i)}
              label={legend}
              hint={hint}
              options={RATING_OPTIONS}
              value={v.minRating}
              error={form.errorFor(fieldIdOf(i))}
              onChange={(e) => set(i, { minRating: e.target.value })}
            />
          );
        })}
        <div className="button-group">
          <button type="submit" className="button" disabled={busy}>
            Xem ai được thêm, ai mất điều kiện
          </button>
          <button type="button" className="button button--secondary" onClick={reset}>
            Trở về ngưỡng đang áp dụng
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
              <h3 className="heading-s">Giải thích theo ngưỡng thử nghiệm</h3>
              <ul className="elig-list">
                {result.changedResults.map((item) => (
                  <EligibilityRow key={`whatif-${item.kind}-${item.person?.id ?? item.orgUnit.id}`} item={item} idPrefix="whatif" />
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
