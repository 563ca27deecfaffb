import { foldDiacritics } from '../../domain/text/foldDiacritics';

/**
 * A Content-Disposition header for a download: `filename` with an ASCII-only fallback for old clients and
 * `filename*` (RFC 6266 / RFC 5987) with the Vietnamese name in UTF-8.
 *
 * @example contentDisposition('Bản đăng ký - Thị trấn Giồng Riềng.docx')
 * // attachment; filename="Ban dang ky - Thi tran Giong Rieng.docx"; filename*=UTF-8''B%E1%BA%A3n%20...
 */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = fileName.normalize('NFC').replace(/[\u0000-\u001f\u007f/\\]/g, '_').trim() || 'tep';
  const ascii = name
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! unescaped; RFC 5987 attr-char does not allow them.
  const encoded = encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** A file name safe in every OS made from Vietnamese text: "Thị trấn Giồng Riềng" → "thi-tran-giong-rieng". */
export function slugify(text: string): string {
  return foldDiacritics(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'tep';
}
