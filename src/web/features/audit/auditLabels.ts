/** Vietnamese names of audit actions and entity types; unknown codes are shown as they are. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
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
  'orgTree.seed': 'Khởi tạo cây đơn vị',
};

export const ENTITY_TYPE_LABELS: Record<string, string> = {
  orgUnit: 'Đơn vị',
  user: 'Tài khoản',
  session: 'Phiên đăng nhập',
  orgEra: 'Thời kỳ',
};

export function actionLabel(code: string): string {
  return ACTION_LABELS[code] ?? code;
}

export function entityTypeLabel(code: string): string {
  return ENTITY_TYPE_LABELS[code] ?? code;
}
