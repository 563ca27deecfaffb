import { Link } from 'react-router';
import { usePageTitle } from '../hooks/usePageTitle';

/** Shown when the signed-in user lacks the ability a page needs. */
export function ForbiddenPage() {
  usePageTitle('Không có quyền truy cập');
  return (
    <>
      <h1>Không có quyền truy cập</h1>
      <p>Vai trò của bạn không được phép xem trang này. Nếu cần, hãy liên hệ quản trị hệ thống.</p>
      <p>
        <Link to="/don-vi">Về trang Đơn vị</Link>
      </p>
    </>
  );
}
