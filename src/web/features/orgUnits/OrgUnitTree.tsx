import { OrgUnitTreeNode } from './OrgUnitTreeNode';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

/** The top of the user's scope as a nested list; a single root opens by itself. */
export function OrgUnitTree({ roots }: { roots: OrgUnit[] }) {
  if (roots.length === 0) return <p>Không có đơn vị nào trong thời kỳ này.</p>;
  return (
    <ul className="tree" aria-label="Cây đơn vị" data-testid="org-unit-tree">
      {roots.map((unit) => (
        <OrgUnitTreeNode key={unit.id} unit={unit} defaultExpanded={roots.length === 1} />
      ))}
    </ul>
  );
}
