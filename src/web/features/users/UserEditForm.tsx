import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { ACCOUNT_UNIT_HINTS } from '../../../domain/access/policies/accountUnit';
import { isRole, type Role } from '../../../domain/access/roles';
import { OrgUnitPicker } from './OrgUnitPicker';
import { ROLE_OPTIONS } from './roleOptions';
import type { User } from '../../../shared/contracts/users';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

const IDS = { role: 'edit-role', orgUnitId: 'edit-orgUnitId' };

type Props = { user: User; onSaved: (user: User) => void; onCancel: () => void };

/**
 * Changes an account's role and unit (README: the administrator moves an account to another unit). The form says
 * which unit the chosen role sits on; the server refuses, on the Đơn vị field, a unit the role cannot sit on.
 * A new role or unit ends the account's sessions: its rights change at once.
 */
export function UserEditForm({ user, onSaved, onCancel }: Props) {
  const form = useFormErrors(IDS);
  const [role, setRole] = useState<Role>(user.role);
  const [unit, setUnit] = useState<OrgUnit | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from a row's "Sửa" button: focus comes here so the keyboard user lands in the form.
  useEffect(() => heading.current?.focus(), [user.id]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const changes = { ...(role !== user.role ? { role } : {}), ...(unit && unit.id !== user.orgUnitId ? { orgUnitId: unit.id } : {}) };
    if (Object.keys(changes).length === 0) {
      form.showErrors([{ fieldId: IDS.orgUnitId, message: 'Đơn vị: chưa thay đổi vai trò hay đơn vị nào để lưu' }]);
      return;
    }
    setBusy(true);
    try {
      const saved = await api<User>(`/api/users/${user.id}`, { method: 'PATCH', body: changes });
      form.clear();
      onSaved(saved);
    } catch (err) {
      form.showApiError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="edit-user-title" data-testid="user-edit-form">
      <h2 id="edit-user-title" className="heading-m" tabIndex={-1} ref={heading}>
        Sửa tài khoản {user.username}
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <SelectField id={IDS.role} label="Vai trò" options={ROLE_OPTIONS} value={role} hint={ACCOUNT_UNIT_HINTS[role]} error={form.errorFor(IDS.role)} onChange={(e) => isRole(e.target.value) && setRole(e.target.value)} />
      <p data-testid="edit-current-unit">
        Đơn vị hiện tại: <strong>{user.unitName}</strong>
      </p>
      <OrgUnitPicker id={IDS.orgUnitId} label="Đơn vị mới (để trống nếu giữ nguyên)" value={unit} onChange={setUnit} error={form.errorFor(IDS.orgUnitId)} />
      <p className="hint">Khi đổi vai trò hoặc đơn vị, mọi phiên đăng nhập của tài khoản kết thúc ngay; người dùng đăng nhập lại với quyền mới.</p>
      <div className="button-group">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Lưu thay đổi'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Hủy
        </button>
      </div>
    </form>
  );
}
