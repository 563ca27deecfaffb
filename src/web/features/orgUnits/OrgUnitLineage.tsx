import { Link } from 'react-router';
import { formatDate } from '../../app/format/dates';
import { sortVietnamese } from '../../app/format/viCollator';
import { changeTypeLabel } from './changeTypeLabels';
import type { Era, LineageLink } from '../../../shared/contracts/orgUnits';

type Props = { title: string; empty: string; links: LineageLink[]; eras: Era[]; testId: string };

/** One direction of a unit's lineage across eras: its successors or its predecessors. */
export function OrgUnitLineage({ title, empty, links, eras, testId }: Props) {
  const eraName = (id: string) => eras.find((e) => e.id === id)?.name ?? id;
  const sorted = sortVietnamese(links, (l) => l.name);
  return (
    <section className="lineage" data-testid={testId}>
      <h3 className="heading-s">
        {title} ({links.length})
      </h3>
      {sorted.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ul className="plain-list">
          {sorted.map((link) => (
            <li key={link.id}>
              <Link to={`/don-vi/${link.id}`}>{link.name}</Link>{' '}
              <span className="meta">
                — {eraName(link.eraId)}; {changeTypeLabel(link.changeType)}, hiệu lực từ {formatDate(link.effectiveDate)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
