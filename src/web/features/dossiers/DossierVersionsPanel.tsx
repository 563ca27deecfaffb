import { useState } from 'react';
import { formatDateTime } from '../../app/format/dates';
import { useApiData } from '../../app/hooks/useApiData';
import { DataTable } from '../../components/DataTable';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SelectField } from '../../components/SelectField';
import type { DossierVersionComparison, DossierVersionsResponse } from '../../../shared/contracts/dossiers';

const AREA_LABELS: Record<DossierVersionComparison['changes'][number]['area'], string> = {
  councilMeeting: 'Biên bản họp',
  document: 'Tài liệu',
  nominee: 'Người được đề nghị',
};

/**
 * The versions of a dossier the unit has sent (one per submission, with its SHA-256 and its appraisal), and what
 * changed between two of them: council meeting fields, documents with a new signed scan, signature status.
 */
export function DossierVersionsPanel({ nominationId, version }: { nominationId: string; version: number }) {
  // The page keys this panel on the dossier's version, so a new submission mounts it afresh.
  const versions = useApiData<DossierVersionsResponse>(version > 0 ? `/api/nominations/${nominationId}/dossier/versions` : null);
  const items = versions.data?.items ?? [];
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const fromVersion = from ?? (items.length >= 2 ? items[items.length - 2].version : null);
  const toVersion = to ?? (items.length >= 2 ? items[items.length - 1].version : null);
  const comparison = useApiData<DossierVersionComparison>(
    fromVersion !== null && toVersion !== null && fromVersion !== toVersion ? `/api/nominations/${nominationId}/dossier/versions/compare?from=${fromVersion}&to=${toVersion}` : null,
  );
  if (version === 0) return null;
  const options = items.map((v) => ({ value: String(v.version), label: `Phiên bản ${v.version} (${formatDateTime(v.submittedAt)})` }));
  return (
    <section className="panel" aria-labelledby="dossier-versions-title" data-testid="dossier-versions">
      <h2 id="dossier-versions-title" className="heading-m">
        Các phiên bản đã gửi
      </h2>
      <ErrorBanner error={versions.error} />
      <ol className="dossier-versions">
        {items.map((v) => (
          <li key={v.version}>
            Phiên bản {v.version}: gửi lúc {formatDateTime(v.submittedAt)}
            {v.submittedByName ? ` (${v.submittedByName})` : ''} — {v.appraisal ? `${v.appraisal.outcomeLabel}${v.appraisal.note ? `: ${v.appraisal.note}` : ''}` : 'chưa thẩm định'}
            <br />
            <span className="meta">
              SHA-256 {v.contentSha256} {v.intact ? '(khớp nội dung đã lưu)' : '(KHÔNG khớp nội dung đã lưu)'}
            </span>
          </li>
        ))}
      </ol>
      {items.length >= 2 && fromVersion !== null && toVersion !== null ? (
        <>
          <h3 className="heading-s">So sánh hai phiên bản</h3>
          <div className="compare-versions">
            <SelectField id="compare-from" label="Phiên bản trước" value={String(fromVersion)} options={options} onChange={(event) => setFrom(Number(event.target.value))} />
            <SelectField id="compare-to" label="Phiên bản sau" value={String(toVersion)} options={options} onChange={(event) => setTo(Number(event.target.value))} />
          </div>
          <ErrorBanner error={comparison.error} />
          {fromVersion === toVersion ? <p className="hint">Chọn hai phiên bản khác nhau.</p> : null}
          {comparison.data && comparison.data.changes.length === 0 ? <p>Hai phiên bản giống nhau.</p> : null}
          {comparison.data && comparison.data.changes.length > 0 ? (
            <DataTable testId="version-changes" className="version-changes" caption={`Thay đổi từ phiên bản ${fromVersion} đến phiên bản ${toVersion}`} columns={['Phần', 'Nội dung', `Phiên bản ${fromVersion}`, `Phiên bản ${toVersion}`]}>
              {comparison.data.changes.map((c) => (
                <tr key={c.code}>
                  <td>{AREA_LABELS[c.area]}</td>
                  <th scope="row">{c.label}</th>
                  <td>{c.before ?? '(không có)'}</td>
                  <td>{c.after ?? '(không có)'}</td>
                </tr>
              ))}
            </DataTable>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
