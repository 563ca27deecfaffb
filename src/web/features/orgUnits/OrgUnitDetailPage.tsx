import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useSession } from '../../app/auth/SessionContext';
import { ErrorBanner } from '../../components/ErrorBanner';
import { LoadingMessage } from '../../components/LoadingMessage';
import { useApiData } from '../../app/hooks/useApiData';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { usePageTitle } from '../../app/hooks/usePageTitle';
import { OrgUnitBreadcrumbs } from './OrgUnitBreadcrumbs';
import { OrgUnitChildren } from './OrgUnitChildren';
import { EDIT_FIELD_IDS, OrgUnitEditForm } from './OrgUnitEditForm';
import { OrgUnitLineage } from './OrgUnitLineage';
import { OrgUnitSummary } from './OrgUnitSummary';
import { AwardHistorySection } from '../awards/AwardHistorySection';
import type { Era, OrgUnitDetail } from '../../../shared/contracts/orgUnits';

/** /don-vi/:id: a unit with its ancestors, facts, children and lineage; admins can edit it. */
export function OrgUnitDetailPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const detail = useApiData<OrgUnitDetail>(`/api/org-units/${encodeURIComponent(id)}`);
  const eras = useApiData<Era[]>('/api/eras');
  const form = useFormErrors(EDIT_FIELD_IDS);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const unit = detail.data;
  usePageTitle(unit?.name ?? (detail.error ? 'Không xem được đơn vị' : 'Đơn vị'), form.errors.length > 0);

  useEffect(() => {
    setEditing(false);
    setSaved(false);
    form.clear();
  }, [id, form.clear]);

  if (detail.error) {
    return (
      <>
        <h1>Không xem được đơn vị</h1>
        <ErrorBanner error={detail.error} />
      </>
    );
  }
  if (!unit) return <LoadingMessage text="Đang tải đơn vị…" />;
  const era = eras.data?.find((e) => e.id === unit.eraId);

  return (
    <>
      <OrgUnitBreadcrumbs ancestors={unit.ancestors} current={unit.name} />
      <h1>{unit.name}</h1>
      {saved ? (
        <div className="banner banner--success" role="status">
          Đã lưu thay đổi của đơn vị.
        </div>
      ) : null}
      <OrgUnitSummary unit={unit} era={era} />
      {can('orgUnit.write') && !editing ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Sửa đơn vị
          </button>
        </p>
      ) : null}
      {editing ? (
        <OrgUnitEditForm
          unit={unit}
          form={form}
          onCancel={() => {
            form.clear();
            setEditing(false);
          }}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
            detail.reload();
          }}
        />
      ) : null}
      <OrgUnitChildren key={unit.id} unit={unit} />
      {can('award.read') ? <AwardHistorySection key={`awards-${unit.id}`} url={`/api/org-units/${encodeURIComponent(unit.id)}/awards`} title="Khen thưởng của đơn vị và cá nhân thuộc đơn vị" /> : null}
      <section aria-labelledby="lineage-title">
        <h2 id="lineage-title" className="heading-m">
          Quan hệ giữa các thời kỳ
        </h2>
        <OrgUnitLineage title="Đơn vị kế thừa" empty="Không có đơn vị kế thừa ở thời kỳ sau." links={unit.successors} eras={eras.data ?? []} testId="org-unit-successors" />
        <OrgUnitLineage title="Đơn vị tiền thân" empty="Không có đơn vị tiền thân ở thời kỳ trước." links={unit.predecessors} eras={eras.data ?? []} testId="org-unit-predecessors" />
      </section>
    </>
  );
}
