import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import { modelText } from '../layout/documentModel';
import { renderDocx } from '../layout/renderDocx';
import { renderPdf } from '../layout/renderPdf';
import { docxText, pdfPages, pdfText } from '../testing/extractText';
import { buildAwardDecisionModel } from './buildAwardDecisionModel';
import { buildAwardProposalModel } from './buildAwardProposalModel';
import { renderCertificatesPdf } from './renderCertificates';

const campaign = { ...kh34Campaign, year: 2020 };
const achievement = 'Đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020';
const entries: AwardEntry[] = [
  { dossierId: 'd1', nomineeKind: 'unit', orgUnitId: 'u1', personId: null, name: 'Thị trấn Giồng Riềng', position: null, unitName: 'Thị trấn Giồng Riềng', achievement },
  // Decomposed input (as some keyboards send it): the documents must print it composed.
  { dossierId: 'd2', nomineeKind: 'person', orgUnitId: 'u2', personId: 'p1', name: 'Nguye\u0302\u0303n Thị Hương', position: 'Trưởng phòng Cải cách hành chính', unitName: 'Sở Nội vụ', achievement },
  { dossierId: 'd3', nomineeKind: 'person', orgUnitId: 'u2', personId: 'p2', name: 'Đặng Văn Ưng', position: 'Chuyên viên', unitName: 'Sở Nội vụ', achievement },
];
const decision = { number: '1234/QĐ-UBND', date: '2021-05-20' as const, signer: { name: 'Lê Thị Minh Phụng', position: 'Phó Chủ tịch' } };
const nfc = (s: string) => s.normalize('NFC');

describe('Tờ trình of Sở Nội vụ to the chairman (NĐ 30, Phụ lục III 1.4)', () => {
  const model = buildAwardProposalModel({ campaign, proposal: { number: '45/TTr-SNV', date: '2021-05-10', signer: { name: 'Trần Văn Nam', position: 'Giám đốc' } }, entries });

  it('has the TTr layout: number, Kính gửi the chairman, the counts and the annexed list', async () => {
    const text = await docxText(await renderDocx(model));
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('Số: 45/TTr-SNV');
    expect(text).toContain('Kiên Giang, ngày 10 tháng 5 năm 2021');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang.');
    expect(text).toContain('01 tập thể và 02 cá nhân');
    expect(text).toContain('(Kèm theo Tờ trình số 45/TTr-SNV ngày 10 tháng 5 năm 2021 của Sở Nội vụ)');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('Trần Văn Nam');
    for (const e of entries) expect(text).toContain(nfc(e.name));
  });

  it('leaves the number and date to be written by hand while drafting', () => {
    const draft = modelText(buildAwardProposalModel({ campaign, proposal: { number: null, date: null, signer: null }, entries }));
    expect(draft).toContain('Số:       /TTr-SNV');
    expect(draft).toContain('Kiên Giang, ngày ..... tháng ..... năm 2021');
  });
});

describe('Quyết định khen thưởng (NĐ 30, Phụ lục III 1.2/1.3), DOCX and PDF with the same text', () => {
  const model = buildAwardDecisionModel({ campaign, decision, proposal: { number: '45/TTr-SNV', date: '2021-05-10' }, entries });

  it('follows the decision template and lists exactly the awardees in its annex', async () => {
    const text = await docxText(await renderDocx(model));
    for (const line of [
      'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
      'Số: 1234/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10 tháng 5 năm 2021.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang cho 01 tập thể và 02 cá nhân',
      'Điều 2.',
      'Điều 3.',
      '- Như Điều 3;',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '(Kèm theo Quyết định số 1234/QĐ-UBND ngày 20 tháng 5 năm 2021 của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang)',
    ]) {
      expect(text).toContain(line);
    }
    const rows = text.split('\n').filter((l) => /^(Thị trấn|Ông \(bà\))/.test(l));
    expect(rows).toEqual(['Thị trấn Giồng Riềng', 'Ông (bà) Nguyễn Thị Hương, Trưởng phòng Cải cách hành chính, Sở Nội vụ', 'Ông (bà) Đặng Văn Ưng, Chuyên viên, Sở Nội vụ']);
  });

  it('prints the same awardees in the PDF, diacritics intact (NFC)', async () => {
    const text = nfc((await pdfText(await renderPdf(model))).replace(/\s+/g, ' '));
    expect(text).toContain('Nguyễn Thị Hương');
    expect(text).toContain('Đặng Văn Ưng');
    expect(text).toContain('Thị trấn Giồng Riềng');
    expect(text).toContain('Số: 1234/QĐ-UBND');
    expect(text).not.toContain('\u0302');
  }, 60_000);
});

describe('Bằng khen certificates (A4 landscape)', () => {
  const forDecision = { ...decision, issuer: campaign.issuer, place: campaign.place };

  it('prints one page per awardee, each naming exactly its awardee, the decision number and date', async () => {
    const pages = (await pdfPages(await renderCertificatesPdf(entries, forDecision))).map((p) => nfc(p.replace(/\s+/g, ' ')));
    expect(pages).toHaveLength(3);
    const names = entries.map((e) => nfc(e.name));
    pages.forEach((p, i) => {
      expect(p).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG');
      expect(p).toContain('TẶNG BẰNG KHEN');
      expect(p).toContain('Quyết định số 1234/QĐ-UBND ngày 20 tháng 5 năm 2021');
      expect(names.filter((n) => p.includes(n))).toEqual([names[i]]);
    });
    expect(pages[1]).toContain('Trưởng phòng Cải cách hành chính, Sở Nội vụ');
  }, 60_000);

  it('is landscape', async () => {
    const pdf = (await renderCertificatesPdf([entries[0]], forDecision)).toString('latin1');
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  }, 60_000);
});
