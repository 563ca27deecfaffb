import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { kindLabel } from './criterionSupport';

/** The unit (the collective, or the individual's unit) is of one of the participant kinds (II.2). */
export const evaluateParticipantUnitKind: Evaluator<CriterionOfKind<'participantUnitKind'>> = (criterion, ctx) => {
  const { subject } = ctx;
  const unit = subject.unit;
  const ok = criterion.unitKinds.includes(unit.unitKind);
  const kind = kindLabel(unit);
  const who = subject.kind === 'collective' ? `${unit.name} là ${kind}` : `Đơn vị công tác (${unit.name}) là ${kind}`;
  return {
    verdict: ok ? 'pass' : 'fail',
    explanation: `${who} — ${ok ? 'thuộc' : 'không thuộc'} đối tượng thi đua theo Kế hoạch.`,
    inputs: { unitKind: unit.unitKind, allowed: [...criterion.unitKinds] },
    missing: [],
  };
};
