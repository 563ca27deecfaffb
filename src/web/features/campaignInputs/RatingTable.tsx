import { RATING_KIND_LABELS } from '../../../domain/ratings/ratingRows';
import { DataTable } from '../../components/DataTable';
import { PersonRatingEdit } from './PersonRatingEdit';
import type { RatingRow } from '../../../shared/contracts/campaignInputs';

type Props = {
  subject: 'unit' | 'person';
  rows: RatingRow[];
  /** Previous year's PAR-task rating label per unit id (for "tiến bộ hơn năm trước liền kề"). */
  previousParTask?: Map<string, string>;
  previousYear: number;
  onPersonSaved?: () => void;
};

/** The ratings of the year, one row per unit (or person) and kind of rating. */
export function RatingTable({ subject, rows, previousParTask, previousYear, onPersonSaved }: Props) {
  if (rows.length === 0) return <p className="hint">Chưa có xếp loại nào.</p>;
  return (
    <DataTable
      testId={`ratings-${subject}`}
      columns={[subject === 'person' && 'Họ và tên', 'Đơn vị', subject === 'unit' && 'Loại xếp loại', 'Xếp loại', subject === 'unit' && `Nhiệm vụ CCHC năm ${previousYear}`]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          {subject === 'person' ? (
            <th scope="row">
              {r.fullName}
              {r.position ? <span className="meta"> — {r.position}</span> : null}
            </th>
          ) : null}
          <td>{r.orgUnitName}</td>
          {subject === 'unit' ? <td>{RATING_KIND_LABELS[r.kind]}</td> : null}
          <td>{subject === 'person' && onPersonSaved ? <PersonRatingEdit row={r} onSaved={onPersonSaved} /> : r.ratingLabel}</td>
          {subject === 'unit' ? <td>{r.kind === 'par_task' ? (previousParTask?.get(r.orgUnitId) ?? <span className="meta">chưa có</span>) : ''}</td> : null}
        </tr>
      ))}
    </DataTable>
  );
}
