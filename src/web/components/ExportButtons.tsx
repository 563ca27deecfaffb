import type { ReactNode } from 'react';
import { apiUrl } from '../app/api/client';

type Props = {
  /** The export endpoint under /api, e.g. "/ratings/export"; it takes `format=xlsx|csv`. */
  path: string;
  /** The rest of the query (year, filters…); empty values are left out. */
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Name of the group for screen readers, e.g. "Xuất xếp loại". */
  label: string;
  /** Text of the Excel link. */
  xlsxLabel?: string;
  /** Further buttons of the same group (e.g. "Tính lại"). */
  children?: ReactNode;
};

/**
 * The two download links of every exported list: "Xuất Excel (XLSX)" and "Xuất CSV", the same columns the import
 * reads back.
 */
export function ExportButtons({ path, query, label, xlsxLabel = 'Xuất Excel (XLSX)', children }: Props) {
  return (
    <div className="button-group" role="group" aria-label={label}>
      <a className="button button--secondary" href={apiUrl(path, { ...query, format: 'xlsx' })} download>
        {xlsxLabel}
      </a>
      <a className="button button--secondary" href={apiUrl(path, { ...query, format: 'csv' })} download>
        Xuất CSV
      </a>
      {children}
    </div>
  );
}
