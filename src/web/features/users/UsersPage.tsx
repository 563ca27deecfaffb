import { useState } from 'react';
import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { Pagination } from '../../components/Pagination';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../app/hooks/useApiData';
import { useDebouncedValue } from '../../app/hooks/useDebouncedValue';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { ROLE_OPTIONS } from './roleOptions';
import { TemporaryPasswordNotice, type TemporaryPassword } from './TemporaryPasswordNotice';
import { UserCreateForm } from './UserCreateForm';
import { UserTable } from './UserTable';
import { UserEditForm } from './UserEditForm';
import { ROLE_LABELS } from '../../../domain/access/roles';
import type { Page } from '../../../shared/contracts/page';
import type { User } from '../../../shared/contracts/users';
import { SuccessBanner } from '../../components/SuccessBanner';

const PAGE_SIZE = 50;

const ACTIVE_OPTIONS = [
  { value: '', label: 'Tất cả' },
  { value: 'true', label: 'Đang hoạt động' },
  { value: 'false', label: 'Đã vô hiệu hóa' },
];
/** /tai-khoan: accounts (search, filter by role and status), create, change role and unit, activate/deactivate, reset password. */
export function UsersPage() {
  const { session, can } = useSession();
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [active, setActive] = useState('');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [formHasErrors, setFormHasErrors] = useState(false);
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState<User | null>(null);
  const [edited, setEdited] = useState<string | null>(null);
  const debouncedQ = useDebouncedValue(q.trim(), 300);
  const list = useApiData<Page<User>>(apiUrl('/users', { q: debouncedQ, role, active, page, pageSize: PAGE_SIZE }));
  const canManage = can('user.manage');
  usePageTitle('Tài khoản', creating && formHasErrors);

  function filter(setter: (v: string) => void) {
    return (value: string) => {
      setter(value);
      setPage(1);
    };
  }

  return (
    <>
      <h1>Tài khoản</h1>
      {temporary ? <TemporaryPasswordNotice value={temporary} onClose={() => setTemporary(null)} /> : null}
      {actionError ? (
        <div className="banner banner--error" role="alert">
          {actionError}
        </div>
      ) : null}
      {canManage ? (
        <p>
          <button type="button" className="button button--secondary" aria-expanded={creating} aria-controls="create-user" onClick={() => setCreating((v) => !v)}>
            {creating ? 'Đóng biểu mẫu tạo tài khoản' : 'Tạo tài khoản mới'}
          </button>
        </p>
      ) : null}
      <div id="create-user">
        {creating ? (
          <UserCreateForm
            onErrorsChange={setFormHasErrors}
            onCreated={(user) => {
              setCreating(false);
              setFormHasErrors(false);
              if (user.temporaryPassword) setTemporary({ username: user.username, password: user.temporaryPassword, reason: 'created' });
              list.reload();
            }}
          />
        ) : null}
      </div>

      {edited ? <SuccessBanner>{edited}</SuccessBanner> : null}
      {editing ? (
        <UserEditForm
          key={editing.id}
          user={editing}
          onCancel={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setEdited(`Đã lưu tài khoản ${user.username}: ${ROLE_LABELS[user.role]}, ${user.unitName}.`);
            list.reload();
          }}
        />
      ) : null}

      <form role="search" className="filters" aria-label="Lọc tài khoản" onSubmit={(e) => e.preventDefault()}>
        <TextField id="user-search" label="Tìm tài khoản" hint="Theo tên đăng nhập hoặc họ tên." type="search" value={q} onChange={(e) => filter(setQ)(e.target.value)} />
        <SelectField id="user-role" label="Vai trò" options={[{ value: '', label: 'Tất cả vai trò' }, ...ROLE_OPTIONS]} value={role} onChange={(e) => filter(setRole)(e.target.value)} />
        <SelectField
          id="user-active"
          label="Trạng thái"
          options={ACTIVE_OPTIONS}
          value={active}
          onChange={(e) => filter(setActive)(e.target.value)}
        />
      </form>

      <ErrorBanner error={list.error} />
      {list.loading && !list.data ? <LoadingMessage text="Đang tải danh sách tài khoản…" /> : null}
      {list.data ? (
        <>
          <UserTable
            users={list.data.items}
            total={list.data.total}
            selfId={session?.user.id ?? ''}
            canManage={canManage}
            onChanged={() => {
              setActionError(null);
              list.reload();
            }}
            onPasswordReset={(username, password) => {
              setActionError(null);
              setTemporary({ username, password, reason: 'reset' });
              list.reload();
            }}
            onError={setActionError}
            onEdit={(user) => {
              setEdited(null);
              setEditing(user);
            }}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="tài khoản" />
        </>
      ) : null}
    </>
  );
}
