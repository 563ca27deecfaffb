import { useEffect, useRef } from 'react';

export type TemporaryPassword = { username: string; password: string; reason: 'created' | 'reset' };

/**
 * Shows a temporary password once (it is not stored anywhere the UI can read again) and takes focus
 * so it is announced; the user must change it at first login.
 */
export function TemporaryPasswordNotice({ value, onClose }: { value: TemporaryPassword; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [value]);
  return (
    <div className="panel panel--success" ref={ref} tabIndex={-1} role="status" data-testid="temporary-password" aria-labelledby="temp-password-title">
      <h2 id="temp-password-title" className="heading-m">
        {value.reason === 'created' ? `Đã tạo tài khoản “${value.username}”` : `Đã cấp lại mật khẩu cho “${value.username}”`}
      </h2>
      <p>
        Mật khẩu tạm thời: <code className="temp-password">{value.password}</code>
      </p>
      <p className="hint">
        Mật khẩu này chỉ hiển thị một lần. Hãy chuyển cho người dùng qua kênh an toàn; họ phải đổi mật khẩu ở lần đăng nhập đầu tiên.
      </p>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Đã ghi lại, ẩn mật khẩu
      </button>
    </div>
  );
}
