import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './foldDiacritics';
import { compareVietnamese, vietnameseSortKey } from './vietnameseSortKey';

describe('foldDiacritics', () => {
  it.each([
    ['Huyện Giồng Riềng', 'huyen giong rieng'],
    ['Huyện Hòn Đất', 'huyen hon dat'],
    ['Thị trấn  Dương Đông', 'thi tran duong dong'],
    ['Huye\u0302\u0323n Go\u0300 Quao', 'huyen go quao'], // decomposed input
    ['Sở Lao động - Thương binh và Xã hội', 'so lao dong - thuong binh va xa hoi'],
  ])('folds %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });
});

describe('vietnameseSortKey', () => {
  it('puts đ after d and ư after u, as the Vietnamese alphabet does', () => {
    const names = ['Đông Hòa', 'Dương Đông', 'Ưu Đàm', 'Uy Nỗ', 'Ăn Lộc', 'Âu Cơ', 'An Biên', 'Bình An'];
    expect([...names].sort(compareVietnamese)).toEqual([
      'An Biên', 'Ăn Lộc', 'Âu Cơ', 'Bình An', 'Dương Đông', 'Đông Hòa', 'Uy Nỗ', 'Ưu Đàm',
    ]);
  });

  it('orders tones after letters: a, à, ả, ã, á, ạ', () => {
    const words = ['ạ', 'á', 'ã', 'ả', 'à', 'a'];
    expect([...words].sort(compareVietnamese)).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });

  it('sorts a shorter word first ("An" before "Anh") because spaces sort before letters', () => {
    expect(['Anh Hùng', 'An Minh', 'An Biên'].sort(compareVietnamese)).toEqual(['An Biên', 'An Minh', 'Anh Hùng']);
  });

  it('gives the same key for composed and decomposed input', () => {
    expect(vietnameseSortKey('Giồng Riềng')).toBe(vietnameseSortKey('Giồng Riềng'.normalize('NFD')));
  });

  it('differs from naive code-point order where Vietnamese differs', () => {
    // Code points put "Đ" (U+0110) after "Z"; Vietnamese puts it between D and E.
    expect(compareVietnamese('Đất Đỏ', 'Giang Thành')).toBeLessThan(0);
    expect('Đất Đỏ' < 'Giang Thành').toBe(false);
  });
});
