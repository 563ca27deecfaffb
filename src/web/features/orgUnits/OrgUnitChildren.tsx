import { Link } from 'react-router';
import { DataTable } from '../../components/DataTable';
import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import { apiUrl } from '../../app/api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useApiData } from '../../app/hooks/useApiData';
import type { Page } from '../../../shared/contracts/page';
import type { OrgUnit } from '../../../shared/contracts/orgUnits';

/** "Đơn vị trực thuộc (n)" with a table of the unit's children, in the server's Vietnamese order. */
export function OrgUnitChildren({ unit }: { unit: OrgUnit }) {
  const children = useApiData<Page<OrgUnit>>(apiUrl('/org-units', { eraId: unit.eraId, parentId: unit.id, pageSize: 500 }));
  const total = children.data?.total ?? unit.childCount;
  return (
    <section aria-labelledby="children-title" data-testid="org-unit-children">
      <h2 id="children-title" className="heading-m">
        Đơn vị trực thuộc ({total})
      </h2>
      <ErrorBanner error={children.error} />
      {children.loading && !children.data ? <LoadingMessage text="Đang tải đơn vị trực thuộc…" /> : null}
      {children.data && children.data.items.length === 0 ? <p>Đơn vị này không có đơn vị trực thuộc.</p> : null}
      {children.data && children.data.items.length > 0 ? (
        <DataTable caption={`Đơn vị trực thuộc ${unit.name}`} captionHidden columns={['Tên đơn vị', 'Loại đơn vị', 'Mã đơn vị', { label: 'Trực thuộc', numeric: true }]}>
          {children.data.items.map((child) => (
            <tr key={child.id}>
              <td>
                <Link to={`/don-vi/${child.id}`}>{child.name}</Link>
              </td>
              <td>{ORG_UNIT_KIND_LABELS[child.kind]}</td>
              <td>{child.code}</td>
              <td className="table__num">{child.childCount}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
