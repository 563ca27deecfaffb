import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { buildRegistrationFormModel } from '../registrations/buildRegistrationFormModel';
import type { DocumentModel } from './documentModel';
import { renderDocx, renderDocxUncached } from './renderDocx';
import { renderPdf } from './renderPdf';

const registrationForm = buildRegistrationFormModel({
  campaign: { ...kh34Campaign },
  unit: { name: 'Thị trấn Giồng Riềng', kind: 'commune' },
  parentUnit: { name: 'Huyện Giồng Riềng', kind: 'district' },
  content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
  individuals: [{ fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND', unitName: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ <cải cách> & "hành chính"' }],
  preparedBy: 'Lê Văn Đễ',
  headName: 'Phạm Thị Hường',
  date: null,
});
const other: DocumentModel = { title: 'Báo cáo <thử> & "khác"', blocks: [{ kind: 'paragraph', runs: [{ text: 'Ưng, Ước, Đễ: chữ khác, thứ tự khác', bold: true }] }] };

/** Every part of a DOCX by path; the dates of core.xml, set at rendering, left out. */
async function parts(docx: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(docx);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) out.set(name, (await zip.file(name)!.async('string')).replace(/(<dcterms:\w+ xsi:type="dcterms:W3CDTF">)[^<]*/g, '$1'));
  return out;
}

describe('DOCX from the parts built once per process', () => {
  it('has the same parts, in the same order, with the same XML as the package docx builds whole', async () => {
    for (const model of [registrationForm, other, registrationForm]) {
      const cached = await parts(await renderDocx(model));
      const whole = await parts(await renderDocxUncached(model));
      expect([...cached.keys()]).toEqual([...whole.keys()]);
      for (const [name, xml] of whole) expect(cached.get(name), name).toBe(xml);
    }
  }, 60_000);
});

describe('PDF with the shaped words and glyphs shared between documents', () => {
  it('prints a document the same before and after another document used the same fonts', async () => {
    // Its streams (pages, fonts and their subsets), byte for byte; the dates, ids and offsets may change.
    const stable = (pdf: Buffer) => pdf.toString('latin1').match(/stream\n[\s\S]*?\nendstream/g);
    const first = stable(await renderPdf(registrationForm));
    await renderPdf(other);
    expect(stable(await renderPdf(registrationForm))).toEqual(first);
  }, 60_000);
});
