import { useState, type ReactNode } from 'react';

type Props = {
  summary: string;
  /** Open on arrival; the tall charts start closed so that the table and forms are in reach. */
  initiallyOpen?: boolean;
  testId?: string;
  /** Rendered only while open: a closed chart neither loads its data nor takes any height. */
  children: () => ReactNode;
};

/** One collapsible chart: a native details/summary, so Enter and Space open and close it and it is announced. */
export function ChartDetails({ summary, initiallyOpen = false, testId, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details className="chart-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={testId}>
      <summary className="chart-details__summary">{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
