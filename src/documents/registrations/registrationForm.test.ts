import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { modelText } from '../layout/documentModel';
import { renderDocx } from '../layout/renderDocx';
import { renderPdf } from '../layout/renderPdf';
import { docxText, pdfText } from '../testing/extractText';
import { buildRegistrationFormModel, type RegistrationFormData } from './buildRegistrationFormModel';

const data: RegistrationFormData = {
  campaign: { ...kh34Campaign },
  unit: { name: 'Thị trấn Giồng Riềng', kind: 'commune' },
  parentUnit: { name: 'Huyện Giồng Riềng', kind: 'district' },
  content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
  individuals: [
    { fullName: 'Nguyễn Văn Ước', position: 'Chủ tịch UBND', unitName: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' },
    { fullName: 'Trần Thị Phơn', position: 'Công chức Văn phòng - Thống kê', unitName: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020' },
  ],
  preparedBy: 'Lê Văn Đễ',
  headName: 'Phạm Thị Hường',
  date: null,
};

describe('buildRegistrationFormModel', () => {
  const text = modelText(buildRegistrationFormModel(data));

  it('prints the NĐ 30 header: parent body, unit in caps, Quốc hiệu, Tiêu ngữ and a blank date to fill in', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN HUYỆN GIỒNG RIỀNG\nỦY BAN NHÂN DÂN THỊ TRẤN GIỒNG RIỀNG');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Kiên Giang, ngày ..... tháng ..... năm 2020');
  });

  it('prints the title, the theme in quotes and the annex line of the plan', () => {
    expect(text).toContain('BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ');
    expect(text).toContain(`“${kh34Campaign.theme}”\ntrên địa bàn tỉnh Kiên Giang năm 2020`);
    expect(text).toContain('(Kèm theo Kế hoạch số 34/KH-UBND ngày 03 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Kiên Giang)');
  });

  it('lists the collective, its content, each person with position and unit, and the shared content once', () => {
    expect(text).toContain('1. Tập thể: Ủy ban nhân dân thị trấn Giồng Riềng');
    expect(text).toContain('Đăng ký thi đua: Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020.');
    expect(text).toContain('2. Cá nhân:\n- Nguyễn Văn Ước, Chủ tịch UBND thị trấn Giồng Riềng\n- Trần Thị Phơn, Công chức Văn phòng - Thống kê, UBND thị trấn Giồng Riềng\nNội dung đăng ký: Hoàn thành');
  });

  it('signs with NGƯỜI LẬP BIỂU and THỦ TRƯỞNG CƠ QUAN (chữ ký, đóng dấu) and their names', () => {
    expect(text).toContain('NGƯỜI LẬP BIỂU Lê Văn Đễ');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN (chữ ký, đóng dấu) Phạm Thị Hường');
  });

  it('gives each person their own content when they differ, and says so when there is nobody', () => {
    const mixed = modelText(buildRegistrationFormModel({ ...data, individuals: [data.individuals[0], { ...data.individuals[1], content: 'Nội dung khác' }] }));
    expect(mixed).toContain('- Trần Thị Phơn, Công chức Văn phòng - Thống kê, UBND thị trấn Giồng Riềng. Nội dung đăng ký: Nội dung khác.');
    expect(modelText(buildRegistrationFormModel({ ...data, individuals: [] }))).toContain('(Không đăng ký cá nhân)');
  });

  it('has no parent line for a department, and a filled date in NĐ 30 style', () => {
    const model = buildRegistrationFormModel({ ...data, unit: { name: 'Sở Nội vụ', kind: 'department' }, parentUnit: { name: 'Tỉnh Kiên Giang', kind: 'province' }, date: '2020-03-05' });
    const t = modelText(model);
    expect(t).toContain('ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nSỞ NỘI VỤ');
    expect(t).toContain('Kiên Giang, ngày 05 tháng 3 năm 2020');
  });
});

describe('registration form as DOCX', () => {
  it('opens as a Word document with the header, theme, names and signatures, in Times New Roman', async () => {
    const buffer = await renderDocx(buildRegistrationFormModel(data));
    const text = await docxText(buffer);
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', kh34Campaign.theme, 'Nguyễn Văn Ước', 'Trần Thị Phơn', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG CƠ QUAN', 'BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ']) {
      expect(text).toContain(expected);
    }
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
  });

  it('normalises decomposed input to NFC', async () => {
    const decomposed = { ...data, preparedBy: 'Lê Văn Đễ'.normalize('NFD') };
    expect(await docxText(await renderDocx(buildRegistrationFormModel(decomposed)))).toContain('Lê Văn Đễ'.normalize('NFC'));
  });
});

describe('registration form as PDF', () => {
  it.each([
    ['Tinos (or Roboto when fonts-croscore is missing)', undefined],
    ['the bundled Roboto', '/nonexistent-font-dir'],
  ])('renders Vietnamese diacritics that extract back as the NFC input, with %s', async (_name, fontDir) => {
    const input = { ...data, preparedBy: 'Lê Văn Đễ'.normalize('NFD') };
    const buffer = await renderPdf(buildRegistrationFormModel(input), { fontDir });
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(buffer);
    // Composed letters come back, not base letters plus combining marks.
    expect(text).toBe(text.normalize('NFC'));
    for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BẢN ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ', 'Nguyễn Văn Ước', 'Trần Thị Phơn', 'Lê Văn Đễ', 'Phạm Thị Hường', 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG CƠ QUAN']) {
      expect(text).toContain(expected);
    }
    for (const letter of ['ư', 'ơ', 'Đ', 'ễ']) expect(text).toContain(letter);
  });
});
