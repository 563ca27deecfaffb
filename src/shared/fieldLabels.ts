/**
 * Vietnamese names of fields, so that every error names the field the way the form does.
 * Keyed by the last segment of the field path.
 */
export const FIELD_LABELS: Record<string, string> = {
  username: 'Tên đăng nhập',
  password: 'Mật khẩu',
  currentPassword: 'Mật khẩu hiện tại',
  newPassword: 'Mật khẩu mới',
  fullName: 'Họ và tên',
  email: 'Thư điện tử',
  role: 'Vai trò',
  orgUnitId: 'Đơn vị',
  active: 'Trạng thái hoạt động',
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  shortName: 'Tên viết tắt',
  kind: 'Loại đơn vị',
  adminType: 'Loại hành chính',
  parentCode: 'Mã đơn vị cấp trên',
  parentId: 'Đơn vị cấp trên',
  parUnitLevel: 'Cấp đơn vị chuyên trách CCHC',
  eraId: 'Thời kỳ',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  q: 'Từ khóa tìm kiếm',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  candidatePage: 'Trang danh sách tập thể, cá nhân có thể đề nghị',
  candidatePageSize: 'Số dòng mỗi trang của danh sách tập thể, cá nhân có thể đề nghị',
  id: 'Mã định danh',
  format: 'Định dạng',
  dryRun: 'Chạy thử',
  file: 'Tệp',
  fileName: 'Tên tệp',
  action: 'Hành động',
  entityType: 'Loại đối tượng',
  from: 'Từ ngày',
  to: 'Đến ngày',
  mustChangePassword: 'Bắt buộc đổi mật khẩu',
  // PAR results, ratings, holiday calendars, eligibility (issue 4); "year" is shared with campaigns.
  blockCode: 'Khối xếp hạng',
  selfScore: 'Điểm tự đánh giá',
  appraisedScore: 'Điểm thẩm định',
  surveyScore: 'Điểm điều tra xã hội học',
  publishedTotal: 'Tổng điểm công bố',
  publishedClassification: 'Xếp loại công bố',
  source: 'Nguồn',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  signer: 'Người ký',
  signerName: 'Họ và tên người ký',
  signerPosition: 'Chức vụ người ký',
  proposalDate: 'Ngày Tờ trình',
  number: 'Số văn bản',
  blocks: 'Các khối xếp loại',
  bands: 'Các mức xếp loại',
  maxPoints: 'Điểm tối đa',
  minPercent: 'Ngưỡng (%)',
  classification: 'Xếp loại',
  overall: 'Xếp loại chất lượng',
  parTask: 'Xếp loại thực hiện nhiệm vụ CCHC',
  subject: 'Đối tượng',
  compliance: 'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước',
  solidarity: 'Nội bộ đoàn kết',
  excellent: 'Thực hiện xuất sắc các nhiệm vụ CCHC được giao',
  directlyDoesParWork: 'Trực tiếp thực hiện nhiệm vụ CCHC (ưu tiên)',
  totalPoints: 'Tổng điểm',
  communeUnitId: 'Đơn vị cấp xã',
  decisionReference: 'Số, ký hiệu văn bản công nhận',
  recognisedAt: 'Ngày công nhận',
  holidays: 'Ngày nghỉ',
  compensatoryWorkdays: 'Ngày làm bù',
  date: 'Ngày',
  overrides: 'Ngưỡng tiêu chuẩn thử',
  criteria: 'Tiêu chí',
  classes: 'Nhóm xếp hạng',
  minRating: 'Mức xếp loại tối thiểu',
  inputs: 'Dữ liệu thử',
  verdict: 'Kết quả',
  // Campaigns, registrations, consolidations, initiatives
  // Giấy khen criteria (Khoản 2, Mục III)
  text: 'Nội dung tiêu chuẩn',
  issuerUnitId: 'Đơn vị ban hành',
  group: 'Nhóm',
  definition: 'Kế hoạch thi đua',
  planNumber: 'Số kế hoạch',
  planDate: 'Ngày ban hành kế hoạch',
  issuer: 'Cơ quan ban hành',
  theme: 'Chủ đề thi đua',
  year: 'Năm',
  status: 'Trạng thái',
  content: 'Nội dung đăng ký',
  individuals: 'Cá nhân đăng ký',
  personId: 'Cá nhân',
  position: 'Chức vụ, đơn vị công tác',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  version: 'Phiên bản',
  decision: 'Quyết định',
  reason: 'Lý do',
  note: 'Ghi chú',
  districtId: 'Huyện',
  registered: 'Tình trạng đăng ký',
  campaignId: 'Đợt thi đua',
  title: 'Tên sáng kiến, giải pháp',
  description: 'Mô tả',
  effect: 'Hiệu quả mang lại',
  periodFrom: 'Thời gian áp dụng từ',
  periodTo: 'Thời gian áp dụng đến',
  ruleSetFrom: 'Bộ tiêu chuẩn lấy từ',
};

/**
 * Labels that depend on what the form is about: there the same field name means something else ("name" of a
 * classification scheme is not a unit's name). Keyed by context, then by the last segment of the field path; a route
 * names its context in `config.fieldLabels`, and what a context does not name falls back to FIELD_LABELS.
 */
