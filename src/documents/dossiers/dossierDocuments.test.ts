import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { kh34Campaign } from '../../domain/campaigns/kh34Campaign';
import { modelText } from '../layout/documentModel';
import { renderDocx } from '../layout/renderDocx';
import { docxText } from '../testing/extractText';
import { buildAchievementReportModel } from './buildAchievementReportModel';
import { buildCouncilMinutesModel } from './buildCouncilMinutesModel';
import { buildSubmissionLetterModel } from './buildSubmissionLetterModel';
import type { DossierDocumentData } from './dossierDocumentData';

/** A fixed nomination: Huyện Châu Thành proposes Xã Minh Lương after the 2020 ranking. */
const commune: DossierDocumentData = {
  campaign: { ...kh34Campaign },
  proposingUnit: { name: 'Huyện Châu Thành', kind: 'district' },
  proposingParent: { name: 'Tỉnh Kiên Giang', kind: 'province' },
  proposingHeadName: 'Nguyễn Văn An',
  nominee: { kind: 'unit', name: 'Xã Minh Lương', unitKind: 'commune' },
  ranking: { decisionNumber: '512/QĐ-UBND', decisionDate: '2021-03-02', score: 87.5, rank: 1, groupSize: 10, groupLabel: 'xã, phường, thị trấn của huyện', className: 'Xuất sắc' },
  registrationContent: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
  rating: 'Hoàn thành xuất sắc nhiệm vụ',
  initiatives: [{ title: 'Một cửa điện tử liên thông cấp xã', recognition: 'Hội đồng sáng kiến huyện công nhận' }],
  meeting: {
    startsAt: '2021-03-08T01:00:00.000Z',
    endsAt: '2021-03-08T02:30:00.000Z',
    place: 'Hội trường UBND huyện Châu Thành',
    chair: 'Nguyễn Văn An',
    secretary: 'Trần Thị Bình',
    membersTotal: 5,
    membersPresent: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung'],
    tallies: [{ nomineeName: 'Xã Minh Lương', agree: 4, disagree: 0 }],
  },
  date: null,
  documentYear: 2021,
};

const person: DossierDocumentData = {
  ...commune,
  proposingUnit: { name: 'Sở Nội vụ', kind: 'department' },
  proposingParent: { name: 'Tỉnh Kiên Giang', kind: 'province' },
  nominee: { kind: 'person', fullName: 'Lê Thị Hoa', position: 'Trưởng phòng Cải cách hành chính', unitName: 'Sở Nội vụ', birthYear: 1980 },
  meeting: { ...commune.meeting!, tallies: [{ nomineeName: 'Lê Thị Hoa', agree: 2, disagree: 2 }] },
};

const GOLDEN_SUBMISSION_LETTER = `ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
Số:       /TTr-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày ..... tháng ..... năm 2021
TỜ TRÌNH
Về việc đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang cho tập thể đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020
Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang (qua Sở Nội vụ).
Căn cứ Kế hoạch số 34/KH-UBND ngày 03 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Kiên Giang về việc phát động thi đua chuyên đề “${kh34Campaign.theme}”;
Căn cứ Quyết định số 512/QĐ-UBND ngày 02/3/2021 công bố kết quả xếp hạng chỉ số cải cách hành chính năm 2020;
Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng ngày 08/3/2021,
Ủy ban nhân dân huyện Châu Thành kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang xét, tặng Bằng khen cho 01 tập thể đã có thành tích xuất sắc trong phong trào thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020, cụ thể như sau:
STT | Tên tập thể | Thành tích
1 | Ủy ban nhân dân xã Minh Lương | Đạt 87,5 điểm, xếp hạng 1/10 xã, phường, thị trấn của huyện, xếp loại Xuất sắc
(Kèm theo Biên bản họp Hội đồng Thi đua – Khen thưởng và Báo cáo thành tích của Xã Minh Lương.)
Kính trình Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang xem xét, quyết định./.
Nơi nhận:
- Như trên;
- Sở Nội vụ (Phòng CCHC và TCPCP);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH Nguyễn Văn An`;

