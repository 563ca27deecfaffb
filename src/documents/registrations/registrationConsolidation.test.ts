import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { modelText } from '../layout/documentModel';
import { renderDocx } from '../layout/renderDocx';
import { docxText } from '../testing/extractText';
import { buildRegistrationConsolidationModel, consolidationRows, type RegistrationConsolidationData } from './buildRegistrationConsolidationModel';

const district: RegistrationConsolidationData = {
  level: 'district',
  campaign: kh34Campaign,
  body: { name: 'Huyện Giồng Riềng', kind: 'district' },
  parentBody: { name: 'Tỉnh Kiên Giang', kind: 'province' },
  recipient: 'Sở Nội vụ tỉnh Kiên Giang',
  scopeName: 'Huyện Giồng Riềng',
  groups: [
    {
      title: 'Cấp huyện',
      lines: [{ code: '906', name: 'Huyện Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ CCHC năm 2020', individualCount: 2, status: 'submitted' }],
    },
    {
      title: 'Cấp xã',
      lines: [
        { code: '30904', name: 'Thị trấn Giồng Riềng', content: 'Hoàn thành xuất sắc nhiệm vụ CCHC năm 2020', individualCount: 1, status: 'accepted' },
        { code: '30907', name: 'Xã Thạnh Hưng', content: 'Nội dung nháp', individualCount: 3, status: 'draft' },
        { code: '30910', name: 'Xã Thạnh Phước', content: null, individualCount: 0, status: null },
      ],
    },
  ],
  date: null,
};

describe('buildRegistrationConsolidationModel', () => {
  const text = modelText(buildRegistrationConsolidationModel(district));

  it('is addressed to Sở Nội vụ by the district, in the NĐ 30 layout', () => {
    expect(text).toContain('ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nỦY BAN NHÂN DÂN HUYỆN GIỒNG RIỀNG');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
    expect(text).toContain('TỔNG HỢP ĐĂNG KÝ THI ĐUA CHUYÊN ĐỀ');
    expect(text).toContain('của các đơn vị thuộc Huyện Giồng Riềng năm 2020');
    expect(text).toContain('Kính gửi: Sở Nội vụ tỉnh Kiên Giang');
  });

  it('has the table STT, Đơn vị, Nội dung đăng ký, Số cá nhân, Trạng thái, grouped with sent/total per group', () => {
    expect(text).toContain('STT | Đơn vị | Nội dung đăng ký | Số cá nhân | Trạng thái');
    expect(text).toContain('I. Cấp huyện (1/1 đơn vị đã đăng ký)');
    expect(text).toContain('II. Cấp xã (1/3 đơn vị đã đăng ký)');
    expect(text).toContain('1 | Thị trấn Giồng Riềng | Hoàn thành xuất sắc nhiệm vụ CCHC năm 2020 | 1 | Đã tiếp nhận');
    expect(text).toContain('2 | Xã Thạnh Hưng | Nội dung nháp | 3 | Đang soạn');
    expect(text).toContain('3 | Xã Thạnh Phước |  |  | Chưa đăng ký');
  });

  it('counts only sent forms (not drafts) and their people in the total', () => {
    expect(text).toContain('Tổng cộng: 2/4 đơn vị đã đăng ký thi đua, với 3 cá nhân.');
  });

  it('gives the same rows for XLSX, group in the first column', () => {
    const { header, rows } = consolidationRows(district);
    expect(header).toEqual(['Nhóm', 'STT', 'Mã đơn vị', 'Đơn vị', 'Nội dung đăng ký', 'Số cá nhân', 'Trạng thái']);
    expect(rows[3]).toEqual(['Cấp xã', '3', '30910', 'Xã Thạnh Phước', '', '', 'Chưa đăng ký']);
  });

  it('renders as a DOCX that opens with its table', async () => {
    const text = await docxText(await renderDocx(buildRegistrationConsolidationModel({ ...district, level: 'province', body: { name: 'Sở Nội vụ', kind: 'department' }, recipient: 'Ủy ban nhân dân tỉnh Kiên Giang', scopeName: 'tỉnh Kiên Giang' })));
    for (const expected of ['SỞ NỘI VỤ', 'Kính gửi: Ủy ban nhân dân tỉnh Kiên Giang', 'trên địa bàn tỉnh Kiên Giang năm 2020', 'Nội dung đăng ký', 'Thị trấn Giồng Riềng', 'Chưa đăng ký', 'THỦ TRƯỞNG CƠ QUAN']) {
      expect(text).toContain(expected);
    }
  });
});
