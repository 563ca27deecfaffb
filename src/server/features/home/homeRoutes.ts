import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { requireUser } from '../../kit/session';
import { listTasks } from './listTasks';
import { TasksResponse } from './schema';

/** The home screen's "Việc cần làm": every signed-in role gets its own tasks, computed on the server's clock. */
export const homeRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/home/tasks',
    { config: { access: 'authenticated' }, schema: { tags: ['Trang chủ'], summary: 'Việc cần làm của người dùng: việc gì, hạn nào, trong đợt thi đua nào', response: { 200: TasksResponse } } },
    async (req) => {
      const asOf = now();
      return { asOf: asOf.toISOString(), items: await listTasks(db, requireUser(req), asOf) };
    },
  );
};
