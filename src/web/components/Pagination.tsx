type Props = {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** What the pages list, for the landmark name, e.g. "nhật ký". */
  label: string;
};

/** Previous / next page buttons with "Trang x / y"; hidden when everything fits on one page. */
export function Pagination({ page, pageSize, total, onChange, label }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`Phân trang ${label}`}>
      <button type="button" className="button button--secondary" disabled={page <= 1} onClick={() => onChange(page - 1)}>
        ‹ Trang trước
      </button>
      <span className="pagination__status" aria-live="polite">
        Trang {page} / {pages}
      </span>
      <button type="button" className="button button--secondary" disabled={page >= pages} onClick={() => onChange(page + 1)}>
        Trang sau ›
      </button>
    </nav>
  );
}
