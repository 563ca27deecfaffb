import type { ReactNode } from 'react';
import { DataTable } from '../../components/DataTable';
import type { AwardEntryView } from '../../../shared/contracts/awards';

/** The list of a Tờ trình or a decision: collectives, then individuals, with position, unit and achievement. */
export function AwardEntriesTable({ entries, testId, action }: { entries: readonly AwardEntryView[]; testId: string; action?: (entry: AwardEntryView, index: number) => ReactNode }) {
  return (
    <DataTable testId={testId} columns={['STT', 'Tập thể, cá nhân', 'Chức vụ', 'Đơn vị', 'Thành tích', action ? { label: 'Thao tác', hidden: true } : null]}>
      {entries.map((e, i) => (
        <tr key={e.dossierId} data-kind={e.nomineeKind}>
          <td className="numeric">{i + 1}</td>
          <th scope="row">
            {e.name} <span className="meta">{e.nomineeKind === 'unit' ? '(tập thể)' : '(cá nhân)'}</span>
          </th>
          <td>{e.position ?? ''}</td>
          <td>{e.unitName}</td>
          <td>{e.achievement}</td>
          {action ? <td>{action(e, i)}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
