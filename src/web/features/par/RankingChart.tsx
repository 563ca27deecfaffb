import { ChartFigure } from '../../components/ChartFigure';
import { formatNumber } from '../../app/format/numbers';
import { fitText, textWidth } from './chartText';
import { ClassLegend } from './ClassLegend';
import { classColor, classLabel } from './classColors';
import type { RankingResponse } from '../../../shared/contracts/par';

type Block = RankingResponse['blocks'][number];
type Item = Block['items'][number];

const ROW = 42;
const TOP = 22;
const VALUE_SPACE = 150;

function byRank(a: Item, b: Item): number {
  if (a.rank !== null && b.rank !== null) return a.rank - b.rank;
  if (a.rank !== null) return -1;
  if (b.rank !== null) return 1;
  return (b.indexPercent ?? -1) - (a.indexPercent ?? -1);
}

function valueText(item: Item): string {
  const cls = item.classificationLabel ?? classLabel(item.classification);
  return item.indexPercent === null ? `chưa có điểm · ${cls}` : `${formatNumber(item.indexPercent)}% · ${cls}`;
}

function RankingSvg({ items, width, labelledBy }: { items: Item[]; width: number; labelledBy: string }) {
  const plot = Math.max(80, width - VALUE_SPACE);
  const height = TOP + items.length * ROW;
  const x = (percent: number) => (Math.min(100, Math.max(0, percent)) / 100) * plot;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
      {[0, 50, 100].map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={TOP - 4} y2={height} stroke="#dcdcdc" />
          <text x={x(tick)} y={12} fontSize={11} textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}>
            {tick}%
          </text>
        </g>
      ))}
      {items.map((item, i) => {
        const y = TOP + i * ROW;
        const name = `${item.rank !== null ? `${item.rank}. ` : ''}${item.orgUnitName}`;
        const barWidth = item.indexPercent === null ? 0 : Math.max(2, x(item.indexPercent));
        return (
          <g key={item.unitId}>
            <title>{`${name}: ${valueText(item)}`}</title>
            <text x={0} y={y + 13} fontSize={13}>
              {fitText(name, width)}
            </text>
            {item.indexPercent === null ? (
              <rect x={0} y={y + 18} width={plot} height={14} fill="none" stroke={classColor(item.classification)} strokeDasharray="4 3" />
            ) : (
              <rect x={0} y={y + 18} width={barWidth} height={14} fill={classColor(item.classification)} />
            )}
            {/* The label goes after the bar, or inside its end (white on the class colour) when it would not fit. */}
            {item.indexPercent !== null && barWidth + 12 + textWidth(valueText(item)) > width ? (
              <text x={barWidth - 6} y={y + 30} fontSize={12} fontWeight={700} textAnchor="end" style={{ fill: '#fff' }}>
                {valueText(item)}
              </text>
            ) : (
              <text x={item.indexPercent === null ? 6 : barWidth + 6} y={y + 30} fontSize={12} fontWeight={700}>
                {valueText(item)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** One ranking bar chart per block: units by rank, bars coloured by class, each with its index and class. */
export function RankingChart({ data }: { data: RankingResponse }) {
  if (data.blocks.length === 0) return <p className="hint">Chưa có kết quả để vẽ biểu đồ xếp hạng.</p>;
  return (
    <>
      {data.blocks.map((block) => {
        const items = [...block.items].sort(byRank);
        const withScore = items.filter((i) => i.indexPercent !== null).length;
        const description =
          `${items.length} đơn vị của khối ${block.blockLabel} năm ${data.year}, xếp theo thứ hạng; chiều dài thanh là Chỉ số CCHC (%), màu là xếp loại.` +
          (withScore < items.length ? ` ${items.length - withScore} đơn vị chưa có điểm (chỉ có xếp loại) được vẽ bằng khung nét đứt.` : '');
        return (
          <ChartFigure
            key={block.blockCode}
            title={`Xếp hạng Chỉ số CCHC năm ${data.year} — ${block.blockLabel}`}
            description={description}
            legend={<ClassLegend />}
            chart={(width, labelledBy) => <RankingSvg items={items} width={width} labelledBy={labelledBy} />}
            table={
              <table className="table">
                <caption className="visually-hidden">Xếp hạng — {block.blockLabel}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="table__num">Hạng</th>
                    <th scope="col">Đơn vị</th>
                    <th scope="col" className="table__num">Chỉ số (%)</th>
                    <th scope="col">Xếp loại</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.unitId}>
                      <td className="table__num">{item.rank ?? '—'}</td>
                      <td>{item.orgUnitName}</td>
                      <td className="table__num">{item.indexPercent === null ? 'chưa có' : formatNumber(item.indexPercent)}</td>
                      <td>{item.classificationLabel ?? classLabel(item.classification)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        );
      })}
    </>
  );
}
