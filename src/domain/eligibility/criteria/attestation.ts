import type { CriterionOfKind, Evaluator } from './criterionTypes';
import { flagCheck } from './criterionSupport';

const ATTESTATION_TEXTS = {
  compliance: 'gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  solidarity: 'nội bộ đoàn kết',
} as const;

/** The unit head attested exemplary compliance or internal solidarity (III.1.a). */
export const evaluateAttestation: Evaluator<CriterionOfKind<'attestation'>> = (criterion, ctx) => {
  const { subject } = ctx;
  const text = ATTESTATION_TEXTS[criterion.which];
  const value = subject.kind === 'collective' ? (subject.collective.attestations?.[criterion.which] ?? null) : null;
  return flagCheck(
    value,
    {
      pass: `Thủ trưởng đơn vị xác nhận ${text}.`,
      fail: `Thủ trưởng đơn vị không xác nhận ${text}.`,
      unknown: `Chưa có xác nhận của thủ trưởng đơn vị về việc ${text} — chưa xác định được.`,
    },
    `Xác nhận của thủ trưởng đơn vị: ${text}`,
    { [criterion.which]: value },
  );
};