export const CONTEXT_FIELD_LABELS = {
  /** Feedback threads (phản ánh, vướng mắc): a unit's difficulty, its messages and attachments. */
  feedback: {
    subject: 'Tiêu đề phản ánh',
    body: 'Nội dung',
    campaignId: 'Đợt thi đua liên quan',
    status: 'Trạng thái',
    file: 'Tệp đính kèm',
    fileName: 'Tên tệp',
  },
  /** The public notices (công khai lấy ý kiến): a visitor's comment, its moderation, publishing and the campaign option. */
  /** The narrative parts of the year-end evaluation report (IV.3) the secretariat writes. */
  evaluationReport: {
    results: 'Đánh giá chung kết quả',
    limits: 'Hạn chế, tồn tại',
    lessons: 'Bài học kinh nghiệm',
    proposals: 'Đề xuất, kiến nghị',
  },
  publicNotice: {
    authorName: 'Họ và tên người góp ý',
    contact: 'Thông tin liên hệ',
    body: 'Nội dung góp ý',
    entryNo: 'Góp ý cho (số thứ tự trong danh sách)',
    decision: 'Kết quả duyệt',
    note: 'Ghi chú khi duyệt',
    title: 'Tiêu đề thông báo',
    enabled: 'Công khai lấy ý kiến',
    commentDays: 'Số ngày lấy ý kiến',
  },
  /** PUT /api/classification-schemes/{id}. */
  classificationScheme: {
    id: 'Mã phương án xếp loại',
    name: 'Tên phương án xếp loại',
    validFrom: 'Năm áp dụng',
    source: 'Văn bản ban hành',
  },
  /** PUT /api/campaigns/{id}/unit-merit-criteria/{issuerUnitId}: the list of { code, text }. */
  unitMeritCriteria: {
    code: 'Mã tiêu chuẩn',
  },
  /** PUT /api/campaigns/{id}/rule-set and POST …/rule-set/copy: a campaign's Bằng khen rule set. */
  ruleSet: {
    ruleSet: 'Bộ tiêu chuẩn',
    id: 'Mã bộ tiêu chuẩn',
    awardForm: 'Hình thức khen thưởng',
    source: 'Văn bản căn cứ',
    collective: 'Quy định đối với tập thể',
    individual: 'Quy định đối với cá nhân',
    preconditions: 'Điều kiện chung của tập thể',
    bases: 'Tiêu chuẩn của tập thể',
    basis: 'Mã tiêu chuẩn',
    criteria: 'Điều kiện của tiêu chuẩn',
    conditions: 'Điều kiện đối với cá nhân',
    code: 'Mã tiêu chí',
    kind: 'Loại tiêu chí',
    label: 'Nội dung',
    ref: 'Trích dẫn',
    clause: 'Điều khoản',
    unitKinds: 'Loại đơn vị là đối tượng thi đua',
    appliesToUnitKinds: 'Loại đơn vị áp dụng',
    appliesToParUnitLevels: 'Cấp đơn vị chuyên trách CCHC',
    which: 'Loại xác nhận',
    viaBases: 'Tiêu chuẩn của đơn vị',
    viaProposedBases: 'Tiêu chuẩn của đơn vị (có đề nghị)',
    from: 'Bộ tiêu chuẩn lấy từ',
  },
  /** The routes of a council session (/api/council-sessions/…): its details, members, agenda and votes. */
  councilSession: {
    title: 'Tên phiên họp',
    heldAt: 'Thời gian họp',
    place: 'Địa điểm họp',
    quorumPercent: 'Tỷ lệ thành viên tối thiểu dự họp (%)',
    passRule: 'Cách tính kết quả biểu quyết',
    members: 'Thành viên Hội đồng',
    fullName: 'Họ và tên thành viên',
    position: 'Chức vụ',
    councilRole: 'Vai trò trong Hội đồng',
    orgUnitId: 'Đơn vị công tác',
    userId: 'Tài khoản thành viên',
    attendance: 'Tình hình tham dự',
    dossierIds: 'Hồ sơ đưa ra xét',
    votes: 'Biểu quyết',
    memberId: 'Thành viên',
    dossierId: 'Hồ sơ',
    vote: 'Ý kiến biểu quyết',
  },
} as const satisfies Record<string, Readonly<Record<string, string>>>;

export type FieldLabelContext = keyof typeof CONTEXT_FIELD_LABELS;

/** The label of a field name in a table, own keys only: "constructor" or "__proto__" in a path is no field of ours. */
function ownLabel(labels: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(labels, name) ? labels[name] : undefined;
}

/**
 * "orgUnitId" → "Đơn vị"; "individuals.0.fullName" → "Họ và tên (mục 1)"; unknown → the path itself.
 * @param context what the form is about, when a field name means something else there ("name" of a scheme)
 */
export function fieldLabel(path: string, context?: FieldLabelContext): string {
  if (!path) return 'Dữ liệu gửi lên';
  const parts = path.split('.');
  // The label of the last named segment: "individuals.0" → the label of "individuals".
  const named = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? path;
  const label = (context && ownLabel(CONTEXT_FIELD_LABELS[context], named)) || ownLabel(FIELD_LABELS, named);
  if (!label) return path;
  // Rows of a list are numbered from 1, as people count them: "Họ và tên (mục 2)".
  const index = [...parts].reverse().find((p) => /^\d+$/.test(p));
  return index === undefined ? label : `${label} (mục ${Number(index) + 1})`;
}
