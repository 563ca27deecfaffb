import { ORG_UNIT_KIND_LABELS } from '../../../domain/orgUnits/orgUnitKind';
import { formatDate } from '../../app/format/dates';
import type { Era, OrgUnitDetail } from '../../../shared/contracts/orgUnits';

/** Key facts of a unit as a summary list: kind, code, short name, era, validity. */
export function OrgUnitSummary({ unit, era }: { unit: OrgUnitDetail; era?: Era }) {
  const validity = `Từ ${formatDate(unit.validFrom)}${unit.validTo ? ` đến ${formatDate(unit.validTo)}` : ' (đang hiệu lực)'}`;
  return (
    <dl className="summary-list" data-testid="org-unit-summary">
      <div className="summary-list__row">
        <dt>Loại đơn vị</dt>
        <dd>{ORG_UNIT_KIND_LABELS[unit.kind]}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Mã đơn vị</dt>
        <dd>{unit.code}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Tên viết tắt</dt>
        <dd>{unit.shortName || '—'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Thư điện tử nhận thông báo</dt>
        <dd>{unit.email || '—'}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Thời kỳ</dt>
        <dd>{era?.name ?? unit.eraId}</dd>
      </div>
      <div className="summary-list__row">
        <dt>Hiệu lực</dt>
        <dd>{validity}</dd>
      </div>
    </dl>
  );
}