const GOLDEN_COUNCIL_MINUTES = `ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
Số:       /BB-HĐTĐKT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày ..... tháng ..... năm 2021
BIÊN BẢN
Họp Hội đồng Thi đua – Khen thưởng xét đề nghị khen thưởng thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2020
Thời gian bắt đầu: 08 giờ 00 phút, ngày 08 tháng 3 năm 2021.
Địa điểm: Hội trường UBND huyện Châu Thành.
Thành phần tham dự:
- Chủ trì: Nguyễn Văn An, Chủ tịch Hội đồng.
- Thư ký: Trần Thị Bình.
- Thành viên có mặt: 4/5 thành viên Hội đồng, gồm: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường, Phạm Thị Dung.
Có mặt 4/5 thành viên; phiên xét khen thưởng cần ít nhất 4 (80% tổng số thành viên): đủ điều kiện tiến hành. (Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng.)
Nội dung:
Hội đồng Thi đua – Khen thưởng Ủy ban nhân dân huyện Châu Thành xem xét thành tích, đối chiếu tiêu chuẩn của Kế hoạch số 34/KH-UBND của Ủy ban nhân dân tỉnh Kiên Giang và biểu quyết đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang cho Xã Minh Lương. Kết quả biểu quyết như sau:
STT | Tập thể, cá nhân | Đồng ý | Không đồng ý | Tỷ lệ đồng ý | Kết quả
1 | Xã Minh Lương | 4 | 0 | 80% | Đề nghị khen thưởng
Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng.
Cuộc họp kết thúc vào 09 giờ 30 phút, ngày 08 tháng 3 năm 2021; biên bản đã được thông qua trước các thành viên dự họp./.
THƯ KÝ (ký, ghi rõ họ tên) Trần Thị Bình
CHỦ TRÌ (ký, ghi rõ họ tên, đóng dấu) Nguyễn Văn An`;

const GOLDEN_ACHIEVEMENT_REPORT = `ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH
ỦY BAN NHÂN DÂN XÃ MINH LƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày ..... tháng ..... năm 2021
BÁO CÁO THÀNH TÍCH
ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG
(Thành tích thi đua chuyên đề “${kh34Campaign.theme}” năm 2020)
Tên tập thể đề nghị: Ủy ban nhân dân xã Minh Lương
I. THÔNG TIN CHUNG
Tên tập thể: Ủy ban nhân dân xã Minh Lương.
Trực thuộc: Ủy ban nhân dân huyện Châu Thành.
II. THÀNH TÍCH ĐẠT ĐƯỢC
Thực hiện Kế hoạch số 34/KH-UBND ngày 03 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Kiên Giang về thi đua chuyên đề thực hiện nhiệm vụ cải cách hành chính năm 2020, tập thể đạt được các thành tích sau:
1. Nội dung đăng ký thi đua: Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020.
2. Kết quả xếp hạng chỉ số cải cách hành chính năm 2020 (Quyết định số 512/QĐ-UBND ngày 02/3/2021): đạt 87,5 điểm, xếp thứ 1/10 xã, phường, thị trấn của huyện, xếp loại Xuất sắc.
3. Đánh giá, xếp loại chất lượng năm 2020: Hoàn thành xuất sắc nhiệm vụ.
4. Sáng kiến, giải pháp cải cách hành chính được công nhận: 1 sáng kiến:
- Một cửa điện tử liên thông cấp xã (Hội đồng sáng kiến huyện công nhận).
III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG
Thành tích thi đua chuyên đề không dùng làm căn cứ đề nghị khen thưởng công trạng; không kê khai các hình thức khen thưởng trước đây.
XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG (ký, đóng dấu) Nguyễn Văn An
THỦ TRƯỞNG ĐƠN VỊ (ký, đóng dấu)`;

describe('dossier documents: golden text for a fixed nomination', () => {
  it('Tờ trình of Huyện Châu Thành for Xã Minh Lương', () => {
    expect(modelText(buildSubmissionLetterModel(commune))).toBe(GOLDEN_SUBMISSION_LETTER);
  });
  it('Biên bản drafted from the recorded council meeting', () => {
    expect(modelText(buildCouncilMinutesModel(commune))).toBe(GOLDEN_COUNCIL_MINUTES);
  });
  it('Báo cáo thành tích per Mẫu số 07', () => {
    expect(modelText(buildAchievementReportModel(commune))).toBe(GOLDEN_ACHIEVEMENT_REPORT);
  });
});

