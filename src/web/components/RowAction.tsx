import type { DataColumn } from './DataTable';

/** The DataTable column of the rows' action buttons: named for screen readers only. */
export const ACTIONS_COLUMN: DataColumn = { label: 'Thao tác', hidden: true };

/** The same header cell, for a table that writes its own header row. */
export function RowActionHeader() {
  return (
    <th scope="col">
      <span className="visually-hidden">Thao tác</span>
    </th>
  );
}

type Props = { label: string; /** Hidden words naming the row, so a screen reader hears "Xóa ngày 01/01/2025", not a column of "Xóa". */ row: string; variant: 'warning' | 'secondary'; onClick: () => void };

/** A row's one action button, in its own cell. */
export function RowAction({ label, row, variant, onClick }: Props) {
  return (
    <td>
      <button type="button" className={`button button--${variant} button--small`} onClick={onClick}>
        {label}
        <span className="visually-hidden"> {row}</span>
      </button>
    </td>
  );
}
