import { apiUrl } from '../../app/api/client';
import { useSession } from '../../app/auth/SessionContext';
import { ImportPanel } from '../../components/ImportPanel';

const COLUMNS = 'Mã đơn vị, Tên đơn vị, Nội dung đăng ký tập thể, Họ và tên, Chức vụ, Nội dung đăng ký cá nhân, Người lập biểu';

/**
 * Registrations from an XLSX/CSV file with the export's columns (REGISTRATION_COLUMNS), dry run first. A unit's
 * officer or the district imports its own; Sở Nội vụ enters the paper forms units sent it, for any unit, naming the
 * unit's officer as Người lập biểu where the paper does (left blank, the form keeps that line empty: Sở Nội vụ is
 * never a unit's preparer). The deadline applies to every row unless Sở Nội vụ accepted the unit late.
 */
export function RegistrationImportPanel({ campaignId, onImported }: { campaignId: string; onImported: () => void }) {
  const { session } = useSession();
  const forUnits = session?.user.role === 'province_secretariat';
  const hint = forUnits
    ? `Nhập bản đăng ký giấy các đơn vị gửi Sở Nội vụ, cho bất kỳ đơn vị nào. Dùng đúng các cột của tệp xuất (${COLUMNS}), mỗi cá nhân một dòng. Ghi ở cột Người lập biểu họ tên tài khoản cán bộ đầu mối của đơn vị như trên bản giấy; để trống nếu bản giấy không ghi (Sở Nội vụ không đứng tên người lập biểu). Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu; có dòng lỗi thì không dòng nào được lưu.`
    : `Dùng đúng các cột của tệp xuất (${COLUMNS}), mỗi cá nhân một dòng; cột Người lập biểu có thể để trống (bạn là người lập biểu). Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu; có dòng lỗi thì không dòng nào được lưu.`;
  return (
    <ImportPanel
      idPrefix="registration-import"
      title={forUnits ? 'Nhập bản đăng ký của các đơn vị từ tệp' : 'Nhập bản đăng ký từ tệp'}
      fileLabel="Tệp đăng ký (.xlsx hoặc .csv)"
      hint={hint}
      urlFor={(format, dryRun) => apiUrl(`/campaigns/${campaignId}/registrations/import`, { format, dryRun: dryRun ? 'true' : 'false' })}
      onImported={onImported}
    />
  );
}
