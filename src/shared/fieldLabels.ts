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
  id: 'Mã định danh',
  format: 'Định dạng',
  dryRun: 'Chạy thử',
  file: 'Tệp',
  action: 'Hành động',
  entityType: 'Loại đối tượng',
  from: 'Từ ngày',
  to: 'Đến ngày',
  mustChangePassword: 'Bắt buộc đổi mật khẩu',
  // Campaigns, registrations, consolidations, initiatives
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
  position: 'Chức vụ',
  version: 'Phiên bản',
  decision: 'Quyết định',
  reason: 'Lý do',
  note: 'Ghi chú',
  districtId: 'Huyện',
  registered: 'Tình trạng đăng ký',
  campaignId: 'Đợt thi đua',
  title: 'Tên sáng kiến, giải pháp',
  description: 'Mô tả',
  effect: 'Hiệu quả',
  periodFrom: 'Thời gian áp dụng từ',
  periodTo: 'Thời gian áp dụng đến',
};

/** "orgUnitId" → "Đơn vị"; "individuals.0.fullName" → "Họ và tên (individuals.0)"; unknown → the path itself. */
export function fieldLabel(path: string): string {
  if (!path) return 'Dữ liệu gửi lên';
  const parts = path.split('.');
  const last = parts[parts.length - 1];
  const label = FIELD_LABELS[last];
  if (!label) return path;
  return parts.length > 1 ? `${label} (${parts.slice(0, -1).join('.')})` : label;
}
