import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { flagCheck } from './criterionSupport';

/** The nominee registered in the campaign (a sent registration, or a name on one). */
export const evaluateRegistered: Evaluator<CriterionOfKind<'registered'>> = (_criterion, ctx) => {
  const { subject } = ctx;
  const value = subject.kind === 'collective' ? subject.collective.registered : subject.individual.registered;
  return flagCheck(
    value,
    {
      pass: 'Đã đăng ký thi đua chuyên đề theo Kế hoạch.',
      fail: 'Không đăng ký thi đua chuyên đề theo Kế hoạch.',
      unknown: 'Chưa có thông tin đăng ký thi đua chuyên đề — chưa xác định được.',
    },
    'Thông tin đăng ký thi đua chuyên đề',
    { registered: value ?? null },
  );
};
