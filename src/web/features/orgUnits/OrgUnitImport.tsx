import { apiUrl } from '../../app/api/client';
import { ImportPanel } from '../../components/ImportPanel';

/** Import of org units into an era, through the shared import panel (dry run first, per-row errors). */
export function OrgUnitImport({ eraId, eraName, onImported }: { eraId: string; eraName: string; onImported: () => void }) {
  return (
    <ImportPanel
      title="Nhập đơn vị từ tệp"
      fileLabel="Tệp đơn vị (.xlsx hoặc .csv)"
      hint={`Nhập vào thời kỳ “${eraName}”. Dùng đúng các cột của tệp xuất. Nên kiểm tra (chạy thử) trước: khi chạy thử, không có gì được lưu.`}
      urlFor={(format, dryRun) => apiUrl('/org-units/import', { eraId, format, dryRun: dryRun ? 'true' : 'false' })}
      onImported={onImported}
    />
  );
}
