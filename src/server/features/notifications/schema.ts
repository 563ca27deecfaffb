import { z } from 'zod';

/** The answers are the contract in src/shared/contracts/notifications.ts. */
export { NotificationCountResponse, NotificationListResponse, NotificationSchema } from '../../../shared/contracts/notifications';

export const NotificationListQuery = z.strictObject({
  /** true: only the unread ones. */
  unread: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const NotificationIdParams = z.strictObject({ id: z.uuid() });
