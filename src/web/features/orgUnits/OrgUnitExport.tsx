import { ExportButtons } from '../../components/ExportButtons';

/** Download links for the era's units as XLSX or CSV (the same columns the import reads). */
export function OrgUnitExport({ eraId }: { eraId: string }) {
  return <ExportButtons path="/org-units/export" query={{ eraId }} label="Xuất danh sách đơn vị" />;
}
