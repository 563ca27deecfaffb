import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../deps';
import { validation } from '../../errors';
import { auditContext, authorize } from '../../kit/session';
import { addTrustedCertificate } from './addTrustedCertificate';
import { deactivateTrustedCertificate } from './deactivateTrustedCertificate';
import { IdParams, TrustedCertificateListResponse, TrustedCertificateSchema } from './schema';
import { listTrustedCertificates } from './trustedCertificateQueries';
import { fileTooLarge, uploadedBytes } from './uploadErrors';

const TAGS = ['Chứng thư số tin cậy'];
/** A certificate is one or two kilobytes; a PEM bundle of a few, tens. */
export const CERTIFICATE_LIMIT_BYTES = 64 * 1024;

/**
 * The CA certificates trusted for ký số verification (root and intermediate CAs of the licensed providers), kept by
 * the administrator: list, add (PEM or DER, a CA certificate only), deactivate.
 */
export const trustedCertificateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, now }) => {
  app.get(
    '/api/trusted-certificates',
    { config: { access: 'trustedCertificate.manage' }, schema: { tags: TAGS, summary: 'Danh sách chứng thư số CA tin cậy', response: { 200: TrustedCertificateListResponse } } },
    async (req) => {
      authorize(req);
      return { items: await listTrustedCertificates(db) };
    },
  );

  app.post(
    '/api/trusted-certificates',
    {
      config: { access: 'trustedCertificate.manage' },
      bodyLimit: CERTIFICATE_LIMIT_BYTES,
      schema: { tags: TAGS, summary: 'Thêm chứng thư số CA tin cậy (tệp PEM hoặc DER là nội dung yêu cầu)', response: { 201: TrustedCertificateSchema } },
      errorHandler: fileTooLarge(CERTIFICATE_LIMIT_BYTES),
    },
    async (req, reply) => {
      const user = authorize(req);
      const bytes = uploadedBytes(req.body);
      if (bytes.length === 0) throw validation([{ path: 'file', message: 'Tệp chứng thư: chưa chọn tệp hoặc tệp rỗng' }]);
      return reply.code(201).send(await addTrustedCertificate(db, auditContext(req), { bytes, userId: user.userId, asOf: now() }));
    },
  );

  app.post(
    '/api/trusted-certificates/:id/deactivate',
    { config: { access: 'trustedCertificate.manage' }, schema: { tags: TAGS, summary: 'Ngừng tin cậy một chứng thư số CA', params: IdParams, response: { 200: TrustedCertificateSchema } } },
    async (req) => {
      const user = authorize(req);
      return deactivateTrustedCertificate(db, auditContext(req), { id: req.params.id, userId: user.userId, asOf: now() });
    },
  );
};
