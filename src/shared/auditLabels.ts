import { fieldLabel } from './fieldLabels';

/**
 * The Vietnamese names of everything the audit log records. `writeAudit` only accepts the actions and record types
 * listed here (see src/server/kit/audit.ts), so the compiler refuses an audit row the log could not name.
 */
export const AUDIT_ACTION_LABELS = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'orgTree.seed': 'Khởi tạo cây đơn vị',
  'orgUnit.create': 'Thêm đơn vị',
  'orgUnit.update': 'Sửa đơn vị',
  'orgUnit.import.create': 'Nhập tệp: thêm đơn vị',
  'orgUnit.import.update': 'Nhập tệp: cập nhật đơn vị',
  'user.bootstrapAdmin': 'Tạo tài khoản quản trị đầu tiên',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.activate': 'Kích hoạt tài khoản',
  'user.deactivate': 'Vô hiệu hóa tài khoản',
  'user.resetPassword': 'Cấp lại mật khẩu',
  'user.changePassword': 'Đổi mật khẩu',
  'user.emailNotifications': 'Bật/tắt nhận thông báo qua thư điện tử',
  'person.create': 'Thêm cá nhân',
  'person.update': 'Sửa thông tin cá nhân',
  'person.import.create': 'Nhập tệp: thêm cá nhân',
  'person.import.update': 'Nhập tệp: cập nhật cá nhân',
  'campaign.seed': 'Khởi tạo đợt thi đua mẫu',
  'campaign.create': 'Tạo đợt thi đua',
  'campaign.update': 'Sửa kế hoạch thi đua',
  'campaign.status': 'Chuyển trạng thái đợt thi đua',
  'campaign.clone': 'Sao chép đợt thi đua sang năm mới',
  'ruleSet.create': 'Thiết lập bộ tiêu chuẩn xét khen thưởng',
  'ruleSet.update': 'Sửa bộ tiêu chuẩn xét khen thưởng',
  'registration.create': 'Lập bản đăng ký thi đua',
  'registration.update': 'Sửa bản đăng ký thi đua',
  'registration.submit': 'Duyệt và gửi bản đăng ký',
  'registration.accept': 'Tiếp nhận bản đăng ký',
  'registration.return': 'Trả lại bản đăng ký',
  'registration.forward': 'Chuyển bản đăng ký lên cấp trên',
  'registration.lateOverride': 'Cho phép đăng ký muộn',
  'registration.import.create': 'Nhập tệp: thêm bản đăng ký',
  'registration.import.update': 'Nhập tệp: cập nhật bản đăng ký',
  'registration.signedScan.upload': 'Tải lên bản ký, đóng dấu',
  'registrationSummary.forward': 'Gửi tổng hợp đăng ký của huyện',
  'registrationSummary.forwardProvince': 'Chốt tổng hợp đăng ký toàn tỉnh',
  'initiative.create': 'Thêm sáng kiến',
  'initiative.update': 'Sửa sáng kiến',
  'initiative.delete': 'Xóa sáng kiến',
  'classificationScheme.create': 'Thêm phương án xếp loại Chỉ số CCHC',
  'classificationScheme.update': 'Sửa phương án xếp loại Chỉ số CCHC',
  'parHistory.seed': 'Nạp kết quả Chỉ số CCHC các năm trước',
  'parResult.create': 'Nhập điểm Chỉ số CCHC',
  'parResult.update': 'Sửa điểm Chỉ số CCHC',
  'parResult.import.create': 'Nhập tệp: thêm điểm Chỉ số CCHC',
  'parResult.import.update': 'Nhập tệp: cập nhật điểm Chỉ số CCHC',
  'parPublication.create': 'Công bố và chốt kết quả Chỉ số CCHC',
  'communeParResult.create': 'Huyện nhập kết quả CCHC của xã',
  'communeParResult.update': 'Huyện sửa kết quả CCHC của xã',
  'communeParResult.delete': 'Huyện xóa kết quả CCHC của xã',
  'districtParPublication.create': 'Huyện công bố kết quả CCHC các xã',
  'rating.create': 'Nhập xếp loại',
  'rating.update': 'Sửa xếp loại',
  'rating.delete': 'Xóa xếp loại',
  'attestation.create': 'Xác nhận của thủ trưởng',
  'attestation.update': 'Sửa xác nhận của thủ trưởng',
  'parTaskConfirmation.create': 'Thủ trưởng xác nhận cá nhân thực hiện xuất sắc nhiệm vụ CCHC',
  'parTaskConfirmation.update': 'Sửa xác nhận cá nhân thực hiện xuất sắc nhiệm vụ CCHC',
  'parTaskConfirmation.delete': 'Xóa xác nhận cá nhân thực hiện xuất sắc nhiệm vụ CCHC',
  'communeRecognition.create': 'Ghi nhận xã tiêu biểu',
  'communeRecognition.update': 'Sửa ghi nhận xã tiêu biểu',
  'communeRecognition.delete': 'Xóa ghi nhận xã tiêu biểu',
  'holidayCalendar.create': 'Thêm lịch nghỉ lễ',
  'holidayCalendar.update': 'Sửa lịch nghỉ lễ',
  'unitMeritCriteria.create': 'Ban hành tiêu chuẩn Giấy khen',
  'unitMeritCriteria.update': 'Sửa tiêu chuẩn Giấy khen',
  'trustedCertificate.add': 'Thêm chứng thư số CA tin cậy',
  'trustedCertificate.deactivate': 'Ngừng tin cậy chứng thư số CA',
  'nomination.propose': 'Đề nghị khen thưởng',
  'nomination.withdraw': 'Rút đề nghị khen thưởng',
  'collectiveSelection.create': 'Chọn tập thể tiêu biểu nhóm xuất sắc',
  'dossier.councilMeeting.record': 'Ghi nhận cuộc họp Hội đồng Thi đua – Khen thưởng',
  'dossier.scan.upload': 'Tải lên bản đã ký của hồ sơ khen thưởng',
  'dossier.submit': 'Gửi hồ sơ khen thưởng về Sở Nội vụ',
  'dossier.return': 'Trả lại hồ sơ khen thưởng, yêu cầu bổ sung',
  'dossier.accept': 'Thẩm định đạt hồ sơ khen thưởng',
  'councilSession.create': 'Tạo phiên họp Hội đồng Thi đua – Khen thưởng',
  'councilSession.update': 'Sửa thông tin phiên họp Hội đồng Thi đua – Khen thưởng',
  'councilSession.members': 'Cập nhật thành viên phiên họp Hội đồng',
  'councilSession.agenda': 'Cập nhật danh sách xét tại phiên họp Hội đồng',
  'councilSession.votes': 'Ghi nhận biểu quyết của thành viên Hội đồng',
  'councilSession.close': 'Kết thúc phiên họp Hội đồng, chốt kết quả biểu quyết',
  'dossier.councilPass': 'Hội đồng TĐKT thống nhất đề nghị khen thưởng',
  'dossier.councilFail': 'Hội đồng TĐKT không thống nhất đề nghị khen thưởng',
  'awardProposal.create': 'Lập Tờ trình đề nghị khen thưởng',
  'awardProposal.update': 'Sửa Tờ trình đề nghị khen thưởng',
  'awardProposal.submit': 'Trình Tờ trình đề nghị khen thưởng',
  'awardProposal.approve': 'Phê duyệt Tờ trình đề nghị khen thưởng (chốt danh sách)',
  'awardProposal.return': 'Trả lại Tờ trình đề nghị khen thưởng',
  'awardDecision.issue': 'Ghi nhận Quyết định khen thưởng',
  'awardDecision.publish': 'Công bố Quyết định khen thưởng',
  'dossier.award': 'Hồ sơ được khen thưởng theo Quyết định',
  'awardDecision.publicNotice': 'Đăng Quyết định khen thưởng lên trang công khai',
  'campaign.publicNotice.settings': 'Đặt chế độ công khai lấy ý kiến của đợt thi đua',
  'publicNotice.publish': 'Đăng danh sách đề nghị khen thưởng lên trang công khai để lấy ý kiến',
  'publicNotice.withdraw': 'Gỡ thông báo khỏi trang công khai',
  'publicComment.create': 'Nhận góp ý của nhân dân trên trang công khai',
  'publicComment.approve': 'Duyệt góp ý (công khai, đưa vào hồ sơ)',
  'publicComment.reject': 'Không duyệt góp ý',
  'feedback.raise': 'Gửi phản ánh, vướng mắc',
  'evaluationReport.save': 'Lưu phần đánh giá của báo cáo đánh giá thực hiện kế hoạch',
  'feedback.reply': 'Đơn vị trao đổi thêm về phản ánh',
  'feedback.answer': 'Sở Nội vụ trả lời phản ánh',
  'feedback.close': 'Đóng phản ánh',
  'feedback.attach': 'Đính kèm tệp vào phản ánh',
  'backgroundJob.start': 'Yêu cầu công việc chạy nền (nhập tệp lớn, báo cáo, tệp xuất)',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The kinds of record an audit row points at. */
