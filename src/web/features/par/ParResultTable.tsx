import { formatNumber } from '../../app/format/numbers';
import { DataTable } from '../../components/DataTable';
import { ACTIONS_COLUMN, RowAction } from '../../components/RowAction';
import { ClassTag } from './ClassTag';
import type { ParResultItem } from '../../../shared/contracts/par';

type Props = {
  year: number;
  items: ParResultItem[];
  showBlock: boolean;
  /** Shown only to those who may enter scores. */
  onEdit?: (item: ParResultItem) => void;
};

const points = (value: number | null) => (value === null ? '—' : formatNumber(value));

/** The year's results: points, index (%), rank in block and class, with the notes of each row. */
export function ParResultTable({ year, items, showBlock, onEdit }: Props) {
  if (items.length === 0) return <p className="hint">Chưa có kết quả nào.</p>;
  return (
    <DataTable
      caption={`Kết quả Chỉ số CCHC năm ${year}`}
      className="par-table"
      testId="par-results"
      columns={[
        { label: 'Hạng', numeric: true },
        'Đơn vị',
        showBlock && 'Khối',
        { label: 'Tự đánh giá', numeric: true },
        { label: 'Thẩm định', numeric: true },
        { label: 'Điều tra XHH', numeric: true },
        { label: 'Tổng điểm', numeric: true },
        { label: 'Chỉ số (%)', numeric: true },
        'Xếp loại',
        onEdit && ACTIONS_COLUMN,
      ]}
    >
      {items.map((item) => (
        <tr key={item.unitId}>
          <td className="table__num">{item.rank ?? '—'}</td>
          <th scope="row" className="par-table__unit">
            {item.orgUnitName}
            {item.notes.length > 0 ? (
              <ul className="meta par-table__notes">
                {item.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </th>
          {showBlock ? <td>{item.blockLabel}</td> : null}
          <td className="table__num">{points(item.selfScore)}</td>
          <td className="table__num">{points(item.appraisedScore)}</td>
          <td className="table__num">{points(item.surveyScore)}</td>
          <td className="table__num">
            {points(item.totalPoints)}
            <span className="meta"> / {formatNumber(item.maxPoints)}</span>
          </td>
          <td className="table__num">{item.indexPercent === null ? '—' : formatNumber(item.indexPercent)}</td>
          <td>
            {item.classification ? <ClassTag classification={item.classification} label={item.classificationLabel} /> : <span className="meta">Chưa xếp loại</span>}
            {item.classificationSource === 'published' ? <span className="meta"> (theo công bố)</span> : null}
          </td>
          {onEdit ? <RowAction label="Sửa" row={`điểm ${item.orgUnitName}`} variant="secondary" onClick={() => onEdit(item)} /> : null}
        </tr>
      ))}
    </DataTable>
  );
}
