import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldLabel, type FieldLabelContext } from '../shared/fieldLabels';
import { AppError, type FieldError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route's form is about, when a field name means something else there (src/shared/fieldLabels.ts). */
    fieldLabels?: FieldLabelContext;
  }
}

type ZodValidationItem = { instancePath: string; message: string; keyword: string; params: { keys?: string[] } };

/**
 * Turns the type provider's validation errors into field errors with Vietnamese field names.
 * @param context the label of the whole input (body, query …), for an error about it rather than a field
 * @param labels the route's label context (`config.fieldLabels`)
 */
export function zodFieldErrors(items: ZodValidationItem[], context: string, labels?: FieldLabelContext): FieldError[] {
  const fields: FieldError[] = [];
  for (const item of items) {
    const base = item.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (item.keyword === 'unrecognized_keys' && item.params.keys?.length) {
      for (const key of item.params.keys) {
        const path = base ? `${base}.${key}` : key;
        fields.push({ path, message: `${path}: Trường không được phép` });
      }
      continue;
    }
    const path = base;
    const label = path ? fieldLabel(path, labels) : context;
    // A schema's own message often names the field already ("Chủ đề thi đua không được để trống").
    const named = item.message.startsWith(label.replace(/ \(mục \d+\)$/, ''));
    fields.push({ path, message: named ? item.message : `${label}: ${item.message}` });
  }
  return fields;
}

/** At most this many field errors are answered, and this many named in the message. */
const MAX_FIELD_ERRORS = 50;
const MAX_MESSAGE_FIELDS = 10;

const CONTEXT_LABELS: Record<string, string> = {
  body: 'Dữ liệu gửi lên',
  querystring: 'Tham số truy vấn',
  params: 'Tham số đường dẫn',
  headers: 'Tiêu đề yêu cầu',
};

/**
 * One error shape for the whole API: `{ error: { code, message, fields } }`, Vietnamese, never a stack.
 * Unexpected errors are logged and answered with a generic 500.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply
        .code(err.statusCode)
        .headers(err.headers)
        .send({ error: { code: err.code, message: err.message, fields: err.fields } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const context = CONTEXT_LABELS[(err as FastifyError).validationContext ?? 'body'] ?? 'Dữ liệu';
      const items = err.validation as unknown as ZodValidationItem[];
      // A list of thousands of bad rows would otherwise be answered with a field error each, and a message joining them all.
      const fields = zodFieldErrors(items.slice(0, MAX_FIELD_ERRORS), context, req.routeOptions?.config?.fieldLabels).slice(0, MAX_FIELD_ERRORS);
      const shown = fields.slice(0, MAX_MESSAGE_FIELDS).map((f) => f.message).join('; ');
      const more = Math.max(items.length, fields.length) - Math.min(fields.length, MAX_MESSAGE_FIELDS);
      return reply.code(400).send({
        error: { code: 'VALIDATION', message: `Dữ liệu không hợp lệ — ${shown}${more > 0 ? ` (và ${more} lỗi khác)` : ''}`, fields },
      });
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({
        error: { code: 'PAYLOAD_TOO_LARGE', message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.', fields: [{ path: '', message: 'Dữ liệu gửi lên: quá lớn' }] },
      });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.code(415).send({
        error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Kiểu nội dung gửi lên không được hỗ trợ.', fields: [] },
      });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Malformed JSON, empty body with a JSON content type, and other client errors raised by Fastify.
      return reply.code(fe.statusCode).send({
        error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ: dữ liệu gửi lên không đúng định dạng JSON.', fields: [{ path: '', message: 'Dữ liệu gửi lên: không đúng định dạng JSON' }] },
      });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send({
      error: { code: 'INTERNAL', message: `Đã có lỗi hệ thống. Mã yêu cầu: ${req.id}. Dữ liệu đã lưu không bị ảnh hưởng.`, fields: [] },
    });
  });

  app.setNotFoundHandler((req, reply) => {
    reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Không tìm thấy đường dẫn ${req.method} ${req.url.split('?')[0]}.`, fields: [] } });
  });
}
