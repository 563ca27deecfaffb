import type { ClauseRef } from '../shared/ruleOutcome';
import type { CampaignDefinition } from './campaignDefinition';

/** How every clause of the reference plan is cited (NĐ 30/2020 date style: "03/3/2020"). */
export const KH34_SOURCE = 'Kế hoạch số 34/KH-UBND ngày 03/3/2020';

function ref(clause: string): ClauseRef {
  return { clause, source: KH34_SOURCE };
}

/**
 * The reference campaign: Kế hoạch số 34/KH-UBND ngày 03/3/2020 of UBND tỉnh Kiên Giang, "thi đua chuyên đề về
 * thực hiện nhiệm vụ cải cách hành chính năm 2020" (`docs/plan/ke-hoach-34-KH-UBND-2020.md`).
 *
 * Text is copied verbatim from the plan wherever the plan fixes it, with these deliberate choices:
 * - The theme is the one in the plan body (I.3, "… đáp ứng yêu cầu phục vụ Nhân dân"). The annex registration form
 *   prints a different wording ("… hướng tới sự hài lòng của tổ chức và cá nhân"); the plan body wins.
 * - The achievement report is "Mẫu số 7" as the plan writes it; the decree numbers it 07 (GLOSSARY).
 * - The registration deadline "Đến hết tháng 3/2020" (II.3.b) is stored as 2020-03-31, end of day +07:00.
 * - The plan fixes no number of excellent-group collectives (III.4.a, first bullet), hence `limit: null`.
 * - District codes are the GSO codes of `data/kien-giang-2020-units.json` (906 Giồng Riềng, 903 Hòn Đất).
 */
