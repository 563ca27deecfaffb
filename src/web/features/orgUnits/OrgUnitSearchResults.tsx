import { Link } from 'react-router';
import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnitListItem } from '../../../shared/contracts/orgUnits';

/** Units matching the search (the server ignores diacritics and sorts in Vietnamese order); the parent tells apart names that repeat. */
export function OrgUnitSearchResults({ result, query }: { result: Page<OrgUnitListItem>; query: string }) {
  return (
    <section aria-labelledby="search-results-title" data-testid="org-unit-search-results">
      <h2 id="search-results-title" className="heading-m">
        Kết quả tìm “{query}” ({result.total})
      </h2>
      {result.total === 0 ? (
        <p>Không tìm thấy đơn vị nào. Thử từ khóa khác, có thể gõ không dấu (ví dụ “giong rieng”).</p>
      ) : (
        <ul className="result-list">
          {result.items.map((unit) => (
            <li key={unit.id} className="result-list__item">
              <Link to={`/don-vi/${unit.id}`}>{unit.name}</Link>
              <span className="result-list__meta">
                {ORG_UNIT_KIND_LABELS[unit.kind]}
                {unit.parentName ? ` · thuộc ${unit.parentName}` : ''} · Mã {unit.code}
              </span>
            </li>
          ))}
        </ul>
      )}
      {result.total > result.items.length ? (
        <p className="hint">
          Đang hiện {result.items.length} trên {result.total} đơn vị. Gõ thêm từ khóa để thu hẹp kết quả.
        </p>
      ) : null}
    </section>
  );
}
