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
import { useFormValues } from '../../app/hooks/useFormValues';
import { useSubmit } from '../../app/hooks/useSubmit';
import { FormActions } from '../../components/FormActions';

const FIELD_IDS = { username: 'new-username', fullName: 'new-fullName', email: 'new-email', role: 'new-role', orgUnitId: 'new-orgUnitId' };
const EMPTY = { username: '', fullName: '', email: '', role: '' };

type Props = { onCreated: (user: CreatedUser) => void; onErrorsChange: (hasErrors: boolean) => void };

/** Creates an account; the server generates a temporary password, which the page shows once. */
export function UserCreateForm({ onCreated, onErrorsChange }: Props) {
  const form = useFormErrors(FIELD_IDS);
  const { values, setValues, field } = useFormValues(EMPTY, FIELD_IDS, form);
  const [unit, setUnit] = useState<OrgUnit | null>(null);
  const { busy, run } = useSubmit(form);

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
    const body = { username: values.username, fullName: values.fullName, email: values.email.trim() || null, role: values.role, orgUnitId: unit!.id };
    const ok = await run(
      () => api<CreatedUser>('/api/users', { method: 'POST', body }),
      (created) => {
        setValues(EMPTY);
        setUnit(null);
        onCreated(created);
      },
    );
    onErrorsChange(!ok);
  }

  return (
    <form onSubmit={submit} noValidate className="panel form" aria-labelledby="create-user-title" data-testid="user-create-form">
      <h2 id="create-user-title" className="heading-m">
        Tạo tài khoản
      </h2>
      <ErrorSummary errors={form.errors} description={form.description} />
      <TextField {...field('username')} label="Tên đăng nhập" hint="Chữ không dấu, số và các ký tự . _ - (ít nhất 3 ký tự)." autoComplete="off" autoCapitalize="none" spellCheck={false} />
      <TextField {...field('fullName')} label="Họ và tên" autoComplete="off" />
      <TextField {...field('email')} label="Thư điện tử (không bắt buộc)" type="email" autoComplete="off" />
      <SelectField
        {...field('role')}
        label="Vai trò"
        options={[{ value: '', label: '— Chọn vai trò —' }, ...ROLE_OPTIONS]}
        hint={isRole(values.role) ? ACCOUNT_UNIT_HINTS[values.role] : 'Mỗi vai trò gắn với một loại đơn vị: chọn vai trò để xem tài khoản phải gắn với đơn vị nào.'}
      />
      <OrgUnitPicker id={FIELD_IDS.orgUnitId} label="Đơn vị" value={unit} onChange={setUnit} error={form.errorFor(FIELD_IDS.orgUnitId)} />
      <p className="hint">Hệ thống sẽ tạo mật khẩu tạm thời và chỉ hiển thị một lần sau khi tạo.</p>
      <FormActions label="Tạo tài khoản" busy={busy} busyLabel="Đang tạo…" />
    </form>
  );
}
