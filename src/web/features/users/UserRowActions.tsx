import { useState } from 'react';
import { api, toApiError } from '../../app/api/client';
import { confirmAction } from '../../components/confirmAction';
import type { PasswordReset, User } from '../../../shared/contracts/users';

type Props = {
  user: User;
  isSelf: boolean;
  onChanged: () => void;
  onPasswordReset: (username: string, password: string) => void;
  onError: (message: string) => void;
  /** Opens the form that changes the account's role and unit. */
  onEdit: () => void;
};

/** Edit an account's role and unit, activate / deactivate it, and reset its password (with a confirmation step). */
export function UserRowActions({ user, isSelf, onChanged, onPasswordReset, onError, onEdit }: Props) {
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      onError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }

  const toggleActive = () => {
    if (user.active && !confirmAction(`Vô hiệu hóa tài khoản "${user.username}": mọi phiên đăng nhập của tài khoản này kết thúc ngay và người dùng không đăng nhập được nữa cho đến khi được kích hoạt lại.`)) return;
    return run(async () => {
      await api(`/api/users/${user.id}`, { method: 'PATCH', body: { active: !user.active } });
      onChanged();
    });
  };

  const resetPassword = () =>
    run(async () => {
      const answer = await api<PasswordReset>(`/api/users/${user.id}/reset-password`, { method: 'POST' });
      setConfirmReset(false);
      onPasswordReset(user.username, answer.temporaryPassword);
    });

  if (confirmReset) {
    return (
      <div className="actions">
        <span>Cấp lại mật khẩu cho {user.username}?</span>
        <button type="button" className="button button--small button--warning" disabled={busy} onClick={resetPassword}>
          Xác nhận cấp lại
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setConfirmReset(false)}>
          Hủy
        </button>
      </div>
    );
  }
  return (
    <div className="actions">
      <button type="button" className="button button--small button--secondary" onClick={onEdit}>
        Sửa vai trò, đơn vị<span className="visually-hidden"> của tài khoản {user.username}</span>
      </button>
      {isSelf ? null : (
        <button type="button" className="button button--small button--secondary" disabled={busy} onClick={toggleActive}>
          {user.active ? 'Vô hiệu hóa' : 'Kích hoạt'}
          <span className="visually-hidden"> tài khoản {user.username}</span>
        </button>
      )}
      <button type="button" className="button button--small button--secondary" disabled={busy} onClick={() => setConfirmReset(true)}>
        Cấp lại mật khẩu<span className="visually-hidden"> cho {user.username}</span>
      </button>
    </div>
  );
}
