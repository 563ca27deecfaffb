import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import { api, apiUrl, toApiError, type ApiError } from '../../app/api/client';
import { LoadingMessage } from '../../components/LoadingMessage';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

type Props = { unit: OrgUnit; defaultExpanded?: boolean };

/**
 * One unit of the tree: a button with aria-expanded that loads its children on first opening
 * (GET /api/org-units?parentId=…), and a link to the unit's detail page.
 */
export function OrgUnitTreeNode({ unit, defaultExpanded = false }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [children, setChildren] = useState<OrgUnit[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const hasChildren = unit.childCount > 0;

  async function load() {
    setLoading(true);
    setError(null);
    try {
      const page = await api<Page<OrgUnit>>(apiUrl('/org-units', { eraId: unit.eraId, parentId: unit.id, pageSize: 500 }));
      setChildren(page.items);
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setLoading(false);
    }
  }

  function toggle() {
    const next = !expanded;
    setExpanded(next);
    if (next && children === null && !loading) void load();
  }

  // A single root (the province) opens by itself: its children are what the user came for.
  useEffect(() => {
    if (defaultExpanded && hasChildren) {
      setExpanded(true);
      void load();
    }
    // Only on mount: later the user decides.
  }, []);

  const childListId = `tree-children-${unit.id}`;
  return (
    <li className="tree__item">
      <div className="tree__row">
        {hasChildren ? (
          <button type="button" className="tree__toggle" aria-expanded={expanded} aria-controls={childListId} onClick={toggle}>
            <span className="tree__chevron" aria-hidden="true" />
            <span className="visually-hidden">Đơn vị trực thuộc {unit.name}</span>
          </button>
        ) : (
          <span className="tree__leaf" aria-hidden="true" />
        )}
        <span className="tree__content">
          <Link to={`/don-vi/${unit.id}`} className="tree__link">
            {unit.name}
          </Link>{' '}
          <span className="tree__meta">
            {ORG_UNIT_KIND_LABELS[unit.kind]}
            {hasChildren ? ` · ${unit.childCount} đơn vị trực thuộc` : ''}
          </span>
        </span>
      </div>
      {expanded ? (
        <div id={childListId}>
          {loading ? <LoadingMessage text={`Đang tải đơn vị trực thuộc ${unit.name}…`} /> : null}
          {error ? (
            <p className="error-text" role="alert">
              {error.message}
            </p>
          ) : null}
          {children && children.length > 0 ? (
            <ul className="tree__group">
              {children.map((child) => (
                <OrgUnitTreeNode key={child.id} unit={child} />
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
