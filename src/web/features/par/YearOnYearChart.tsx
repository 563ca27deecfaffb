import { ChartFigure } from '../../components/ChartFigure';
import { formatDelta, formatNumber } from '../../app/format/numbers';
import { fitText } from './chartText';
import { classLabel } from './classColors';
import type { YearOnYearItem, YearOnYearResponse } from '../../../shared/contracts/par';

const ROW = 42;
const UP = '#00703c';
const DOWN = '#c0201b';
const CHANGE_WORDS = { improved: 'lên hạng', unchanged: 'giữ nguyên', declined: 'xuống hạng' } as const;

/** What changed for a unit, in words: the index change when both years have scores, else the class change. */
export function changeText(item: YearOnYearItem): string {
  if (item.presence === 'new') return `mới có kết quả năm nay (${classLabel(item.currentClassification)})`;
  if (item.presence === 'dropped') return 'không có kết quả năm nay';
  const classes =
    item.previousClassification || item.currentClassification
      ? `${classLabel(item.previousClassification)} → ${classLabel(item.currentClassification)}${item.classificationChange ? ` (${CHANGE_WORDS[item.classificationChange]})` : ''}`
      : '';
  if (item.indexDelta !== null) return `${formatDelta(item.indexDelta)} điểm %${classes ? ` · ${classes}` : ''}`;
  return `chưa đủ điểm để so sánh${classes ? ` · ${classes}` : ''}`;
}

function order(a: YearOnYearItem, b: YearOnYearItem): number {
  // Measured changes first, largest gain on top; then class-only changes; then units present in one year only.
  const rankOf = (i: YearOnYearItem) => (i.indexDelta !== null ? 0 : i.presence === 'both' ? 1 : 2);
  return rankOf(a) - rankOf(b) || (b.indexDelta ?? 0) - (a.indexDelta ?? 0);
}

function YearOnYearSvg({ items, width, labelledBy }: { items: YearOnYearItem[]; width: number; labelledBy: string }) {
  const maxDelta = Math.max(5, ...items.map((i) => Math.abs(i.indexDelta ?? 0)));
  const mid = width / 2;
  // Half the width for each direction, minus room for the value label.
  const half = Math.max(30, mid - 90);
  const height = 20 + items.length * ROW;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
      <line x1={mid} x2={mid} y1={14} y2={height} stroke="#505a5f" />
      <text x={mid} y={10} fontSize={11} textAnchor="middle">
        0
      </text>
      {items.map((item, i) => {
        const y = 20 + i * ROW;
        const d = item.indexDelta;
        const w = d === null ? 0 : Math.max(2, (Math.abs(d) / maxDelta) * half);
        const x = d !== null && d < 0 ? mid - w : mid;
        const text = changeText(item);
        const labelX = d === null ? mid + 6 : d < 0 ? mid - w - 6 : mid + w + 6;
        const anchor = d !== null && d < 0 ? 'end' : 'start';
        return (
          <g key={item.unitId}>
            <title>{`${item.orgUnitName}: ${text}`}</title>
            <text x={0} y={y + 13} fontSize={13}>
              {fitText(item.orgUnitName, width)}
            </text>
            {d !== null ? <rect x={x} y={y + 18} width={w} height={14} fill={d < 0 ? DOWN : UP} /> : null}
            <text x={labelX} y={y + 30} fontSize={12} fontWeight={700} textAnchor={anchor}>
              {fitText(d === null ? text : `${formatDelta(d)} điểm %`, mid - 10)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Year-on-year change of each unit's index; units whose scores are missing show their class change in words. */
export function YearOnYearChart({ data }: { data: YearOnYearResponse }) {
  if (data.items.length === 0) return null;
  const items = [...data.items].sort(order);
  // Units with results only last year would be empty rows in the chart: they are counted in the text and kept in the table.
  const charted = items.filter((i) => i.presence !== 'dropped');
  const dropped = items.length - charted.length;
  const measured = items.filter((i) => i.indexDelta !== null);
  const up = measured.filter((i) => (i.indexDelta ?? 0) > 0).length;
  const down = measured.filter((i) => (i.indexDelta ?? 0) < 0).length;
  const description =
    `Thay đổi Chỉ số CCHC năm ${data.year} so với năm ${data.previousYear}: ${measured.length} đơn vị có điểm cả hai năm (${up} tăng, ${down} giảm); ` +
    `${charted.length - measured.length} đơn vị thiếu điểm ở một năm nên chỉ so sánh xếp loại` +
    (dropped > 0 ? `; ${dropped} đơn vị chỉ có kết quả năm ${data.previousYear} (xem dạng bảng)` : '') +
    '. Thanh xanh sang phải là tăng, thanh đỏ sang trái là giảm.';
  return (
    <ChartFigure
      title={`Thay đổi so với năm ${data.previousYear}`}
      description={description}
      chart={(width, labelledBy) => <YearOnYearSvg items={charted} width={width} labelledBy={labelledBy} />}
      table={
        <table className="table">
          <caption className="visually-hidden">Thay đổi so với năm trước</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col" className="table__num">Chỉ số {data.previousYear}</th>
              <th scope="col" className="table__num">Chỉ số {data.year}</th>
              <th scope="col">Thay đổi</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.unitId}>
                <td>{item.orgUnitName}</td>
                <td className="table__num">{item.previousIndex === null ? '—' : formatNumber(item.previousIndex)}</td>
                <td className="table__num">{item.currentIndex === null ? '—' : formatNumber(item.currentIndex)}</td>
                <td>{changeText(item)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
