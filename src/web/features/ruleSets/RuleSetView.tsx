import { appliesToText, thresholdText, type CriterionData, type RuleSetData } from './ruleSetText';

function CriterionItem({ criterion }: { criterion: CriterionData }) {
  const threshold = thresholdText(criterion);
  const applies = appliesToText(criterion);
  return (
    <li className="rule-set__criterion" data-code={criterion.code}>
      <span className="rule-set__label">{criterion.label}</span>
      {threshold ? <span className="rule-set__threshold"> — {threshold}</span> : null}
      {applies ? <span className="rule-set__meta"> {applies}.</span> : null} <span className="rule-set__clause">({criterion.ref.clause})</span>
    </li>
  );
}

/**
 * A rule set as an official reads it: the collective's common conditions, its bases (one must hold) each with its
 * clause and thresholds, and the individual's conditions.
 */
export function RuleSetView({ ruleSet, testId = 'rule-set-view' }: { ruleSet: RuleSetData; testId?: string }) {
  return (
    <div className="rule-set" data-testid={testId}>
      <p className="meta">Văn bản căn cứ: {ruleSet.source}</p>
      <h3 className="heading-s">Tập thể — đạt tất cả điều kiện chung</h3>
      <ul className="rule-set__list">
        {ruleSet.collective.preconditions.map((c) => (
          <CriterionItem key={c.code} criterion={c} />
        ))}
      </ul>
      <h3 className="heading-s">Tập thể — và đạt một trong các tiêu chuẩn</h3>
      <ol className="rule-set__bases">
        {ruleSet.collective.bases.map((b) => (
          <li key={b.basis} className="rule-set__basis" data-testid="rule-set-basis" data-basis={b.basis}>
            <p>
              <strong>Tiêu chuẩn {b.basis}:</strong> {b.label} <span className="rule-set__clause">({b.ref.clause})</span>
            </p>
            {appliesToText(b) ? <p className="rule-set__meta">{appliesToText(b)}.</p> : null}
            <ul className="rule-set__list">
              {b.criteria.map((c) => (
                <CriterionItem key={c.code} criterion={c} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <h3 className="heading-s">Cá nhân — đạt tất cả điều kiện</h3>
      <ul className="rule-set__list">
        {ruleSet.individual.conditions.map((c) => (
          <CriterionItem key={c.code} criterion={c} />
        ))}
      </ul>
    </div>
  );
}
