import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { detectFileType } from '../../../documents/files/detectFileType';
import type { AppDeps } from '../../deps';
import { validation } from '../../errors';
import { authorize } from '../../kit/session';
import { PdfSignatureReportSchema } from './schema';
import { fileTooLarge, uploadedBytes } from './uploadErrors';
import { verifyUploadedPdf } from './verifyUploadedPdf';

/**
 * Verification of the digital signatures (ký số) of a PDF, for any page that receives signed documents (the dossier
 * uses the same use case when a signed file is uploaded). Nothing is stored: the answer is the report.
 */
export const signatureRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config, now }) => {
  app.post(
    '/api/signatures/verify',
    {
      config: { access: 'signature.verify' },
      bodyLimit: config.uploadLimitBytes,
      schema: { tags: ['Chứng thư số tin cậy'], summary: 'Kiểm tra chữ ký số của tệp PDF (tệp là nội dung yêu cầu)', response: { 200: PdfSignatureReportSchema } },
      errorHandler: fileTooLarge(config.uploadLimitBytes),
    },
    async (req) => {
      authorize(req);
      const bytes = uploadedBytes(req.body);
      if (bytes.length === 0) throw validation([{ path: 'file', message: 'Tệp: chưa chọn tệp hoặc tệp rỗng' }]);
      // Judged by the content ("%PDF-"), never by the name or the declared type: an .exe renamed .pdf is refused.
      if (detectFileType(bytes)?.mimeType !== 'application/pdf') throw validation([{ path: 'file', message: 'Tệp: nội dung không phải PDF (kiểm tra theo nội dung tệp, không theo tên hay kiểu khai báo)' }]);
      return verifyUploadedPdf(db, bytes, now());
    },
  );
};
