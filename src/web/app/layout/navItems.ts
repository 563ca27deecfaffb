import type { Action } from '../../../domain/access/permissions';

export type NavItem = { to: string; label: string; ability?: Action };

/** The main navigation; an item with an ability is shown only to users who have it. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Việc cần làm' },
  { to: '/bang-dieu-khien', label: 'Bảng điều khiển', ability: 'dashboard.read' },
  { to: '/bao-cao', label: 'Báo cáo', ability: 'report.read' },
  { to: '/don-vi', label: 'Đơn vị', ability: 'orgUnit.read' },
  { to: '/thi-dua', label: 'Thi đua', ability: 'campaign.read' },
  { to: '/sang-kien', label: 'Sáng kiến', ability: 'initiative.read' },
  { to: '/chi-so-cchc', label: 'Chỉ số CCHC', ability: 'parResult.read' },
  { to: '/xep-loai', label: 'Xếp loại', ability: 'rating.read' },
  { to: '/du-dieu-kien', label: 'Xét điều kiện', ability: 'eligibility.read' },
  { to: '/lich-nghi-le', label: 'Lịch nghỉ lễ', ability: 'holidayCalendar.manage' },
  { to: '/tai-khoan', label: 'Tài khoản', ability: 'user.read' },
  { to: '/chung-thu-so', label: 'Chứng thư số', ability: 'trustedCertificate.manage' },
  { to: '/phan-anh', label: 'Phản ánh', ability: 'feedback.read' },
  { to: '/nhat-ky', label: 'Nhật ký', ability: 'audit.read' },
  { to: '/doi-mat-khau', label: 'Đổi mật khẩu' },
];
