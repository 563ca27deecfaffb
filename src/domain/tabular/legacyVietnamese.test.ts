import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, repairVietnameseText } from './legacyVietnamese';

/** Bytes written out as hex, e.g. '53 EB 20'. */
const hex = (text: string) => new Uint8Array(text.trim().split(/\s+/).map((h) => parseInt(h, 16)));
/** What an XLSX holds for legacy bytes: each byte read as Windows-1252. */
const asXlsxCell = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

// Real byte samples, written out by hand from the published tables (TCVN 5712 VN1 as in XFree86 tcvn.h; VNI-Windows
// as in xvnkb vni.h), not produced by the code under test.
const SAMPLES: { text: string; tcvn3: string; vni: string }[] = [
  {
    text: 'Ủy ban nhân dân tỉnh Kiên Giang',
    tcvn3: '9E 79 20 62 61 6E 20 6E 68 A9 6E 20 64 A9 6E 20 74 D8 6E 68 20 4B 69 AA 6E 20 47 69 61 6E 67',
    vni: '55 DB 79 20 62 61 6E 20 6E 68 61 E2 6E 20 64 61 E2 6E 20 74 E6 6E 68 20 4B 69 65 E2 6E 20 47 69 61 6E 67',
  },
  { text: 'Sở Nội vụ', tcvn3: '53 EB 20 4E E9 69 20 76 F4', vni: '53 F4 FB 20 4E 6F E4 69 20 76 75 EF' },
  {
    text: 'Huyện Giồng Riềng',
    tcvn3: '48 75 79 D6 6E 20 47 69 E5 6E 67 20 52 69 D2 6E 67',
    vni: '48 75 79 65 E4 6E 20 47 69 6F E0 6E 67 20 52 69 65 E0 6E 67',
  },
  { text: 'Xã Đông Hòa', tcvn3: '58 B7 20 A7 AB 6E 67 20 48 DF 61', vni: '58 61 F5 20 D1 6F E2 6E 67 20 48 6F F8 61' },
  { text: 'Phát triển', tcvn3: '50 68 B8 74 20 74 72 69 D3 6E', vni: '50 68 61 F9 74 20 74 72 69 65 E5 6E' },
  { text: 'Không', tcvn3: '4B 68 AB 6E 67', vni: '4B 68 6F E2 6E 67' },
];

describe('repairVietnameseText', () => {
  it.each(SAMPLES)('reads TCVN3 "$text" from an XLSX cell', ({ text, tcvn3 }) => {
    expect(repairVietnameseText(asXlsxCell(hex(tcvn3)))).toEqual({ text, repaired: 'tcvn3' });
  });

  it.each(SAMPLES)('reads VNI-Windows "$text" from an XLSX cell', ({ text, vni }) => {
    expect(repairVietnameseText(asXlsxCell(hex(vni)))).toEqual({ text, repaired: 'vni' });
  });

  it.each([
    ['Ph¸t triÓn', 'Phát triển', 'tcvn3'],
    ['Vieät Nam', 'Việt Nam', 'vni'],
    ['UÛY BAN NHAÂN DAÂN', 'ỦY BAN NHÂN DÂN', 'vni'],
    ['Huye\u0302\u0323n Go\u0300 Quao', 'Huyện Gò Quao', 'nfd'],
    ['Nguye\u0302\u0303n Va\u0306n U\u031bo\u031b\u0301c', 'Nguyễn Văn Ước', 'nfd'],
  ])('repairs %j to %j (%s)', (input, text, repaired) => {
    expect(repairVietnameseText(input)).toEqual({ text, repaired });
  });

  it.each([
    'Ủy ban nhân dân tỉnh Kiên Giang',
    'Hoà Bình', // VNI would read "Hồ Bình": already Vietnamese, so left alone
    'Cà Mau',
    'Tân An',
    'Kiên Giang',
    'QĐ-UBND',
    'HĐND tỉnh',
    '30904',
    'Phong trao thi dua',
    '-5',
    'café',
    'Zürich',
    'naïve',
    'Müller',
    'São Paulo',
    'José',
    'Hôtel',
    'Ñandú',
    '',
  ])('leaves %j as it is', (input) => {
    expect(repairVietnameseText(input)).toEqual({ text: input, repaired: false });
  });

  it('decodes a cell that reads as Vietnamese either way once the file is known to be TCVN3', () => {
    expect(repairVietnameseText('Cã')).toEqual({ text: 'Cã', repaired: false });
    expect(repairVietnameseText('Cã', 'tcvn3')).toEqual({ text: 'Có', repaired: 'tcvn3' });
    expect(repairVietnameseText('café', 'tcvn3')).toEqual({ text: 'café', repaired: false });
  });

  // Real words, written independently of the syllable rules of the code.
  const WORDS = (
    'Ủy ban nhân dân tỉnh Kiên Giang Sở Nội vụ Huyện Giồng Riềng Xã Đông Hòa Hoà Thuỷ khuỷu nghiêng người Quốc gì giữa ở ưu ' +
    'yêu xoay ngoằn khuya quyết chuyên trách thẩm định Bằng khen Chủ tịch hoàn thành xuất sắc nhiệm vụ cải cách hành chính ' +
    'Phòng Văn phòng Thống kê Trung tâm phục công Tập thể cá Hòn Đất Rạch Giá Phú Quốc Hà Tiên Tân Hiệp Châu Thành Gò Quao ' +
    'An Biên Minh Vĩnh Thuận U Kiên Lương Giang tiến bộ tiêu biểu đoàn kết gương mẫu chấp hành Có Không Tốt Khá Yếu Trung bình ' +
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Ước Phơn Bé Đễ huơ thuở khuếch huých oẳn'
  ).split(' ');

  it('never changes NFC Vietnamese text (property)', () => {
    const word = fc.constantFrom(...WORDS).chain((w) => fc.constantFrom(w, w.toLowerCase(), w.toUpperCase()));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', ', ', ' - ', '\n'), (words, sep) => {
        const text = words.join(sep);
        expect(repairVietnameseText(text)).toEqual({ text, repaired: false });
      }),
    );
  });

  it('never changes ASCII text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
      expect(repairVietnameseText(text)).toEqual({ text, repaired: false });
    }));
  });

  it('never changes NFC text with a character Windows-1252 lacks: it is genuine Unicode (property)', () => {
    const text = fc.tuple(fc.string({ unit: 'grapheme' }), fc.constantFrom('đ', 'ư', 'ạ', '₫', '中', '😀'), fc.string({ unit: 'grapheme' }))
      .map((parts) => parts.join('').normalize('NFC'));
    fc.assert(fc.property(text, (t) => {
      expect(repairVietnameseText(t)).toEqual({ text: t, repaired: false });
    }));
  });
});

