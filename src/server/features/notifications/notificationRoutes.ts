import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { authorize } from '../../kit/session';
import { markNotificationRead } from './markNotificationRead';
import { countUnread, listNotifications } from './notificationQueries';
import { NotificationCountResponse, NotificationIdParams, NotificationListQuery, NotificationListResponse, NotificationSchema } from './schema';

const TAGS = ['Thông báo'];

/** In-app notices of the actor's unit (the bell and the notices page): list, count unread, mark read. */
export const notificationRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/notifications',
    {
      config: { access: 'notification.read' },
      schema: { tags: TAGS, summary: 'Thông báo của đơn vị mình, mới nhất trước, và số thông báo chưa đọc', querystring: NotificationListQuery, response: { 200: NotificationListResponse } },
    },
    async (req) => {
      const user = authorize(req);
      const { unread, ...page } = req.query;
      return listNotifications(db, user, { ...page, unreadOnly: unread === 'true' });
    },
  );

  app.get(
    '/api/notifications/unread-count',
    {
      config: { access: 'notification.read' },
      schema: { tags: TAGS, summary: 'Số thông báo chưa đọc của đơn vị mình (chuông thông báo)', response: { 200: NotificationCountResponse } },
    },
    async (req) => ({ unread: await countUnread(db, authorize(req)) }),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: 'notification.read' },
      schema: { tags: TAGS, summary: 'Đánh dấu đã đọc một thông báo của đơn vị mình', params: NotificationIdParams, response: { 200: NotificationSchema } },
    },
    async (req) => markNotificationRead(db, authorize(req), { id: req.params.id, asOf: now() }),
  );
};
