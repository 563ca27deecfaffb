import { useId } from 'react';
import { formatNumber } from '../../app/format/numbers';
import { TableScroll } from '../../components/TableScroll';
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
  const captionId = useId();
  if (items.length === 0) return <p className="hint">Chưa có kết quả nào.</p>;
  return (
    <TableScroll labelledBy={captionId}>
      <table className="table par-table" data-testid="par-results">
        <caption id={captionId} className="table__caption">
          Kết quả Chỉ số CCHC năm {year}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="table__num">Hạng</th>
            <th scope="col">Đơn vị</th>
            {showBlock ? <th scope="col">Khối</th> : null}
            <th scope="col" className="table__num">Tự đánh giá</th>
            <th scope="col" className="table__num">Thẩm định</th>
            <th scope="col" className="table__num">Điều tra XHH</th>
            <th scope="col" className="table__num">Tổng điểm</th>
            <th scope="col" className="table__num">Chỉ số (%)</th>
            <th scope="col">Xếp loại</th>
            {onEdit ? <th scope="col"><span className="visually-hidden">Thao tác</span></th> : null}
          </tr>
        </thead>
        <tbody>
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
              {onEdit ? (
                <td>
                  <button type="button" className="button button--secondary button--small" onClick={() => onEdit(item)}>
                    Sửa<span className="visually-hidden"> điểm {item.orgUnitName}</span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
