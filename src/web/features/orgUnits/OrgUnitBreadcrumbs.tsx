import { Link } from 'react-router';

/** The unit's ancestors, root first, as a breadcrumb trail ending with the unit itself. */
export function OrgUnitBreadcrumbs({ ancestors, current }: { ancestors: { id: string; name: string }[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Đơn vị cấp trên" data-testid="org-unit-breadcrumbs">
      <ol className="breadcrumbs__list">
        <li>
          <Link to="/don-vi">Đơn vị</Link>
        </li>
        {ancestors.map((a) => (
          <li key={a.id}>
            <Link to={`/don-vi/${a.id}`}>{a.name}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
