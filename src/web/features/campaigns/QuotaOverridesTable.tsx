import type { ClauseRef } from '../../../domain/shared/ruleOutcome';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CF, type OverrideValues } from './campaignFormValues';

export type DistrictOption = { code: string; name: string };

type Props = {
  overrides: OverrideValues[];
  districts: DistrictOption[];
  /** Clause of a new row: the communes-per-district quota it overrides (III.4.a, second bullet of 34/KH-UBND). */
  newRowRef: ClauseRef;
  errorFor: (fieldId: string) => string | undefined;
  onChange: (overrides: OverrideValues[]) => void;
};

/** Per-district exceptions to the communes-per-district quota: district (from the org tree) and its own limit. */
export function QuotaOverridesTable({ overrides, districts, newRowRef, errorFor, onChange }: Props) {
  const update = (i: number, patch: Partial<OverrideValues>) => onChange(overrides.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const optionsFor = (o: OverrideValues) =>
    // A stored code missing from the tree (another era) stays selectable, so editing never loses it silently.
    districts.some((d) => d.code === o.districtCode) || !o.districtCode ? districts : [{ code: o.districtCode, name: o.districtName }, ...districts];
  return (
    <fieldset className="fieldset" data-testid="quota-overrides">
      <legend className="fieldset__legend">Chỉ tiêu xã riêng của từng huyện</legend>
      <p className="field__hint">Huyện nào được chọn nhiều hơn (hoặc ít hơn) chỉ tiêu chung thì ghi ở đây; các huyện khác theo chỉ tiêu chung.</p>
      {overrides.length ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Huyện</th>
                <th scope="col">Số xã</th>
                <th scope="col">
                  <span className="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overrides.map((o, i) => {
                const codeId = CF.override(i, 'districtCode');
                const limitId = CF.override(i, 'limit');
                const codeError = errorFor(codeId);
                const limitError = errorFor(limitId);
                return (
                  <tr key={i}>
                    <td>
                      <label className="visually-hidden" htmlFor={codeId}>
                        Huyện (dòng {i + 1})
                      </label>
                      {codeError ? <ErrorMessage id={`${codeId}-error`} message={codeError} /> : null}
                      <select
                        id={codeId}
                        className={`select${codeError ? ' input--error' : ''}`}
                        value={o.districtCode}
                        aria-invalid={codeError ? true : undefined}
                        aria-describedby={codeError ? `${codeId}-error` : undefined}
                        onChange={(e) => update(i, { districtCode: e.target.value, districtName: districts.find((d) => d.code === e.target.value)?.name ?? '' })}
                      >
                        <option value="">— Chọn huyện —</option>
                        {optionsFor(o).map((d) => (
                          <option key={d.code} value={d.code}>
                            {d.name}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={limitId}>
                        Số xã được chọn (dòng {i + 1})
                      </label>
                      {limitError ? <ErrorMessage id={`${limitId}-error`} message={limitError} /> : null}
                      <input
                        id={limitId}
                        className={`input${limitError ? ' input--error' : ''}`}
                        style={{ maxWidth: '5rem' }}
                        inputMode="numeric"
                        value={o.limit}
                        aria-invalid={limitError ? true : undefined}
                        aria-describedby={limitError ? `${limitId}-error` : undefined}
                        onChange={(e) => update(i, { limit: e.target.value })}
                      />
                    </td>
                    <td>
                      <button type="button" className="button button--secondary button--small" onClick={() => onChange(overrides.filter((_, j) => j !== i))}>
                        Xóa<span className="visually-hidden"> dòng {i + 1}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Không có huyện nào có chỉ tiêu riêng.</p>
      )}
      <button id={CF.addOverride} type="button" className="button button--secondary" onClick={() => onChange([...overrides, { districtCode: '', districtName: '', limit: '', ref: newRowRef }])}>
        Thêm huyện có chỉ tiêu riêng
      </button>
    </fieldset>
  );
}
