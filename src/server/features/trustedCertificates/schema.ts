import { z } from 'zod';

export const IdParams = z.strictObject({ id: z.uuid({ message: 'Mã chứng thư không hợp lệ' }) });

export { PdfSignatureReportSchema, TrustedCertificateListResponse, TrustedCertificateSchema } from '../../../shared/contracts/trustedCertificates';
