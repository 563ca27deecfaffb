import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { flagCheck } from './criterionSupport';

/** The individual carried out the assigned PAR tasks excellently (III.1.b, second bullet; an attested flag). */
export const evaluateParTasksExcellent: Evaluator<CriterionOfKind<'parTasksExcellent'>> = (_criterion, ctx) => {
  const { subject } = ctx;
  const value = subject.kind === 'individual' ? subject.individual.parTasksExcellent : null;
  const directly = subject.kind === 'individual' ? (subject.individual.directlyDoesParWork ?? null) : null;
  // Doing PAR work directly only gives priority at selection (III.1.b); it never decides eligibility.
  const priority = directly === true ? ' (trực tiếp thực hiện nhiệm vụ CCHC — thuộc diện ưu tiên)' : '';
  return flagCheck(
    value,
    {
      pass: `Được xác nhận thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority}.`,
      fail: `Không được xác nhận thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority}.`,
      unknown: `Chưa có xác nhận về việc thực hiện xuất sắc các nhiệm vụ CCHC được giao${priority} — chưa xác định được.`,
    },
    'Xác nhận cá nhân thực hiện xuất sắc các nhiệm vụ CCHC được giao',
    { parTasksExcellent: value ?? null, directlyDoesParWork: directly },
  );
};
