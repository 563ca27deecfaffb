import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import type { AppDeps } from '../../deps';
import { AppError } from '../../errors';
import { requireUser } from '../../kit/session';
import { loadBackgroundJobFile, loadOwnBackgroundJob, presentBackgroundJob } from './backgroundJobQueries';
import { BackgroundJobResponse, IdParams } from './schema';

const TAGS = ['Công việc chạy nền'];

/**
 * A long piece of work started elsewhere (the evaluation report, a large export): its progress, polled by the page
 * that started it, and its file once done. A job is its requester's alone (signed in, and the one who started it;
 * anyone else gets 404).
 */
export const backgroundJobRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/api/background-jobs/:id',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Tiến độ của một công việc chạy nền (chỉ người yêu cầu xem được)', params: IdParams, response: { 200: BackgroundJobResponse } } },
    async (req) => presentBackgroundJob(await loadOwnBackgroundJob(db, requireUser(req), req.params.id)),
  );

  app.get(
    '/api/background-jobs/:id/file',
    { config: { access: 'authenticated' }, schema: { tags: TAGS, summary: 'Tải tệp kết quả của công việc chạy nền khi đã xong', params: IdParams } },
    async (req, reply) => {
      const job = await loadOwnBackgroundJob(db, requireUser(req), req.params.id);
      if (job.status !== 'done' || !job.resultFileSha256) {
        throw new AppError('CONFLICT', job.status === 'failed' ? `Công việc không thành công: ${job.error ?? ''}` : 'Tệp chưa sẵn sàng: công việc vẫn đang chạy.');
      }
      const file = await loadBackgroundJobFile(db, job.resultFileSha256);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition(job.resultFileName ?? 'ket-qua'))
        .send(file.data);
    },
  );
};
