import { Link } from 'react-router';
import { usePageTitle } from '../hooks/usePageTitle';

/** Any unknown address. */
export function NotFoundPage() {
  usePageTitle('Không tìm thấy trang');
  return (
    <>
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ bạn mở không có trong hệ thống. Kiểm tra lại đường dẫn hoặc quay về trang đơn vị.</p>
      <p>
        <Link to="/don-vi">Về trang Đơn vị</Link>
      </p>
    </>
  );
}
