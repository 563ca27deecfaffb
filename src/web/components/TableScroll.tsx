import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  /** The id of what names the table (its caption, the chart's title): the region is announced by it. */
  labelledBy?: string;
  children: ReactNode;
};

/**
 * The frame of a table that scrolls sideways on a phone. While it does scroll it is a named region in the tab
 * order, so a keyboard user can reach it and scroll with the arrow keys (WCAG 2.1.1; axe "scrollable-region-
 * focusable" — a table without links or buttons offers nothing else to focus). While it fits it adds no tab stop.
 */
export function TableScroll({ labelledBy, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  // A layout effect: the first measure lands before the first paint, so no check (or user) sees a scrolling frame without its tab stop.
  useLayoutEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const measure = () => setScrolls(frame.scrollWidth > frame.clientWidth);
    measure();
    // The frame changes with the window, the table with its rows.
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-wrap" {...(scrolls ? { tabIndex: 0, role: 'region', ...(labelledBy ? { 'aria-labelledby': labelledBy } : { 'aria-label': 'Bảng' }) } : {})}>
      {children}
    </div>
  );
}
