import { OutcomeItem } from './OutcomeItem';
import type { EligibilityResult } from '../../../shared/contracts/eligibility';

/**
 * The explanation of one result in plain Vietnamese (SPEC §4.5): the summary, what is still missing, then each
 * condition with its clause; for a collective the conditions that must all hold, then the bases of which one must.
 */
export function EligibilityExplanation({ result }: { result: EligibilityResult }) {
  return (
    <div className="explanation" data-testid="explanation">
      <p className="explanation__summary">{result.summary}</p>
      {result.missing.length > 0 ? (
        <div className="banner banner--info explanation__missing">
          <strong>Còn thiếu thông tin:</strong>
          <ul>
            {result.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {result.preconditions.length > 0 ? (
        <>
          <h3 className="heading-s">Điều kiện chung (phải đạt tất cả)</h3>
          <ul className="outcomes">
            {result.preconditions.map((o) => (
              <OutcomeItem key={o.code} outcome={o} />
            ))}
          </ul>
        </>
      ) : null}
      {result.bases.length > 0 ? (
        <>
          <h3 className="heading-s">Tiêu chuẩn (đạt một trong các tiêu chuẩn)</h3>
          <ul className="outcomes">
            {result.bases.map((b) => (
              <OutcomeItem key={b.code} outcome={b}>
                {b.parts.length > 1 ? (
                  <ul className="outcomes outcomes--nested">
                    {b.parts.map((p) => (
                      <OutcomeItem key={p.code} outcome={p} />
                    ))}
                  </ul>
                ) : null}
              </OutcomeItem>
            ))}
          </ul>
        </>
      ) : null}
      {result.conditions.length > 0 ? (
        <>
          <h3 className="heading-s">Tiêu chuẩn cá nhân (phải đạt tất cả)</h3>
          <ul className="outcomes">
            {result.conditions.map((o) => (
              <OutcomeItem key={o.code} outcome={o} />
            ))}
          </ul>
        </>
      ) : null}
      {result.notApplicable.length > 0 ? (
        <details className="explanation__na">
          <summary>Tiêu chuẩn không áp dụng ({result.notApplicable.length})</summary>
          <ul>
            {result.notApplicable.map((n) => (
              <li key={n.code}>
                {n.label}: <span className="meta">{n.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
