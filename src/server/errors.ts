/**
 * Error codes of the API, each with when it is thrown, mapped to an HTTP status in one table.
 * Every response body is `{ error: { code, message, fields: [{ path, message }] } }` with Vietnamese text.
 */
export const ERROR_STATUS = {
  /** Input failed validation; `fields` names each bad field. */
  VALIDATION: 400,
  /** The request body is not valid JSON or not valid UTF-8. */
  BAD_REQUEST: 400,
  /** No session, or it expired or was revoked. */
  UNAUTHENTICATED: 401,
  /** Wrong username or password. */
  INVALID_CREDENTIALS: 401,
  /** Mutating request without the session's CSRF token. */
  CSRF: 403,
  /** The role may not do this. */
  FORBIDDEN: 403,
  /** No such record, or outside the actor's scope (the two look the same on purpose). */
  NOT_FOUND: 404,
  /** Unique key taken, or a state that forbids the change. */
  CONFLICT: 409,
  /** The client sent its request too slowly. */
  REQUEST_TIMEOUT: 408,
  /** Body over the size limit. */
  PAYLOAD_TOO_LARGE: 413,
  /** The address (path and query) is longer than the server reads. */
  URI_TOO_LONG: 414,
  /** Unsupported content type. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** Too many failed logins. */
  TOO_MANY_ATTEMPTS: 429,
  /** Request headers over Node's size limit (answered before any route is found). */
  HEADERS_TOO_LARGE: 431,
  /** Anything unexpected; logged with the request id. */
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.statusCode = ERROR_STATUS[code];
  }
}

export const notFound = (what = 'Bản ghi') => new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.');
export const validation = (fields: FieldError[], message?: string) =>
  new AppError('VALIDATION', message ?? `Dữ liệu không hợp lệ: ${fields.map((f) => f.message).join('; ')}`, fields);
