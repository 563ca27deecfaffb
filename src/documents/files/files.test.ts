import { describe, expect, it } from 'vitest';
import { contentDisposition, slugify } from './contentDisposition';
import { detectFileType } from './detectFileType';

describe('detectFileType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ'), 'application/pdf'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), 'image/jpeg'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'image/png'],
  ])('recognises %s from its first bytes', (_name, bytes, mime) => {
    expect(detectFileType(bytes)?.mimeType).toBe(mime);
  });

  it.each([
    ['a text file', Buffer.from('Bản đăng ký thi đua')],
    ['an empty file', Buffer.alloc(0)],
    ['a truncated PNG signature', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['"%PDF" without the dash', Buffer.from('%PDF1.7')],
    ['a ZIP (DOCX)', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
    ['a GIF', Buffer.from('GIF89a')],
  ])('refuses %s', (_name, bytes) => {
    expect(detectFileType(bytes)).toBeNull();
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('Bản đăng ký - Đông Hồ.docx')).toBe(
      `attachment; filename="Ban dang ky - Dong Ho.docx"; filename*=UTF-8''B%E1%BA%A3n%20%C4%91%C4%83ng%20k%C3%BD%20-%20%C4%90%C3%B4ng%20H%E1%BB%93.docx`,
    );
  });

  it('cannot be broken out of by quotes, semicolons or line breaks', () => {
    const header = contentDisposition('a";\r\nSet-Cookie: x=1 (1)*.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename="')[1].split('"')[0]).toBe('a____Set-Cookie: x=1 (1)*.pdf');
    expect(header).toContain(`filename*=UTF-8''a%22%3B__Set-Cookie%3A%20x%3D1%20%281%29%2A.pdf`);
  });
});

describe('slugify', () => {
  it('folds Vietnamese to a file-name slug', () => {
    expect(slugify('Thị trấn Giồng Riềng')).toBe('thi-tran-giong-rieng');
    expect(slugify('  ')).toBe('tep');
  });
});
