import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { fieldLabel } from '../shared/fieldLabels';
import { BAD_CHARACTER_MESSAGES, findBadCharacter, printable, SINGLE_LINE_FIELDS } from '../shared/textCharacters';
import { AppError, type ErrorCode, type FieldError } from './errors';

/**
 * What reaches the app before any route does, answered in the app's error shape and in Vietnamese like the rest:
 * text with characters no field may hold, addresses that are too long or badly encoded, malformed HTTP, and bodies
 * refused before they were read (which are drained first, so that the client reads the answer instead of a reset).
 */

/** Longest address (path and query) the server reads; longer ones are answered 414. */
export const MAX_URL_LENGTH = 4096;
/** Longest path parameter the router matches: as long as the address, so a long id reaches validation (400) or 414. */
export const MAX_PARAM_LENGTH = MAX_URL_LENGTH;
/** A body refused unread is drained up to this many times the route's body limit, and for at most this long. */
const DRAIN_FACTOR = 4;
const DRAIN_TIMEOUT_MS = 30_000;
/** At most this many bad fields are named in one answer. */
const MAX_FIELDS = 20;
/** Deeper nesting than this is no form of ours (JSON bodies: strictJsonParser.ts). */
export const MAX_DEPTH = 64;

function errorBody(code: ErrorCode, message: string, fields: FieldError[] = []) {
  return { error: { code, message, fields } };
}

const INPUT_LABELS = { body: 'Dữ liệu gửi lên', querystring: 'Tham số truy vấn', params: 'Tham số đường dẫn' } as const;
type Part = keyof typeof INPUT_LABELS;

/** A parsed JSON object, or a query/params object (the query parser's objects have a prototype without Object's). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Every string and key of a body, query or path parameters that holds a character no field may hold (NUL and other
 * control characters, lone surrogates; line breaks and tabs in one-line fields), as field errors naming the field.
 * Iterative, so that deep nesting cannot overflow the stack.
 */
export function badTextFields(input: unknown, part: Part): FieldError[] {
  const fields: FieldError[] = [];
  const stack: { value: unknown; path: string[]; depth: number }[] = [{ value: input, path: [], depth: 0 }];
  const add = (path: string[], message: string) => {
    const at = path.map(printable).join('.');
    const label = at ? fieldLabel(at) : INPUT_LABELS[part];
    fields.push({ path: at, message: `${label}: ${message}` });
  };
  while (stack.length > 0 && fields.length < MAX_FIELDS) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const last = [...path].reverse().find((p) => !/^\d+$/.test(p));
      const singleLine = part !== 'body' || (last !== undefined && SINGLE_LINE_FIELDS.has(last));
      const bad = findBadCharacter(value, singleLine);
      if (bad) add(path, BAD_CHARACTER_MESSAGES[bad]);
      continue;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) continue;
    if (depth >= MAX_DEPTH) {
      add(path, `lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp)`);
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    // Pushed in reverse so that fields are reported in the order they were sent.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      const bad = Array.isArray(value) ? null : findBadCharacter(key, true);
      if (bad) {
        add([...path, key], `tên trường ${BAD_CHARACTER_MESSAGES[bad]}`);
        continue;
      }
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return fields;
}

/**
 * Reads and discards what is left of a request body the app answers without reading (too large, refused before
 * parsing). Answering first and closing would make the kernel reset the connection while the client is still
 * sending, and the client would see the reset instead of the answer. Bounded in bytes and time: past either, the
 * connection is closed after the answer.
 */
export function drainUnreadBody(raw: IncomingMessage, maxBytes: number): Promise<void> {
  // `complete` is undefined on injected requests (tests), which have no socket to reset.
  if (raw.complete !== false || raw.readableEnded || raw.destroyed) return Promise.resolve();
  const declared = Number(raw.headers['content-length']);
  if (declared > maxBytes) return Promise.resolve();
  return new Promise((resolve) => {
    let received = 0;
    const finish = () => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', finish);
      raw.off('close', finish);
      raw.off('error', finish);
      resolve();
    };
    const onData = (chunk: Buffer | string) => {
      received += chunk.length;
      if (received > maxBytes) finish();
    };
    const timer = setTimeout(finish, DRAIN_TIMEOUT_MS);
    raw.on('data', onData);
    raw.once('end', finish);
    raw.once('close', finish);
    raw.once('error', finish);
    raw.resume();
  });
}