export const AUDIT_ENTITY_LABELS = {
  orgEra: 'Thời kỳ đơn vị hành chính',
  orgUnit: 'Đơn vị',
  user: 'Tài khoản',
  session: 'Phiên đăng nhập',
  person: 'Cá nhân',
  campaign: 'Đợt thi đua',
  ruleSet: 'Bộ tiêu chuẩn xét khen thưởng',
  registration: 'Bản đăng ký thi đua',
  registrationSummary: 'Tổng hợp đăng ký',
  attachment: 'Tệp đính kèm',
  initiative: 'Sáng kiến',
  classificationScheme: 'Phương án xếp loại Chỉ số CCHC',
  parResult: 'Kết quả Chỉ số CCHC',
  parPublication: 'Công bố Chỉ số CCHC',
  communeParResult: 'Kết quả CCHC của xã (huyện đánh giá)',
  districtParPublication: 'Công bố kết quả CCHC các xã của huyện',
  rating: 'Xếp loại',
  attestation: 'Xác nhận của thủ trưởng',
  parTaskConfirmation: 'Xác nhận thực hiện xuất sắc nhiệm vụ CCHC (cá nhân)',
  communeRecognition: 'Xã tiêu biểu',
  holidayCalendar: 'Lịch nghỉ lễ',
  unit_merit_criteria: 'Tiêu chuẩn Giấy khen',
  trustedCertificate: 'Chứng thư số CA tin cậy',
  nomination: 'Đề nghị khen thưởng',
  collectiveSelection: 'Tập thể tiêu biểu được chọn',
  dossier: 'Hồ sơ khen thưởng',
  councilSession: 'Phiên họp Hội đồng Thi đua – Khen thưởng',
  awardProposal: 'Tờ trình đề nghị khen thưởng',
  awardDecision: 'Quyết định khen thưởng',
  publicNotice: 'Thông báo công khai lấy ý kiến',
  publicComment: 'Góp ý của nhân dân',
  feedbackThread: 'Phản ánh, vướng mắc',
  backgroundJob: 'Công việc chạy nền',
  evaluationReport: 'Báo cáo đánh giá thực hiện kế hoạch',
} as const satisfies Record<string, string>;

