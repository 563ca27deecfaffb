import { beforeAll, describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { renderPdf } from '../layout/renderPdf';
import { pdfPages } from '../testing/extractText';
import { buildRegistrationConsolidationModel, type RegistrationConsolidationData } from './buildRegistrationConsolidationModel';

/**
 * The ten-page province list as Sở Nội vụ prints it (issue 9 §7), rendered through the PDF path and read back page
 * by page: every page after the first carries its number (NĐ 30: numbering starts on page 2), no table row is cut
 * across two pages, the header row repeats, and the signature block shares the last page with the end of the table.
 *
 * Each row's content is unique and long enough to wrap over two or three lines, opened by «Dn» and closed by «Cn», so
 * a row split by a page break shows as its two markers on different pages.
 */
const DISTRICTS = ['Thành phố Rạch Giá', 'Thành phố Hà Tiên', 'Huyện Kiên Lương', 'Huyện Hòn Đất', 'Huyện Tân Hiệp', 'Huyện Châu Thành', 'Huyện Giồng Riềng', 'Huyện Gò Quao', 'Huyện An Biên', 'Huyện An Minh', 'Huyện Vĩnh Thuận', 'Thành phố Phú Quốc', 'Huyện Kiên Hải', 'Huyện U Minh Thượng', 'Huyện Giang Thành'];
const UNITS = 85;
const SIGNATURE_TITLE = 'THỦ TRƯỞNG CƠ QUAN';

function provinceList(): RegistrationConsolidationData {
  const lines = Array.from({ length: UNITS }, (_, i) => ({
    code: String(30000 + i),
    name: `Xã Thử Nghiệm ${i + 1}`,
    // Three lengths of content, so that rows of one, two and three lines fall at page ends.
    content: `«D${i + 1}» Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020${' và nâng cao chất lượng phục vụ người dân, doanh nghiệp'.repeat(i % 3)} «C${i + 1}»`,
    individualCount: i % 4,
    status: 'forwarded' as const,
  }));
  return {
    level: 'province',
    campaign: kh34Campaign,
    body: { name: 'Sở Nội vụ', kind: 'department' },
    parentBody: { name: 'Tỉnh Kiên Giang', kind: 'province' },
    recipient: 'Ủy ban nhân dân tỉnh Kiên Giang',
    scopeName: 'tỉnh Kiên Giang',
    groups: DISTRICTS.map((title, g) => ({ title, lines: lines.filter((_, i) => i % DISTRICTS.length === g) })),
    date: '2020-04-10',
  };
}

let pages: string[];
const linesOf = (text: string) => text.split('\n').map((l) => l.trim());
/** The pages (1-based) on which a marker appears. */
const pagesWith = (marker: string) => pages.flatMap((text, i) => (text.includes(marker) ? [i + 1] : []));

beforeAll(async () => {
  pages = await pdfPages(await renderPdf(buildRegistrationConsolidationModel(provinceList())));
}, 60_000);

describe('the ten-page province registration list in PDF', () => {
  it('is about ten pages long', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
    expect(pages.length).toBeLessThanOrEqual(12);
  });

  it('numbers every page from the second, each with its own number, and repeats the table header', () => {
    expect(linesOf(pages[0])).not.toContain('1');
    for (const [i, text] of pages.entries()) {
      if (i > 0) expect(linesOf(text), `page ${i + 1}`).toContain(String(i + 1));
      expect(text, `page ${i + 1}`).toContain('Nội dung đăng ký');
    }
  });

  it('never cuts a table row across two pages', () => {
    for (let n = 1; n <= UNITS; n++) {
      const start = pagesWith(`«D${n}»`);
      expect(start, `row ${n} starts once`).toHaveLength(1);
      expect(pagesWith(`«C${n}»`), `row ${n} ends on the page it starts`).toEqual(start);
    }
  });

  it('keeps the signature block on the last page, with the end of the table', () => {
    expect(pagesWith(SIGNATURE_TITLE)).toEqual([pages.length]);
    expect(pages[pages.length - 1]).toMatch(/«C\d+»|Tổng cộng/);
  });
});