describe('decodeCsvBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
  const line = (text: string) => utf8(`${text}\r\n`);

  it.each([
    ['UTF-8 with a BOM', join(hex('EF BB BF'), utf8('Mã,Tên\r\n91,Sở Nội vụ\r\n')), 'Mã,Tên\r\n91,Sở Nội vụ\r\n'],
    ['UTF-8 without BOM', utf8('Mã,Tên\n91,Huyện Giồng Riềng\n'), 'Mã,Tên\n91,Huyện Giồng Riềng\n'],
    ['decomposed UTF-8, left for the codec to compose and report', utf8('Huye\u0302\u0323n'), 'Huye\u0302\u0323n'],
  ])('reads %s', (_case, bytes, text) => {
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads a TCVN3 file', () => {
    const bytes = join(line('Ma,Ten'), utf8('906,'), hex(SAMPLES[2].tcvn3), line(''), utf8('SNV,'), hex(SAMPLES[1].tcvn3), line(''), utf8('X,'), hex('43 E3'), line(''));
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Ma,Ten\r\n906,Huyện Giồng Riềng\r\nSNV,Sở Nội vụ\r\nX,Có\r\n', encoding: 'tcvn3' });
  });

  it('reads a VNI-Windows file', () => {
    const bytes = join(line('Ma,Ten'), utf8('91,'), hex(SAMPLES[0].vni), line(''), utf8('30904,'), hex(SAMPLES[3].vni), line(''));
    expect(decodeCsvBytes(bytes)).toEqual({ text: 'Ma,Ten\r\n91,Ủy ban nhân dân tỉnh Kiên Giang\r\n30904,Xã Đông Hòa\r\n', encoding: 'vni' });
  });

  it('reads a Windows-1258 file (Excel "CSV" on a Vietnamese Windows): base letters with combining tones', () => {
    // "Việt Nam": V i ê(EA) + dot below(F2) t; "Đông": Đ(D0) ô(F4) n g
    expect(decodeCsvBytes(hex('56 69 EA F2 74 20 4E 61 6D 2C D0 F4 6E 67'))).toEqual({ text: 'Việt Nam,Đông', encoding: 'windows-1258' });
  });

  it('falls back to Windows-1252 for Western text', () => {
    expect(decodeCsvBytes(hex('43 61 66 E9 2C 5A FC 72 69 63 68'))).toEqual({ text: 'Café,Zürich', encoding: 'windows-1252' });
  });
});