export type AuditEntityType = keyof typeof AUDIT_ENTITY_LABELS;

const has = (map: object, key: string) => Object.hasOwn(map, key);

/** "registration.submit" → "Duyệt và gửi bản đăng ký"; a code from an older version is shown as it is. */
export function auditActionLabel(code: string): string {
  return has(AUDIT_ACTION_LABELS, code) ? AUDIT_ACTION_LABELS[code as AuditAction] : code;
}

export function auditEntityLabel(code: string): string {
  return has(AUDIT_ENTITY_LABELS, code) ? AUDIT_ENTITY_LABELS[code as AuditEntityType] : code;
}

export function isAuditAction(code: string): code is AuditAction {
  return has(AUDIT_ACTION_LABELS, code);
}

type Details = Record<string, unknown> | null | undefined;

function field(before: unknown, after: unknown, key: string): string | null {
  for (const side of [after, before] as Details[]) {
    const value = side && typeof side === 'object' ? side[key] : undefined;
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return null;
}

/**
 * Where the record of an audit row can be seen in the web app, or null when it has no page of its own.
 * The campaign or year comes from the row's before/after, which every writer of those records includes.
 */
export function auditRecordPath(event: { action?: string; entityType: string; entityId: string | null; orgUnitId?: string | null; before?: unknown; after?: unknown }): string | null {
  const { entityType: type, entityId: id, before, after } = event;
  const campaignId = field(before, after, 'campaignId');
  const year = field(before, after, 'year');
  switch (type) {
    case 'orgUnit':
      return id ? `/don-vi/${id}` : null;
    case 'user':
    case 'session':
      return '/tai-khoan';
    case 'person': {
      const unit = field(before, after, 'orgUnitId') ?? event.orgUnitId ?? null;
      return unit ? `/don-vi/${unit}` : null;
    }
    case 'campaign':
      return id ? `/thi-dua/${id}` : null;
    case 'ruleSet':
      return campaignId ? `/thi-dua/${campaignId}/bo-tieu-chuan` : null;
    case 'registration':
      return campaignId && id ? `/thi-dua/${campaignId}/dang-ky/${id}` : campaignId ? `/thi-dua/${campaignId}` : null;
    case 'registrationSummary':
      return campaignId ? `/thi-dua/${campaignId}/${event.action === 'registrationSummary.forwardProvince' ? 'tong-hop-tinh' : 'tong-hop-huyen'}` : null;
    case 'initiative':
      return '/sang-kien';
    case 'parResult':
    case 'parPublication':
    case 'communeParResult':
    case 'districtParPublication':
      return year ? `/chi-so-cchc/${year}` : '/chi-so-cchc';
    case 'classificationScheme':
      return '/chi-so-cchc';
    case 'rating':
    case 'parTaskConfirmation':
      return year ? `/xep-loai/${year}` : '/xep-loai';
    case 'attestation':
    case 'communeRecognition':
      return campaignId ? `/thi-dua/${campaignId}/du-dieu-kien` : null;
    case 'holidayCalendar':
      return '/lich-nghi-le';
    case 'unit_merit_criteria':
      return campaignId ? `/thi-dua/${campaignId}/tieu-chuan-giay-khen` : null;
    case 'dossier': {
      // The dossier page is addressed by its nomination (one dossier per nomination, III.4.c).
      const nominationId = field(before, after, 'nominationId');
      return nominationId ? `/ho-so-khen-thuong/${nominationId}` : null;
    }
    case 'awardProposal':
      return id ? `/to-trinh-khen-thuong/${id}` : null;
    case 'awardDecision':
      return id ? `/quyet-dinh-khen-thuong/${id}` : null;
    case 'councilSession':
      return id ? `/hoi-dong/${id}` : null;
    case 'nomination':
    case 'collectiveSelection':
      return campaignId ? `/thi-dua/${campaignId}/de-nghi-khen-thuong` : null;
    default:
      return null;
  }
}

/** Fields that appear only in audit details (record bookkeeping), beside the form fields of fieldLabels.ts. */
const AUDIT_FIELD_LABELS: Record<string, string> = {
  id: 'Mã định danh',
  // A background job (issue 12, item 4): what is being generated.
  jobKind: 'Loại công việc chạy nền',
  // The narrative parts of the evaluation report (IV.3); "results" is already a form field's label.
  limits: 'Hạn chế, tồn tại',
  lessons: 'Bài học kinh nghiệm',
  proposals: 'Đề xuất, kiến nghị',
  messageId: 'Tin nhắn',
  feedbackSubject: 'Tiêu đề phản ánh',
  body: 'Nội dung',
  attachmentId: 'Tệp đính kèm',
  emailNotifications: 'Nhận thông báo qua thư điện tử',
  createdAt: 'Thời điểm tạo',
  createdById: 'Người tạo',
  updatedAt: 'Thời điểm cập nhật',
  attestedAt: 'Thời điểm xác nhận',
  attestedById: 'Người xác nhận',
  confirmedAt: 'Thời điểm xác nhận',
  confirmedById: 'Người xác nhận',
  updatedById: 'Người cập nhật',
  publishedById: 'Người công bố',
  clonedFromId: 'Sao chép từ đợt',
  nominationId: 'Đề nghị khen thưởng',
  publishedAt: 'Thời điểm công bố',
  snapshotSha256: 'Mã băm SHA-256 của danh sách đã chốt',
  publicNoticeId: 'Thông báo công khai',
  proposalId: 'Tờ trình',
  entryIds: 'Các dòng của danh sách được khen',
  decisionId: 'Quyết định khen thưởng',
  approvedAt: 'Thời điểm phê duyệt',
  droppedDossierIds: 'Hồ sơ được bỏ khỏi danh sách',
  addedDossierIds: 'Hồ sơ được thêm vào danh sách',
  contentSha256: 'Mã băm SHA-256 của phiên bản hồ sơ',
  appraisalId: 'Phiếu thẩm định',
  outcome: 'Kết quả thẩm định',
  checklist: 'Phiếu thẩm định (các nội dung kiểm tra)',
  acceptedAt: 'Thời điểm thẩm định đạt',
  submittedAt: 'Thời điểm gửi',
  returnedAt: 'Thời điểm trả lại',
  scans: 'Bản đã ký',
  document: 'Tài liệu',
  signatureStatus: 'Tình trạng chữ ký số',
  communes: 'Đơn vị cấp xã',
  departments: 'Sở, ban, ngành',
  district: 'Huyện',
  districtUnitId: 'Huyện',
  forwarded: 'Đơn vị đã chuyển',
  deadline: 'Hạn',
  lateOverrideReason: 'Lý do cho phép đăng ký muộn',
  message: 'Nội dung',
  mimeType: 'Loại tệp',
  sha256: 'Mã băm SHA-256',
  size: 'Dung lượng (byte)',
  rating: 'Xếp loại',
  registrationId: 'Bản đăng ký',
  resultCount: 'Số kết quả',
  schemeId: 'Phương án xếp loại',
  total: 'Tổng số',
  validFromYear: 'Áp dụng từ năm',
  warnings: 'Lưu ý',
  ruleSet: 'Bộ tiêu chuẩn xét khen thưởng',
  ruleSetFrom: 'Bộ tiêu chuẩn lấy từ',
  versionId: 'Mã phiên bản',
  sourceVersion: 'Phiên bản gốc',
  changes: 'Thay đổi',
  depth: 'Cấp trong cây đơn vị',
  path: 'Vị trí trong cây đơn vị',
  searchText: 'Chuỗi tìm kiếm',
  sortKey: 'Khóa sắp xếp',
  certificateSubject: 'Chủ thể chứng thư',
  certificateIssuer: 'Tổ chức cấp chứng thư',
  serialNumber: 'Số hiệu chứng thư',
  fingerprintSha256: 'Dấu vân tay SHA-256',
  // Council sessions (issue 11 §2).
  heldAt: 'Thời gian họp',
  place: 'Địa điểm',
  quorumPercent: 'Tỷ lệ thành viên tối thiểu dự họp (%)',
  passRule: 'Cách tính kết quả biểu quyết',
  members: 'Thành viên Hội đồng',
  dossierIds: 'Hồ sơ đưa ra xét',
  nominees: 'Tập thể, cá nhân được xét',
  byMember: 'Thành viên tự ghi nhận',
  votes: 'Biểu quyết',
  closedAt: 'Thời điểm kết thúc',
  results: 'Kết quả biểu quyết',
  councilSessionId: 'Phiên họp Hội đồng Thi đua – Khen thưởng',
  explanation: 'Giải thích',
  noticeId: 'Thông báo công khai',
  dossierId: 'Hồ sơ khen thưởng',
  entryCount: 'Số người, tập thể trong danh sách',
  opensAt: 'Bắt đầu lấy ý kiến',
  closesAt: 'Hết hạn lấy ý kiến',
  withdrawnAt: 'Thời điểm gỡ',
  authorName: 'Người góp ý',
  moderationNote: 'Ghi chú khi duyệt',
  publicNotice: 'Công khai lấy ý kiến',
  // Nominations, Sở Nội vụ's selection and dossiers (issue 10).
  nomineeKind: 'Loại đối tượng được đề nghị',
  nomineeUnitId: 'Đơn vị được đề nghị',
  nomineePersonId: 'Cá nhân được đề nghị',
  proposingUnitId: 'Đơn vị đề nghị',
  proposedAt: 'Thời điểm đề nghị',
  proposedById: 'Người lập đề nghị',
  quota: 'Chỉ tiêu',
  quotaKey: 'Mã chỉ tiêu',
  eligibility: 'Kết quả xét tiêu chuẩn',
  withdrawalReason: 'Lý do rút đề nghị',
  withdrawnById: 'Người rút đề nghị',
  selectedAt: 'Thời điểm chọn',
  selectedById: 'Người chọn',
  councilMeeting: 'Cuộc họp Hội đồng Thi đua – Khen thưởng',
  quorum: 'Số thành viên có mặt',
  tallies: 'Kết quả biểu quyết',
  scanId: 'Mã bản đã ký',
  signatureSummary: 'Kết quả kiểm tra chữ ký số',
  signatures: 'Chữ ký số',
};

/** Columns kept for the machine (search and sort keys, tree paths), left out of the details an official reads. */
export const AUDIT_HIDDEN_FIELDS: ReadonlySet<string> = new Set(['depth', 'path', 'searchText', 'sortKey']);

/** The label of a field in an audit row's before/after. */
export function auditFieldLabel(key: string): string {
  return Object.hasOwn(AUDIT_FIELD_LABELS, key) ? AUDIT_FIELD_LABELS[key] : fieldLabel(key);
}
