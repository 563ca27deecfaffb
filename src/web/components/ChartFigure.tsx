import { useId, useState, type ReactNode } from 'react';
import { useElementWidth } from '../app/hooks/useElementWidth';
import { TableScroll } from './TableScroll';
import './charts.css';

type Props = {
  title: string;
  /** One or two sentences saying what the chart shows (the text alternative). */
  description: string;
  /** The SVG for the measured width; it gets role="img" and is named by the title and description. */
  chart: (width: number, labelledBy: string) => ReactNode;
  /** The same data as a table (for screen readers, for copying, and for people who would rather read). */
  table: ReactNode;
  legend?: ReactNode;
};

/**
 * A chart with its title, a text alternative and a toggle to show the same data as a table. The toggle is a
 * real button with aria-pressed, so it works by keyboard and is announced.
 */
export function ChartFigure({ title, description, chart, table, legend }: Props) {
  const id = useId();
  const [asTable, setAsTable] = useState(false);
  const { ref, width } = useElementWidth<HTMLDivElement>();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart__head">
        <figcaption className="chart__title heading-s" id={`${id}-title`}>
          {title}
        </figcaption>
        <button type="button" className="button button--secondary button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? 'Xem biểu đồ' : 'Xem dạng bảng'}
        </button>
      </div>
      <p className="chart__desc hint" id={`${id}-desc`}>
        {description}
      </p>
      <div ref={ref} className="chart__body">
        {asTable ? <TableScroll labelledBy={`${id}-title`}>{table}</TableScroll> : (
          <>
            {legend}
            {chart(width, `${id}-title ${id}-desc`)}
          </>
        )}
      </div>
    </figure>
  );
}
