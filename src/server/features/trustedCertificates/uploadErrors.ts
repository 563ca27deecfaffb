import type { FastifyError } from 'fastify';
import { AppError } from '../../errors';

/**
 * A route error handler that answers a body over the route's limit by naming the `file` field and the limit in
 * Vietnamese; every other error goes on to the app's handler.
 */
export function fileTooLarge(limitBytes: number) {
  return (err: FastifyError) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const size = limitBytes >= 1024 * 1024 ? `${(limitBytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB` : `${Math.round(limitBytes / 1024)} KB`;
      throw new AppError('PAYLOAD_TOO_LARGE', `Tệp quá lớn: tối đa ${size}.`, [{ path: 'file', message: `Tệp: vượt quá dung lượng cho phép (${size})` }]);
    }
    throw err;
  };
}

/** The uploaded file as bytes: the request body itself (binary, or PEM sent as text). */
export function uploadedBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  return Buffer.alloc(0);
}
