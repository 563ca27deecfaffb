import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Stores Vietnamese in one form (NFC), whatever the client's keyboard produced. */
function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(toNfc);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)]));
  }
  return value;
}

/**
 * JSON bodies must be valid UTF-8: Node would otherwise replace bad bytes with U+FFFD and store
 * corrupted Vietnamese text without telling anyone.
 */
export function installStrictJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    let text: string;
    try {
      text = decoder.decode(body);
    } catch {
      done(new AppError('BAD_REQUEST', 'Dữ liệu gửi lên không phải văn bản UTF-8 hợp lệ.', [{ path: '', message: 'Dữ liệu gửi lên: không phải UTF-8 hợp lệ' }]), undefined);
      return;
    }
    if (text.trim() === '') {
      done(null, {});
      return;
    }
    try {
      done(null, toNfc(JSON.parse(text)));
    } catch {
      done(new AppError('BAD_REQUEST', 'Dữ liệu gửi lên không đúng định dạng JSON.', [{ path: '', message: 'Dữ liệu gửi lên: không đúng định dạng JSON' }]), undefined);
    }
  });
}
