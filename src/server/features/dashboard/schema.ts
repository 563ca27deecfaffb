import { z } from 'zod';
import { GroupIdSchema } from '../reports/schema';

/** The answer is the contract in src/shared/contracts/reports.ts. */
export { DashboardResponse } from '../../../shared/contracts/reports';

export const IdParams = z.strictObject({ id: z.uuid() });

export const DashboardQuery = z.strictObject({
  groupId: GroupIdSchema.optional(),
  /** Dossiers not sent are "at risk" when the deadline is at most this many days away (or past). */
  withinDays: z.coerce.number({ error: 'Số ngày cảnh báo: phải là số' }).int('Số ngày cảnh báo: phải là số nguyên').min(0, 'Số ngày cảnh báo: từ 0 ngày').max(365, 'Số ngày cảnh báo: tối đa 365 ngày').default(14),
});
