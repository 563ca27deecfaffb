import { useState } from 'react';
import { ORG_UNIT_KIND_LABELS, type OrgUnitKind } from '../../../domain/orgUnits/orgUnitKind';
import { positionAndUnit } from '../../../domain/text/positionAndUnit';
import { EligibilityExplanation } from './EligibilityExplanation';
import { RESULT_LABELS, VERDICT_CLASS } from './verdictLabels';
import type { EligibilityItem } from '../../../shared/contracts/eligibility';

/** One nominee: name, unit, result; a button expands its explanation (aria-expanded, keyboard usable). */
export function EligibilityRow({ item, initiallyOpen = false, idPrefix = 'elig' }: { item: EligibilityItem; initiallyOpen?: boolean; idPrefix?: string }) {
  const [open, setOpen] = useState(initiallyOpen);
  const id = `${idPrefix}-${item.kind}-${item.person?.id ?? item.orgUnit.id}`;
  const name = item.person ? item.person.fullName : item.orgUnit.name;
  return (
    <li className="elig-row" data-testid="eligibility-row" data-code={item.orgUnit.code} data-kind={item.kind}>
      <div className="elig-row__head">
        <div className="elig-row__who">
          <strong className="elig-row__name">{name}</strong>
          <span className="meta">
            {item.person
              ? ` — ${positionAndUnit(item.person.position, item.orgUnit.name)}`
              : ` — ${ORG_UNIT_KIND_LABELS[item.orgUnit.kind as OrgUnitKind] ?? item.orgUnit.kind}, mã ${item.orgUnit.code}`}
          </span>
        </div>
        <span className={`verdict verdict--big ${VERDICT_CLASS[item.result.verdict]}`} data-testid="eligibility-verdict">
          {RESULT_LABELS[item.result.verdict]}
        </span>
        <button type="button" className="button button--secondary button--small" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
          {open ? 'Ẩn giải thích' : 'Xem giải thích'}
          <span className="visually-hidden"> — {name}</span>
        </button>
      </div>
      <div id={id} hidden={!open}>
        {open ? <EligibilityExplanation result={item.result} /> : null}
      </div>
    </li>
  );
}