describe('dossier documents: variants', () => {
  it('a person: the report names them with birth year, position and unit, signed by them and confirmed by the head', () => {
    const text = modelText(buildAchievementReportModel(person));
    expect(text).toContain('Tên cá nhân đề nghị: Lê Thị Hoa, Trưởng phòng Cải cách hành chính, Sở Nội vụ');
    expect(text).toContain('Năm sinh: 1980.');
    expect(text).toContain('2. Kết quả của Sở Nội vụ xếp hạng chỉ số cải cách hành chính năm 2020');
    expect(text).toContain('NGƯỜI BÁO CÁO THÀNH TÍCH (ký, ghi rõ họ tên) Lê Thị Hoa');
    expect(text).toContain('THỦ TRƯỞNG ĐƠN VỊ\nXÁC NHẬN, ĐỀ NGHỊ (ký, đóng dấu) Nguyễn Văn An');
  });

  it('a person: the Tờ trình of a department signs as its head and names the person', () => {
    const text = modelText(buildSubmissionLetterModel(person));
    expect(text).toContain('Số:       /TTr-…');
    expect(text).toContain('1 | Ông (bà) Lê Thị Hoa, Trưởng phòng Cải cách hành chính, Sở Nội vụ |');
    expect(text).toContain('cho 01 cá nhân');
    expect(text).toMatch(/THỦ TRƯỞNG ĐƠN VỊ Nguyễn Văn An$/);
  });

  it('a vote short of a majority reads "Không đề nghị"', () => {
    expect(modelText(buildCouncilMinutesModel(person))).toContain('1 | Lê Thị Hoa | 2 | 2 | 40% | Không đề nghị');
  });

  it('a ranking published with its class only prints the class, never an empty score or rank', () => {
    const classOnly = { ...commune, ranking: { ...commune.ranking!, score: null, rank: null } };
    expect(modelText(buildAchievementReportModel(classOnly))).toContain('(Quyết định số 512/QĐ-UBND ngày 02/3/2021): xếp loại Xuất sắc.');
    expect(modelText(buildSubmissionLetterModel(classOnly))).toContain('1 | Ủy ban nhân dân xã Minh Lương | Xếp loại Xuất sắc');
  });

  it('without a recorded meeting, without a ranking and without initiatives: dots and plain statements, never invented data', () => {
    const bare = { ...commune, meeting: null, ranking: null, initiatives: [], rating: null, registrationContent: null, date: '2021-03-10' as const };
    const minutes = modelText(buildCouncilMinutesModel(bare));
    expect(minutes).toContain('Thời gian bắt đầu: …………………………');
    expect(minutes).toContain('- Thành viên có mặt: ……/…… thành viên Hội đồng.');
    expect(minutes).toContain('Kiên Giang, ngày 10 tháng 3 năm 2021');
    const report = modelText(buildAchievementReportModel(bare));
    expect(report).toContain('Kết quả xếp hạng chỉ số cải cách hành chính năm 2020: chưa công bố.');
    expect(report).toContain('công nhận: không có.');
    expect(report).toContain('1. Nội dung đăng ký thi đua: không có bản đăng ký thi đua.');
    expect(modelText(buildSubmissionLetterModel(bare))).toContain('Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng,');
  });
});

describe('dossier documents as DOCX', () => {
  it.each([
    ['Tờ trình', buildSubmissionLetterModel, ['TỜ TRÌNH', 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang (qua Sở Nội vụ).', '512/QĐ-UBND', 'Ủy ban nhân dân xã Minh Lương', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['Biên bản', buildCouncilMinutesModel, ['BIÊN BẢN', 'Hội trường UBND huyện Châu Thành', '4/5 thành viên', 'Đề nghị khen thưởng', 'THƯ KÝ', 'CHỦ TRÌ', 'Trần Thị Bình']],
    ['Báo cáo thành tích', buildAchievementReportModel, ['BÁO CÁO THÀNH TÍCH', 'đạt 87,5 điểm, xếp thứ 1/10', 'xếp loại Xuất sắc', 'Một cửa điện tử liên thông cấp xã', 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG']],
  ] as const)('%s parses back with its data, in Times New Roman on A4', async (_name, build, expected) => {
    const buffer = await renderDocx(build(commune));
    const text = await docxText(buffer);
    for (const e of expected) expect(text).toContain(e);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });
});