export const kh34Campaign: CampaignDefinition = {
  planNumber: '34/KH-UBND',
  planDate: '2020-03-03',
  issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
  signer: { fullName: 'Lê Thị Minh Phụng', authority: 'KT. CHỦ TỊCH', position: 'PHÓ CHỦ TỊCH' },
  place: 'Kiên Giang',
  grounds: [
    'Căn cứ Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch cải cách hành chính nhà nước giai đoạn 2016-2020; Quyết định số 609/QĐ-TTg ngày 04 tháng 5 năm 2017 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 225/QĐ-TTg ngày 04 tháng 02 năm 2016 của Thủ tướng Chính phủ;',
    'Thực hiện Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh về công tác cải cách hành chính năm 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch thi đua chuyên đề về thực hiện nhiệm vụ cải cách hành chính (CCHC) năm 2020, như sau:',
  ],
  theme:
    'Tăng cường kỷ luật, kỷ cương hành chính, nâng cao đạo đức, văn hóa công vụ đáp ứng yêu cầu phục vụ Nhân dân',
  purposes: [
    {
      text: 'Phát huy vai trò của từng tập thể và cá nhân trong việc tổ chức, triển khai thực hiện thắng lợi nhiệm vụ CCHC năm 2020 theo Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh về công tác CCHC năm 2020, góp phần thực hiện đạt các mục tiêu trong Chương trình tổng thể CCHC nhà nước giai đoạn 2016-2020 trên địa bàn tỉnh.',
      ref: ref('Điểm a, Khoản 1, Mục I'),
    },
    {
      text: 'Tạo ra phong trào thi đua sôi nổi, rộng khắp trong cán bộ, công chức các cơ quan hành chính nhà nước các cấp, góp phần thực hiện hoàn thành các nhiệm vụ CCHC năm 2020.',
      ref: ref('Điểm b, Khoản 1, Mục I'),
    },
  ],
  requirements: [
    {
      text: 'Phong trào thi đua chuyên đề về thực hiện nhiệm vụ CCHC năm 2020 được phát động sâu rộng tới cán bộ, công chức trong các cơ quan hành chính nhà nước và được đăng ký tham gia một cách tự nguyện với phương châm: Thiết thực, hiệu quả, không phô trương hình thức.',
      ref: ref('Điểm a, Khoản 2, Mục I'),
    },
    {
      text: 'Việc bình xét thi đua, khen thưởng phải đảm bảo kịp thời, dân chủ, khách quan, đúng đối tượng, tiêu chuẩn và thành tích đạt được của tập thể, cá nhân theo kế hoạch.',
      ref: ref('Điểm b, Khoản 2, Mục I'),
    },
  ],
  contents: [
    {
      text: 'Thi đua thực hiện các nội dung của Kế hoạch số 164/KH-UBND ngày 09 tháng 12 năm 2019 của Ủy ban nhân dân tỉnh Kiên Giang.',
      ref: ref('Điểm a, Khoản 1, Mục II'),
    },
    {
      text: 'Thi đua trong việc đề xuất các giải pháp, sáng kiến trong thực hiện nhiệm vụ CCHC tạo sự chuyển biến có tính đột phá, mang lại hiệu quả thiết thực, nâng cao sự hài lòng của tổ chức và cá nhân đối với sự phục vụ của cơ quan hành chính nhà nước.',
      ref: ref('Điểm b, Khoản 1, Mục II'),
    },
  ],
  participants: {
    collectiveKinds: ['department', 'district', 'commune', 'par_unit_province', 'par_unit_district'],
    collectives: {
      text: 'Các cơ quan hành chính nhà nước thuộc Ủy ban nhân dân tỉnh (sau đây gọi tắt là sở, ban, ngành tỉnh); Ủy ban nhân dân các huyện, thành phố; Ủy ban nhân dân các xã phường, thị trấn; phòng, đơn vị chuyên trách tham mưu về công tác CCHC của tỉnh (Phòng Cải cách hành chính và Tổ chức phi chính phủ - Sở Nội vụ; Trung tâm Phục vụ hành chính công - Văn phòng UBND tỉnh), Phòng Nội vụ cấp huyện.',
      ref: ref('Điểm a, Khoản 2, Mục II'),
    },
    individuals: {
      text: 'Cán bộ, công chức của các cơ quan được nêu tại Điểm a, Khoản này được giao nhiệm vụ thực hiện công tác CCHC.',
      ref: ref('Điểm b, Khoản 2, Mục II'),
    },
  },
  year: 2020,
  legalBasis: 'NĐ 91/2017/NĐ-CP',
  registrationDeadline: {
    date: '2020-03-31',
    timeZone: 'Asia/Ho_Chi_Minh',
    ref: ref('Điểm b, Khoản 3, Mục II'),
  },
  dossierWindow: { days: 15, from: 'par_publication', ref: ref('Điểm c, Khoản 3, Mục II') },
  awardForms: [
    {
      code: 'provincial_merit',
      label: 'Bằng khen của Chủ tịch UBND tỉnh',
      fullName: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      issuer: 'Chủ tịch Ủy ban nhân dân tỉnh',
      criteriaOwner: 'campaign',
      criteriaText:
        'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh tặng tập thể, cá nhân dựa trên kết quả xếp hạng Chỉ số CCHC năm 2020 của Ủy ban nhân dân tỉnh. Riêng phòng, đơn vị chuyên trách tham mưu công tác CCHC cấp tỉnh còn phải đạt danh hiệu do cơ quan có thẩm quyền công nhận tại Tiết 3, Điểm a, Khoản 1, Mục này.',
      ref: ref('Khoản 1 và Khoản 3, Mục III'),
    },
    {
      code: 'unit_merit',
      label: 'Giấy khen',
      fullName: 'Giấy khen',
      issuer: 'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện',
      criteriaOwner: 'issuing_head',
      criteriaText: 'Do Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân cấp huyện quy định.',
      ref: ref('Khoản 2, Mục III'),
    },
  ],
  quotas: {
    excellentGroupCollectives: {
      limit: null,
      description:
        'Sở Nội vụ chủ trì, phối hợp với các cơ quan có liên quan chọn tập thể tiêu biểu trong nhóm xếp hạng xuất sắc (Kế hoạch không quy định số lượng)',
      ref: ref('Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III'),
    },
    communesPerDistrict: {
      limit: 1,
      description:
        'Mỗi huyện, thành phố chọn 01 đơn vị hành chính cấp xã đạt thành tích xuất sắc nhất trong công tác cải cách hành chính để đề nghị khen thưởng',
      ref: ref('Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'),
    },
    communesPerDistrictOverrides: [
      {
        districtCode: '906',
        districtName: 'Huyện Giồng Riềng',
        limit: 2,
        ref: ref('Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'),
      },
      {
        districtCode: '903',
        districtName: 'Huyện Hòn Đất',
        limit: 2,
        ref: ref('Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III'),
      },
    ],
    individualsPerCollective: {
      limit: 2,
      description: 'Các tập thể được chọn tổ chức bình xét 02 cá nhân tiêu biểu xuất sắc',
      ref: ref('Điểm b, Khoản 4, Mục III'),
    },
    individualsPerCommune: {
      limit: 1,
      description: 'Cấp xã chọn 01 cá nhân tiêu biểu xuất sắc',
      ref: ref('Điểm b, Khoản 4, Mục III'),
    },
  },
  requiredDossierDocuments: [
    {
      kind: 'submissionLetter',
      label: 'Tờ trình đề nghị khen thưởng',
      ref: ref('Gạch đầu dòng 1, Điểm c, Khoản 4, Mục III'),
    },
    {
      kind: 'councilMinutes',
      label: 'Biên bản họp Hội đồng Thi đua - Khen thưởng cơ quan trình',
      ref: ref('Gạch đầu dòng 2, Điểm c, Khoản 4, Mục III'),
    },
    {
      kind: 'achievementReport',
      label:
        'Báo cáo thành tích của tập thể, cá nhân theo Mẫu số 7 ban hành kèm theo Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      ref: ref('Gạch đầu dòng 3, Điểm c, Khoản 4, Mục III'),
    },
  ],
  dossierSubmission: {
    originalSets: 1,
    submitTo: 'Sở Nội vụ (Phòng Cải cách hành chính và Tổ chức phi chính phủ)',
    ref: ref('Điểm c, Khoản 4, Mục III'),
  },
  registrationContentDefault: 'Hoàn thành xuất sắc nhiệm vụ cải cách hành chính năm 2020',
  recipients: [
    'Bộ Nội vụ',
    'TT. HĐND tỉnh',
    'CT và các PCT, UBND tỉnh',
    'Các sở, ban, ngành tỉnh',
    'UBND các huyện, thành phố',
    'LĐVP, CVNC, P. HCTC',
    'Trung tâm PVHCC tỉnh',
    'Lưu: VT, bntam',
  ],
};
