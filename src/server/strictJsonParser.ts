import type { FastifyInstance } from 'fastify';
import { fieldLabel } from '../shared/fieldLabels';
import { printable } from '../shared/textCharacters';
import { AppError } from './errors';
import { MAX_DEPTH } from './requestGuards';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A key no body of ours has, refused wherever it appears: assigned to a JavaScript object it replaces the object's
 * prototype instead of adding a field, so a schema that accepts any key (a record keyed by codes) would silently
 * drop it, and code that copies it would change what every lookup on that object finds.
 */
const PROTOTYPE_KEY = '__proto__';

/**
 * Stores Vietnamese in one form (NFC), whatever the client's keyboard produced; refuses a "__proto__" key, and nesting
 * deeper than any form of ours (JSON.parse reads any depth, but walking it would overflow the stack: a 500).
 */
function toNfc(value: unknown, path: string[] = []): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (path.length > MAX_DEPTH && value && typeof value === 'object') {
    const field = printable(path[0]);
    const message = `${fieldLabel(field)}: lồng nhau quá sâu (tối đa ${MAX_DEPTH} cấp)`;
    throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${message}`, [{ path: field, message }]);
  }
  if (Array.isArray(value)) return value.map((v, i) => toNfc(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const at = [...path, k];
        if (k === PROTOTYPE_KEY) {
          const where = at.join('.');
          throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${where}: Trường không được phép`, [{ path: where, message: `${where}: Trường không được phép` }]);
        }
        return [k, toNfc(v, at)];
      }),
    );
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
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      done(new AppError('BAD_REQUEST', 'Dữ liệu gửi lên không đúng định dạng JSON.', [{ path: '', message: 'Dữ liệu gửi lên: không đúng định dạng JSON' }]), undefined);
      return;
    }
    try {
      done(null, toNfc(parsed));
    } catch (err) {
      done(err as AppError, undefined);
    }
  });
}
