import type { ReactNode } from 'react';
import { inputLines } from './inputText';
import { CONDITION_LABELS, VERDICT_CLASS } from './verdictLabels';
import type { Outcome } from '../../../shared/contracts/eligibility';

/** One condition: đạt / không đạt / chưa xác định, the explanation, the inputs used and the clause it comes from. */
export function OutcomeItem({ outcome, children }: { outcome: Outcome; children?: ReactNode }) {
  const lines = inputLines(outcome.inputs);
  return (
    <li className="outcome" data-testid="outcome">
      <p className="outcome__head">
        <span className={`verdict ${VERDICT_CLASS[outcome.verdict]}`}>{CONDITION_LABELS[outcome.verdict]}</span> <strong>{outcome.label}</strong>
      </p>
      <p className="outcome__text">{outcome.explanation}</p>
      {lines.length > 0 ? (
        <p className="outcome__inputs meta">
          Dữ liệu dùng: {lines.join('; ')}.
        </p>
      ) : null}
      <p className="outcome__ref meta">
        Căn cứ: {outcome.ref.clause} — {outcome.ref.source}
      </p>
      {children}
    </li>
  );
}
