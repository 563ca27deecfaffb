import { useId, type ReactNode } from 'react';
import { TableScroll } from './TableScroll';

/**
 * One column of a DataTable: its header words, or the header with `numeric` (right-aligned numbers) or `hidden`
 * (named for screen readers only, as an actions column). `false`/`null`/`undefined` leaves a conditional column out.
 */
export type DataColumn = string | { label: string; numeric?: boolean; hidden?: boolean } | false | null | undefined;

type Props = {
  columns: readonly DataColumn[];
  /** Shown above the table; `captionHidden` keeps it for screen readers only. */
  caption?: ReactNode;
  captionHidden?: boolean;
  testId?: string;
  /** Extra class of the table, e.g. "rule-set-versions". */
  className?: string;
  /** The rows (`<tr>`s): each table renders its own cells. */
  children: ReactNode;
};

/** The frame every list table shares: the scrolling wrapper, the caption and the header row. */
export function DataTable({ columns, caption, captionHidden = false, testId, className, children }: Props) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={caption !== undefined ? captionId : undefined}>
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        {caption !== undefined ? <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table__caption'}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, i) => {
              if (!column) return null;
              const { label, numeric, hidden } = typeof column === 'string' ? { label: column } : column;
              return (
                <th key={i} scope="col" className={numeric ? 'table__num' : undefined}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
