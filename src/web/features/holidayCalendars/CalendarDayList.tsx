import { formatDate } from '../../app/format/dates';
import { DataTable } from '../../components/DataTable';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import { vnWeekdayName, type LocalDate } from '../../../domain/time/localDate';
import type { CalendarDay } from '../../../shared/contracts/holidayCalendars';

/** The days of one list (days off, or working Saturdays/Sundays), each with a remove button. */
export function CalendarDayList({ days, caption, onRemove, testId }: { days: CalendarDay[]; caption: string; onRemove?: (day: CalendarDay) => void; testId: string }) {
  if (days.length === 0) return <p className="hint">Chưa có ngày nào.</p>;
  return (
    <DataTable caption={caption} testId={testId} columns={['Ngày', 'Thứ', 'Tên ngày', onRemove && ACTIONS_COLUMN]}>
      {days.map((d) => (
        <tr key={d.date}>
          <td className="nowrap">{formatDate(d.date)}</td>
          <td className="nowrap">{vnWeekdayName(d.date as LocalDate)}</td>
          <td>{d.name}</td>
          {onRemove ? <RowAction label="Xóa" row={`ngày ${formatDate(d.date)}`} variant="warning" onClick={() => onRemove(d)} /> : null}
        </tr>
      ))}
    </DataTable>
  );
}
