import { ROLE_LABELS } from '../../../domain/access/roles';
import { DataTable } from '../../components/DataTable';
import { UserRowActions } from './UserRowActions';
import type { User } from '../../../shared/contracts/users';

type Props = {
  users: User[];
  total: number;
  selfId: string;
  canManage: boolean;
  onChanged: () => void;
  onPasswordReset: (username: string, password: string) => void;
  onError: (message: string) => void;
  onEdit: (user: User) => void;
};

/** Accounts with role, unit, status and the row actions. */
export function UserTable({ users, total, selfId, canManage, onChanged, onPasswordReset, onError, onEdit }: Props) {
  if (users.length === 0) return <p>Không có tài khoản nào khớp điều kiện lọc.</p>;
  return (
    <DataTable caption={`Danh sách tài khoản (${total})`} testId="user-table" columns={['Tên đăng nhập', 'Họ và tên', 'Vai trò', 'Đơn vị', 'Trạng thái', canManage && 'Thao tác']}>
      {users.map((user) => (
        <tr key={user.id}>
          <td>{user.username}</td>
          <td>
            {user.fullName}
            {user.email ? <div className="meta">{user.email}</div> : null}
          </td>
          <td>{ROLE_LABELS[user.role]}</td>
          <td>{user.unitName}</td>
          <td>
            <span className={`tag ${user.active ? 'tag--green' : 'tag--grey'}`}>{user.active ? 'Đang hoạt động' : 'Đã vô hiệu hóa'}</span>
            {user.mustChangePassword ? <div className="meta">Chưa đổi mật khẩu tạm</div> : null}
          </td>
          {canManage ? (
            <td>
              <UserRowActions user={user} isSelf={user.id === selfId} onChanged={onChanged} onPasswordReset={onPasswordReset} onError={onError} onEdit={() => onEdit(user)} />
            </td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
