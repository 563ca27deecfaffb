import { apiUrl } from '../../app/api/client';

/** Download links for the era's units as XLSX or CSV (the same columns the import reads). */
export function OrgUnitExport({ eraId }: { eraId: string }) {
  return (
    <div className="button-group" role="group" aria-label="Xuất danh sách đơn vị">
      <a className="button button--secondary" href={apiUrl('/org-units/export', { eraId, format: 'xlsx' })} download>
        Xuất Excel (XLSX)
      </a>
      <a className="button button--secondary" href={apiUrl('/org-units/export', { eraId, format: 'csv' })} download>
        Xuất CSV
      </a>
    </div>
  );
}
