import { ChartFigure } from '../../components/ChartFigure';
import { fitText } from '../par/chartText';

export type Series = { key: string; label: string; color: string };
export type BarRow = { key: string; label: string; values: number[] };

const ROW = 26;
const BAR = 16;
const LEGEND_GAP = 4;

/** The legend of the series: colour and name (the chart also writes each bar's figures, so colour is not the only cue). */
function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="chart-legend" aria-label="Chú giải màu">
      {series.map((s) => (
        <li key={s.key}>
          <span className="chart-legend__swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

function Svg({ rows, series, unit, width, labelledBy }: { rows: readonly BarRow[]; series: readonly Series[]; unit: string; width: number; labelledBy: string }) {
  const label = Math.min(220, Math.max(110, Math.round(width * 0.3)));
  const valueSpace = 96;
  const plot = Math.max(40, width - label - valueSpace);
  const max = Math.max(1, ...rows.map((r) => r.values.reduce((s, v) => s + v, 0)));
  const height = rows.length * ROW + LEGEND_GAP;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
      {rows.map((row, i) => {
        const y = i * ROW;
        const total = row.values.reduce((s, v) => s + v, 0);
        let x = label;
        const parts = row.values.map((v, si) => {
          const w = v === 0 ? 0 : Math.max(2, (v / max) * plot);
          const rect = <rect key={series[si].key} x={x} y={y + 4} width={w} height={BAR} fill={series[si].color} />;
          x += w;
          return rect;
        });
        return (
          <g key={row.key}>
            <title>{`${row.label}: ${series.map((s, si) => `${s.label} ${row.values[si]}`).join(', ')}`}</title>
            <text x={label - 8} y={y + 17} fontSize={12} textAnchor="end">
              {fitText(row.label, label - 12)}
            </text>
            {parts}
            <text x={x + 6} y={y + 17} fontSize={12} fontWeight={700}>
              {series.length > 1 ? `${row.values[0]}/${total}` : total} {unit}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * Horizontal bars, one per row, stacked by series (one series: a plain bar chart), in the shared ChartFigure frame:
 * title, a sentence saying what it shows, and the same figures as a table for screen readers, copying and print.
 * With two or more series the figure after each bar reads "first series/total".
 */
export function StackedBarChart({ title, description, rows, series, unit, rowHeader, testId }: { title: string; description: string; rows: readonly BarRow[]; series: readonly Series[]; unit: string; rowHeader: string; testId?: string }) {
  return (
    <div data-testid={testId} className="dashboard-chart">
      <ChartFigure
        title={title}
        description={description}
        legend={series.length > 1 ? <Legend series={series} /> : undefined}
        chart={(width, labelledBy) => (rows.length ? <Svg rows={rows} series={series} unit={unit} width={width} labelledBy={labelledBy} /> : <p>Chưa có số liệu.</p>)}
        table={
          <table className="table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{rowHeader}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key} className="table__num">
                    {s.label}
                  </th>
                ))}
                {series.length > 1 ? <th scope="col" className="table__num">Tổng</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  {r.values.map((v, i) => (
                    <td key={series[i].key} className="table__num">
                      {v}
                    </td>
                  ))}
                  {series.length > 1 ? <td className="table__num">{r.values.reduce((s, v) => s + v, 0)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
