import { z } from 'zod';
import { NOMINATION_STAGES } from '../../../shared/contracts/reports';
import { OWN_LEVEL_GROUP } from './reportGroups';

/** The answers are the contract in src/shared/contracts/reports.ts. */
export {
  AwardReportResponse,
  EligibilityReportResponse,
  GroupSchema,
  NominationReportResponse,
  ParReportResponse,
  RegistrationReportResponse,
} from '../../../shared/contracts/reports';

export const IdParams = z.strictObject({ id: z.uuid() });

/** A group of units: a district or commune id, or `own` (the reader's own level). */
export const GroupIdSchema = z.union([z.uuid(), z.literal(OWN_LEVEL_GROUP)], { error: 'Nhóm đơn vị: chọn một huyện, xã trong danh sách' });

export const GroupQuery = z.strictObject({ groupId: GroupIdSchema.optional() });

export const NominationReportQuery = z.strictObject({
  groupId: GroupIdSchema.optional(),
  stage: z.enum(NOMINATION_STAGES, { error: 'Tình trạng hồ sơ: không có trong danh sách' }).optional(),
});

export const AwardReportQuery = z.strictObject({ groupId: GroupIdSchema.optional(), decisionId: z.uuid({ error: 'Quyết định: không hợp lệ' }).optional() });

const XlsxFormat = z.enum(['xlsx'], { error: 'Định dạng: chỉ có xlsx' }).default('xlsx');
const PrintFormat = z.enum(['xlsx', 'docx', 'pdf'], { error: 'Định dạng: chọn xlsx, docx hoặc pdf' });

export const GroupFileQuery = GroupQuery.extend({ format: XlsxFormat });
export const NominationFileQuery = NominationReportQuery.extend({ format: PrintFormat });
export const AwardFileQuery = AwardReportQuery.extend({ format: PrintFormat });
