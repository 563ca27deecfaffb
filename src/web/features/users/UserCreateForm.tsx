import { useState, type FormEvent } from 'react';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { OrgUnitPicker } from './OrgUnitPicker';
import { ROLE_OPTIONS } from './roleOptions';
import { ACCOUNT_UNIT_HINTS } from '../../../domain/access/policies/accountUnit';
import { isRole } from '../../../domain/access/roles';
import type { CreatedUser } from '../../../shared/contracts/users';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

const FIELD_IDS = { username: 'new-username', fullName: 'new-fullName', email: 'new-email', role: 'new-role', orgUnitId: 'new-orgUnitId' };
const EMPTY = { username: '', fullName: '', email: '', role: '' };

type Props = { onCreated: (user: CreatedUser) => void; onErrorsChange: (hasErrors: boolean) => void };

/** Creates an account; the server generates a temporary password, which the page shows once. */
export function UserCreateForm({ onCreated, onErrorsChange }: Props) {
  const form = useFormErrors(FIELD_IDS);
  const [values, setValues] = useState(EMPTY);
  const [unit, setUnit] = useState<OrgUnit | null>(null);
  const [busy, setBusy] = useState(false);

  function set(name: keyof typeof EMPTY, value: string) {
    setValues((v) => ({ ...v, [name]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      !values.role && { fieldId: FIELD_IDS.role, message: 'Vai trò: chọn một vai trò' },
      !unit && { fieldId: FIELD_IDS.orgUnitId, message: 'Đơn vị: tìm và chọn đơn vị của tài khoản' },
    ].filter((e): e is { fieldId: string; message: string } => Boolean(e));
    if (missing.length) {
      form.showErrors(missing);
      onErrorsChange(true);
      return;
    }
    setBusy(true);
    try {
      const created = await api<CreatedUser>('/api/users', {
        method: 'POST',
        body: { username: values.username, fullName: values.fullName, email: values.email.trim() || null, role: values.role, orgUnitId: unit!.id },
      });
      form.clear();
      onErrorsChange(false);
      setValues(EMPTY);
      setUnit(null);
      onCreated(created);
    } catch (err) {
      form.showApiError(err);
      onErrorsChange(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="create-user-title" data-testid="user-create-form">
      <h2 id="create-user-title" className="heading-m">
        Tạo tài khoản
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField
        id={FIELD_IDS.username}
        label="Tên đăng nhập"
        hint="Chữ không dấu, số và các ký tự . _ - (ít nhất 3 ký tự)."
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={values.username}
        onChange={(e) => set('username', e.target.value)}
        error={form.errorFor(FIELD_IDS.username)}
      />
      <TextField id={FIELD_IDS.fullName} label="Họ và tên" autoComplete="off" value={values.fullName} onChange={(e) => set('fullName', e.target.value)} error={form.errorFor(FIELD_IDS.fullName)} />
      <TextField
        id={FIELD_IDS.email}
        label="Thư điện tử (không bắt buộc)"
        type="email"
        autoComplete="off"
        value={values.email}
        onChange={(e) => set('email', e.target.value)}
        error={form.errorFor(FIELD_IDS.email)}
      />
      <SelectField
        id={FIELD_IDS.role}
        label="Vai trò"
        options={[{ value: '', label: '— Chọn vai trò —' }, ...ROLE_OPTIONS]}
        hint={isRole(values.role) ? ACCOUNT_UNIT_HINTS[values.role] : 'Mỗi vai trò gắn với một loại đơn vị: chọn vai trò để xem tài khoản phải gắn với đơn vị nào.'}
        value={values.role}
        onChange={(e) => set('role', e.target.value)}
        error={form.errorFor(FIELD_IDS.role)}
      />
      <OrgUnitPicker id={FIELD_IDS.orgUnitId} label="Đơn vị" value={unit} onChange={setUnit} error={form.errorFor(FIELD_IDS.orgUnitId)} />
      <p className="hint">Hệ thống sẽ tạo mật khẩu tạm thời và chỉ hiển thị một lần sau khi tạo.</p>
      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Đang tạo…' : 'Tạo tài khoản'}
      </button>
    </form>
  );
}
