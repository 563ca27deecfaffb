import { useState } from 'react';
import { api, toApiError } from '../../app/api/client';
import { RATING_OPTIONS } from './ratingOptions';
import type { RatingRow } from '../../../shared/contracts/campaignInputs';

/** Changes one person's rating in place (the row's select and a "Lưu" button). */
export function PersonRatingEdit({ row, onSaved }: { row: RatingRow; onSaved: () => void }) {
  const [value, setValue] = useState<string>(row.rating);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `person-rating-${row.id}`;
  async function save() {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/ratings/${row.year}/people/${row.personId}`, { method: 'PUT', body: { overall: value } });
      onSaved();
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="inline-edit">
      <label className="visually-hidden" htmlFor={id}>
        Xếp loại của {row.fullName}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined}>
        {RATING_OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="button button--secondary button--small" disabled={busy || value === row.rating} onClick={() => void save()}>
        Lưu<span className="visually-hidden"> xếp loại của {row.fullName}</span>
      </button>
      {error ? (
        <p className="error-message" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
