import { z } from 'zod';
import { APPRAISAL_CHECK_CODES } from '../../../domain/appraisal/appraisalChecklist';

/** The answers are the contract in src/shared/contracts/appraisal.ts. */
export { AppraisalSchema } from '../../../shared/contracts/appraisal';

export const NominationIdParams = z.strictObject({ id: z.uuid() });

const note = z.string().trim().max(1000, 'Ghi chú: tối đa 1000 ký tự');
/** The reviewer's note per checklist item (optional). */
const Notes = z.partialRecord(z.enum(APPRAISAL_CHECK_CODES), note.nullable()).optional();
/** The version the reviewer looked at: refused if the unit has since sent another. */
const version = z.number({ error: 'Phiên bản: phải là số' }).int().min(1, 'Phiên bản: từ 1 trở lên');

export const AcceptBody = z.strictObject({ version, notes: Notes, note: note.optional() });

export const ReturnBody = z.strictObject({
  version,
  notes: Notes,
  /** What is to be supplemented: kept with the appraisal, the dossier, the notice and the audit log. */
  reason: z.string({ error: 'Nội dung cần bổ sung: bắt buộc' }).trim().min(1, 'Nội dung cần bổ sung: bắt buộc').max(2000, 'Nội dung cần bổ sung: tối đa 2000 ký tự'),
});
