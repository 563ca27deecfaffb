import { useState } from 'react';
import { Link } from 'react-router';
import { auditActionLabel, auditEntityLabel, auditRecordPath } from '../../../shared/auditLabels';
import { formatDateTime } from '../../app/format/dates';
import { auditChanges } from './auditChanges';
import type { AuditEvent } from '../../../shared/contracts/audit';

/** One audit event; "Xem thay đổi" expands a table of the fields before and after, changed ones marked. */
export function AuditRow({ event }: { event: AuditEvent }) {
  const [open, setOpen] = useState(false);
  const hasDetails = event.before != null || event.after != null || Boolean(event.reason);
  const detailsId = `audit-details-${event.id}`;
  const path = auditRecordPath(event);
  const entity = auditEntityLabel(event.entityType);
  const changes = open ? auditChanges(event.before, event.after) : [];
  return (
    <>
      <tr>
        <td className="nowrap">{formatDateTime(event.at)}</td>
        <td>{event.actorUsername ?? '—'}</td>
        <td>{event.unitName ?? '—'}</td>
        <td>{auditActionLabel(event.action)}</td>
        <td>{path ? <Link to={path}>{entity}</Link> : entity}</td>
        <td>
          {hasDetails ? (
            <button type="button" className="button button--small button--secondary" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((v) => !v)}>
              {open ? 'Ẩn thay đổi' : 'Xem thay đổi'}
            </button>
          ) : (
            <span className="meta">—</span>
          )}
        </td>
      </tr>
      {open ? (
        <tr id={detailsId} className="audit-details">
          <td colSpan={6}>
            {event.reason ? <p>Lý do: {event.reason}</p> : null}
            {changes.length > 0 ? (
              <table className="table table--compact audit-changes">
                <caption className="table__caption">Thay đổi của {entity.toLocaleLowerCase('vi')}</caption>
                <thead>
                  <tr>
                    <th scope="col">Thông tin</th>
                    <th scope="col">Trước</th>
                    <th scope="col">Sau</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((c) => (
                    <tr key={c.key} className={c.changed ? 'audit-changes__changed' : undefined}>
                      <th scope="row">
                        {c.label}
                        {c.changed ? <span className="visually-hidden"> (đã thay đổi)</span> : null}
                      </th>
                      <td className="pre-line">{c.before}</td>
                      <td className="pre-line">{c.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            {event.ip ? <p className="meta">Địa chỉ IP: {event.ip}</p> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
