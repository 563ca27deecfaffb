import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../../../documents/files/contentDisposition';
import type { AppDeps } from '../../deps';
import { auditContext, authorize } from '../../kit/session';
import { fileTooLarge, uploadedBytes } from '../trustedCertificates/uploadErrors';
import { attachFeedbackFile } from './attachFeedbackFile';
import { closeFeedback } from './closeFeedback';
import { getFeedbackThread, listFeedbackThreads, loadFeedbackAttachment } from './feedbackQueries';
import { postFeedbackMessage } from './postFeedbackMessage';
import { raiseFeedback } from './raiseFeedback';
import {
  FeedbackAttachmentParams,
  FeedbackAttachmentQuery,
  FeedbackIdParams,
  FeedbackListQuery,
  FeedbackMessageBody,
  FeedbackMessageParams,
  FeedbackThreadListResponse,
  FeedbackThreadSchema,
  RaiseFeedbackBody,
} from './schema';

const TAGS = ['Phản ánh, vướng mắc'];

/**
 * Feedback (phản ánh, vướng mắc; issue 11, item 7): a unit raises a difficulty to UBND tỉnh via Sở Nội vụ; threads
 * with replies from both sides, attachments, status open → answered → closed; scope is the raising unit's.
 */
export const feedbackRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, jobs, now }) => {
  app.get(
    '/api/feedback',
    {
      config: { access: 'feedback.read', fieldLabels: 'feedback' },
      schema: { tags: TAGS, summary: 'Các phản ánh trong phạm vi (chờ lâu nhất trước), lọc theo trạng thái', querystring: FeedbackListQuery, response: { 200: FeedbackThreadListResponse } },
    },
    async (req) => listFeedbackThreads(db, authorize(req), { ...req.query, asOf: now() }),
  );

  app.post(
    '/api/feedback',
    {
      config: { access: 'feedback.raise', fieldLabels: 'feedback' },
      schema: { tags: TAGS, summary: 'Gửi phản ánh, vướng mắc lên UBND tỉnh qua Sở Nội vụ', body: RaiseFeedbackBody, response: { 201: FeedbackThreadSchema } },
    },
    async (req, reply) => {
      const user = authorize(req);
      const id = await raiseFeedback(db, auditContext(req), user, { subject: req.body.subject, body: req.body.body, campaignId: req.body.campaignId ?? null, asOf: now() });
      return reply.code(201).send(await getFeedbackThread(db, user, id, now()));
    },
  );

  app.get(
    '/api/feedback/:id',
    { config: { access: 'feedback.read' }, schema: { tags: TAGS, summary: 'Một phản ánh với các tin nhắn và tệp đính kèm', params: FeedbackIdParams, response: { 200: FeedbackThreadSchema } } },
    async (req) => getFeedbackThread(db, authorize(req), req.params.id, now()),
  );

  app.post(
    '/api/feedback/:id/replies',
    {
      config: { access: 'feedback.raise', fieldLabels: 'feedback' },
      schema: { tags: TAGS, summary: 'Đơn vị trao đổi thêm (mở lại phản ánh đã trả lời hoặc đã đóng)', params: FeedbackIdParams, body: FeedbackMessageBody, response: { 201: FeedbackThreadSchema } },
    },
    async (req, reply) => {
      const user = authorize(req);
      await postFeedbackMessage(db, { config, jobs }, auditContext(req), user, { threadId: req.params.id, side: 'unit', body: req.body.body, asOf: now() });
      return reply.code(201).send(await getFeedbackThread(db, user, req.params.id, now()));
    },
  );

  app.post(
    '/api/feedback/:id/answers',
    {
      config: { access: 'feedback.answer', fieldLabels: 'feedback' },
      schema: { tags: TAGS, summary: 'Sở Nội vụ trả lời phản ánh (báo cho đơn vị)', params: FeedbackIdParams, body: FeedbackMessageBody, response: { 201: FeedbackThreadSchema } },
    },
    async (req, reply) => {
      const user = authorize(req);
      await postFeedbackMessage(db, { config, jobs }, auditContext(req), user, { threadId: req.params.id, side: 'secretariat', body: req.body.body, asOf: now() });
      return reply.code(201).send(await getFeedbackThread(db, user, req.params.id, now()));
    },
  );

  app.post(
    '/api/feedback/:id/close',
    { config: { access: 'feedback.read' }, schema: { tags: TAGS, summary: 'Đóng phản ánh (đơn vị gửi hoặc Sở Nội vụ)', params: FeedbackIdParams, response: { 200: FeedbackThreadSchema } } },
    async (req) => {
      const user = authorize(req);
      await closeFeedback(db, auditContext(req), user, { threadId: req.params.id, asOf: now() });
      return getFeedbackThread(db, user, req.params.id, now());
    },
  );

  app.post(
    '/api/feedback/messages/:messageId/attachments',
    {
      config: { access: 'feedback.read', fieldLabels: 'feedback' },
      bodyLimit: config.uploadLimitBytes,
      schema: { tags: TAGS, summary: 'Đính kèm tệp (PDF, JPEG, PNG; tệp là nội dung yêu cầu) vào tin nhắn của mình', params: FeedbackMessageParams, querystring: FeedbackAttachmentQuery },
      errorHandler: fileTooLarge(config.uploadLimitBytes),
    },
    async (req, reply) => {
      const user = authorize(req);
      const attachmentId = await attachFeedbackFile(db, auditContext(req), user, { messageId: req.params.messageId, bytes: uploadedBytes(req.body), fileName: req.query.fileName });
      return reply.code(201).send({ id: attachmentId });
    },
  );

  app.get(
    '/api/feedback/attachments/:attachmentId',
    { config: { access: 'feedback.read' }, schema: { tags: TAGS, summary: 'Tải về tệp đính kèm của phản ánh', params: FeedbackAttachmentParams } },
    async (req, reply) => {
      const file = await loadFeedbackAttachment(db, authorize(req), req.params.attachmentId);
      return reply.header('content-type', file.mimeType).header('content-disposition', contentDisposition(file.fileName)).send(file.data);
    },
  );
};
