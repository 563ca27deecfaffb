import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { buildRegistrationConsolidationModel, type RegistrationConsolidationData } from '../registrations/buildRegistrationConsolidationModel';
import { pdfPages } from '../testing/extractText';
import { renderPdf } from './renderPdf';

/** A province list of `count` units in 15 districts, about ten pages at 180 units. */
function provinceList(count: number): RegistrationConsolidationData {
  const lines = Array.from({ length: count }, (_, i) => ({
    code: String(30000 + i),
    name: `Xã Thử Nghiệm ${i + 1}`,
    content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020, nâng cao chất lượng phục vụ người dân',
    individualCount: i % 3,
    status: 'accepted' as const,
  }));
  return {
    level: 'province',
    campaign: kh34Campaign,
    body: { name: 'Sở Nội vụ', kind: 'department' },
    parentBody: { name: 'Tỉnh Kiên Giang', kind: 'province' },
    recipient: 'Ủy ban nhân dân tỉnh Kiên Giang',
    scopeName: 'tỉnh Kiên Giang',
    groups: Array.from({ length: 15 }, (_, g) => ({ title: `Huyện ${g + 1}`, lines: lines.filter((_, i) => i % 15 === g) })),
    date: '2020-04-10',
  };
}

const SIGNATURE_TITLE = 'THỦ TRƯỞNG CƠ QUAN';

describe('multi-page documents (NĐ 30)', () => {
  it('numbers pages from the second one and repeats the table header on each', async () => {
    const pages = await pdfPages(await renderPdf(buildRegistrationConsolidationModel(provinceList(180))));
    expect(pages.length).toBeGreaterThanOrEqual(8);
    const lines = (text: string) => text.split('\n').map((l) => l.trim());
    expect(lines(pages[0])).not.toContain('1');
    pages.slice(1).forEach((text, i) => {
      // The number stands alone on its line (pdf.js gives the header's text after the body's).
      expect(lines(text), `page ${i + 2}`).toContain(String(i + 2));
      expect(text, `page ${i + 2}`).toContain('Nội dung đăng ký');
    });
  });

  // Each extra row moves the end of the table down a little, so across 30–45 rows (two pages) the signature block
  // falls at every height of the last page, including where it would otherwise start a page alone.
  it('never leaves the signature block alone on a page', async () => {
    // 177 rows is the ten-page province list whose signatures fell alone on page 11 before they were kept together.
    for (const count of [177, ...Array.from({ length: 16 }, (_, i) => 30 + i)]) {
      const pages = await pdfPages(await renderPdf(buildRegistrationConsolidationModel(provinceList(count))));
      const last = pages[pages.length - 1];
      expect(pages.filter((p) => p.includes(SIGNATURE_TITLE)), `${count} rows`).toHaveLength(1);
      expect(last, `${count} rows`).toContain(SIGNATURE_TITLE);
      expect(last, `${count} rows: the last page must carry table rows too`).toMatch(/Xã Thử Nghiệm \d+|Tổng cộng/);
    }
  }, 120_000);
});