/**
 * Router errors (Fastify's `frameworkErrors`): an address with bad percent-encoding or a path parameter over the
 * router's limit, answered in the app's shape instead of Fastify's English one.
 */
export function frameworkErrors(bodyLimit: number, headers: (url: string) => Record<string, string>) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply): void => {
    const [status, body] =
      err.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? [414, errorBody('URI_TOO_LONG', 'Đường dẫn quá dài.', [{ path: '', message: 'Đường dẫn: quá dài' }])]
        : err.code === 'FST_ERR_BAD_URL'
          ? [400, errorBody('BAD_REQUEST', 'Đường dẫn không hợp lệ: có đoạn mã hóa phần trăm (%) không đúng.', [{ path: '', message: 'Đường dẫn: mã hóa phần trăm (%) không hợp lệ' }])]
          : [400, errorBody('BAD_REQUEST', 'Yêu cầu không hợp lệ.', [{ path: '', message: 'Yêu cầu: không hợp lệ' }])];
    void drainUnreadBody(req.raw, DRAIN_FACTOR * bodyLimit).then(() => reply.code(status).headers(headers(req.url)).send(body));
  };
}

/**
 * Malformed HTTP (Fastify's `clientErrorHandler`), answered on the raw socket as Node would, but in the app's shape:
 * a request Node cannot parse (400), headers over Node's limit (431), a client too slow to send its request (408).
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', errorBody('REQUEST_TIMEOUT', 'Yêu cầu gửi đến quá chậm; hãy thử lại.')]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', errorBody('HEADERS_TOO_LARGE', 'Phần tiêu đề của yêu cầu quá lớn.', [{ path: '', message: 'Tiêu đề yêu cầu: quá lớn' }])]
        : [400, 'Bad Request', errorBody('BAD_REQUEST', 'Yêu cầu không đúng giao thức HTTP.', [{ path: '', message: 'Yêu cầu: không đúng giao thức HTTP' }])];
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(err);
}

/**
 * Answers over-long addresses and addresses of no route before the session is looked up (the access check would
 * otherwise refuse a POST to no route as a route without declared access, 403), and drains bodies left unread by an
 * error.
 */
export function installRequestGuards(app: FastifyInstance, bodyLimit: number): void {
  app.addHook('onRequest', async (req) => {
    if (req.url.length > MAX_URL_LENGTH) {
      throw new AppError('URI_TOO_LONG', `Đường dẫn quá dài (tối đa ${MAX_URL_LENGTH.toLocaleString('vi-VN')} ký tự).`, [{ path: '', message: 'Đường dẫn: quá dài' }]);
    }
    if (req.is404) throw new AppError('NOT_FOUND', `Không tìm thấy đường dẫn ${req.method} ${req.url.split('?')[0]}.`);
  });
  // Runs before the error handler: a 413, 414 or 415 is answered only after the body it refused is read.
  app.addHook('onError', async (req, reply) => {
    if (req.raw.complete !== false) return;
    await drainUnreadBody(req.raw, DRAIN_FACTOR * (req.routeOptions?.bodyLimit ?? bodyLimit));
    // Fastify closes the connection after a refused body, for the rest of it might follow; read whole, it may stay open.
    if (req.raw.complete) reply.removeHeader('connection');
  });
}

/** Printable ASCII without a space or '%': an address nothing is decoded from (the HTTP parser refuses raw controls). */
const PLAIN_URL = /^[\x21-\x24\x26-\x7e]*$/;

/**
 * Refuses text no field may hold, in body, query and path parameters alike, before validation: 400 naming each
 * field ("Họ và tên: chứa ký tự không hợp lệ (ký tự điều khiển)"). Installed after the session, so that a caller
 * without the role learns nothing from it.
 */
export function installTextGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    // The common GET, checked without walking anything: an address of printable ASCII with no percent-encoding decodes
    // to printable ASCII ('+' to a space), so its query and path parameters hold nothing to refuse.
    if (req.body === undefined && PLAIN_URL.test(req.url)) return;
    const fields = [...badTextFields(req.params, 'params'), ...badTextFields(req.query, 'querystring'), ...badTextFields(req.body, 'body')];
    if (fields.length > 0) {
      throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${fields.map((f) => f.message).join('; ')}`, fields);
    }
  });
}
