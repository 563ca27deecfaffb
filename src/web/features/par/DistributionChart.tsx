import { ChartFigure } from '../../components/ChartFigure';
import { fitText } from './chartText';
import { classColor } from './classColors';
import type { DistributionResponse } from '../../../shared/contracts/par';

const ROW = 24;
const HEAD = 28;
const LABEL = 112;
const VALUE_SPACE = 80;

type Row = { key: string; classification: string | null; label: string; count: number };

function rowsOf(data: DistributionResponse, block: DistributionResponse['blocks'][number]): Row[] {
  const rows: Row[] = data.classes.map((c) => ({ key: c.classification, classification: c.classification, label: c.label, count: block.counts[c.classification] ?? 0 }));
  if (block.unclassified > 0) rows.push({ key: 'none', classification: null, label: 'Chưa xếp loại', count: block.unclassified });
  return rows;
}

function DistributionSvg({ data, width, labelledBy }: { data: DistributionResponse; width: number; labelledBy: string }) {
  const blocks = data.blocks.map((b) => ({ block: b, rows: rowsOf(data, b) }));
  const max = Math.max(1, ...blocks.flatMap((b) => b.rows.map((r) => r.count)));
  const plot = Math.max(40, width - LABEL - VALUE_SPACE);
  let y = 0;
  const parts = blocks.map(({ block, rows }) => {
    const top = y;
    y += HEAD + rows.length * ROW + 8;
    return (
      <g key={block.blockCode}>
        <text x={0} y={top + 18} fontSize={13} fontWeight={700}>
          <title>{block.blockLabel}</title>
          {fitText(block.blockLabel, width * 0.9)}
        </text>
        {rows.map((row, i) => {
          const ry = top + HEAD + i * ROW;
          const w = row.count === 0 ? 0 : Math.max(2, (row.count / max) * plot);
          return (
            <g key={row.key}>
              <title>{`${block.blockLabel} — ${row.label}: ${row.count} đơn vị`}</title>
              <text x={LABEL - 8} y={ry + 14} fontSize={12} textAnchor="end">
                {row.label}
              </text>
              <rect x={LABEL} y={ry + 3} width={w} height={15} fill={classColor(row.classification)} />
              <text x={LABEL + w + 6} y={ry + 15} fontSize={12} fontWeight={700}>
                {row.count} đơn vị
              </text>
            </g>
          );
        })}
      </g>
    );
  });
  return (
    <svg width={width} height={y} viewBox={`0 0 ${width} ${y}`} role="img" aria-labelledby={labelledBy}>
      {parts}
    </svg>
  );
}

/** Number of units per PAR class, block by block. */
export function DistributionChart({ data }: { data: DistributionResponse }) {
  if (data.blocks.length === 0) return null;
  const summary = data.blocks
    .map((b) => `${b.blockLabel}: ${rowsOf(data, b).filter((r) => r.count > 0).map((r) => `${r.count} ${r.label.toLowerCase()}`).join(', ') || 'chưa có đơn vị'}`)
    .join('; ');
  return (
    <ChartFigure
      title={`Số đơn vị theo xếp loại năm ${data.year}`}
      description={`${summary}.`}
      chart={(width, labelledBy) => <DistributionSvg data={data} width={width} labelledBy={labelledBy} />}
      table={
        <table className="table">
          <caption className="visually-hidden">Số đơn vị theo xếp loại</caption>
          <thead>
            <tr>
              <th scope="col">Khối</th>
              {data.classes.map((c) => (
                <th scope="col" key={c.classification} className="table__num">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="table__num">Chưa xếp loại</th>
            </tr>
          </thead>
          <tbody>
            {data.blocks.map((b) => (
              <tr key={b.blockCode}>
                <th scope="row">{b.blockLabel}</th>
                {data.classes.map((c) => (
                  <td key={c.classification} className="table__num">
                    {b.counts[c.classification] ?? 0}
                  </td>
                ))}
                <td className="table__num">{b.unclassified}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
