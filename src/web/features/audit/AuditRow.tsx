import { useState } from 'react';
import type { AuditEvent } from '../../app/api/types';
import { formatDateTime } from '../../app/format/dates';
import { actionLabel, entityTypeLabel } from './auditLabels';

function json(value: unknown): string {
  return value === null || value === undefined ? '(không có)' : JSON.stringify(value, null, 2);
}

/** One audit event; "Xem thay đổi" expands a row with the before/after JSON. */
export function AuditRow({ event }: { event: AuditEvent }) {
  const [open, setOpen] = useState(false);
  const hasDetails = event.before != null || event.after != null || Boolean(event.reason);
  const detailsId = `audit-details-${event.id}`;
  return (
    <>
      <tr>
        <td className="nowrap">{formatDateTime(event.at)}</td>
        <td>{event.actorUsername ?? '—'}</td>
        <td>{event.unitName ?? '—'}</td>
        <td>
          {actionLabel(event.action)}
          <div className="meta">{event.action}</div>
        </td>
        <td>
          {entityTypeLabel(event.entityType)}
          {event.entityId ? <div className="meta break">{event.entityId}</div> : null}
        </td>
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
            <div className="diff">
              <div>
                <h3 className="heading-s">Trước</h3>
                <pre className="json">{json(event.before)}</pre>
              </div>
              <div>
                <h3 className="heading-s">Sau</h3>
                <pre className="json">{json(event.after)}</pre>
              </div>
            </div>
            {event.ip ? <p className="meta">Địa chỉ IP: {event.ip}</p> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
