import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../../app/api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormErrors } from '../../app/hooks/useFormErrors';
import { confirmAction } from '../../components/confirmAction';
import type { CampaignDetailView } from './campaignTypes';
import type { CampaignClone, CampaignSummary } from '../../../shared/contracts/campaigns';
import type { Era } from '../../../shared/contracts/orgUnits';
import { toVnLocalDate } from '../../../domain/time/localDate';
import { useApiData } from '../../app/hooks/useApiData';

/**
 * The year a copy defaults to: the current year by the server's clock (the page's answer carries it, so a wrong
 * device clock does not matter), or the next one when the campaign is already this year's.
 */
export function defaultCloneYear(campaign: Pick<CampaignDetailView, 'year' | 'serverNow'>): number {
  const current = Number(toVnLocalDate(new Date(campaign.serverNow)).slice(0, 4));
  return current === campaign.year ? current + 1 : current;
}

/** Sở Nội vụ's controls on a campaign: move its status (illegal moves are refused by the server with the reason) and clone it. */
export function CampaignAdminActions({ campaign, onChanged }: { campaign: CampaignDetailView; onChanged: () => void }) {
  const navigate = useNavigate();
  const [status, setStatus] = useState(campaign.nextStatuses[0]?.status ?? '');
  const [year, setYear] = useState(String(defaultCloneYear(campaign)));
  // Empty: the server takes the era in force in the new year (2026 → An Giang, two tiers).
  const [eraId, setEraId] = useState('');
  const eras = useApiData<Era[]>('/api/eras');
  const statusErrors = useFormErrors({ status: 'campaign-next-status' });
  const cloneErrors = useFormErrors({ year: 'campaign-clone-year', eraId: 'campaign-clone-era' });

  async function changeStatus(e: FormEvent) {
    e.preventDefault();
    const label = campaign.nextStatuses.find((s) => s.status === status)?.label ?? status;
    if (!confirmAction(`Chuyển đợt thi đua ${campaign.planNumber} từ «${campaign.statusLabel}» sang «${label}»: các đơn vị thấy ngay trạng thái mới và việc đăng ký, hồ sơ theo trạng thái này.`)) return;
    statusErrors.clear();
    try {
      await api<CampaignSummary>(`/api/campaigns/${campaign.id}/status`, { method: 'POST', body: { status } });
      onChanged();
    } catch (err) {
      statusErrors.showApiError(err);
    }
  }

  async function clone(e: FormEvent) {
    e.preventDefault();
    cloneErrors.clear();
    if (!/^\d{4}$/.test(year.trim())) {
      cloneErrors.showErrors([{ fieldId: 'campaign-clone-year', message: 'Năm của đợt mới: nhập 4 chữ số, ví dụ 2021' }]);
      return;
    }
    try {
      const res = await api<CampaignClone>(`/api/campaigns/${campaign.id}/clone`, { method: 'POST', body: { year: Number(year), eraId: eraId || undefined } });
      // The review list is shown on the new campaign's page, where the secretariat goes on to edit the draft.
      navigate(`/thi-dua/${res.campaign.id}`, { state: { warnings: res.warnings } });
    } catch (err) {
      cloneErrors.showApiError(err);
    }
  }

  return (
    <section aria-labelledby="admin-title" className="panel">
      <h2 id="admin-title">Điều hành đợt thi đua</h2>
      <form onSubmit={changeStatus} noValidate>
        <ErrorSummary errors={statusErrors.errors} description={statusErrors.description} />
        {campaign.nextStatuses.length === 0 ? (
          <p>Đợt thi đua đã kết thúc; không còn bước tiếp theo.</p>
        ) : (
          <>
            <SelectField
              id="campaign-next-status"
              label="Chuyển sang trạng thái"
              options={campaign.nextStatuses.map((s) => ({ value: s.status, label: s.label }))}
              value={status}
              error={statusErrors.errorFor('campaign-next-status')}
              onChange={(e) => setStatus(e.target.value as typeof status)}
            />
            <button type="submit" className="button">
              Chuyển trạng thái
            </button>
          </>
        )}
      </form>
      <form onSubmit={clone} noValidate>
        <ErrorSummary errors={cloneErrors.errors} description={cloneErrors.description} />
        <TextField
          id="campaign-clone-year"
          label="Sao chép sang năm"
          hint="Tạo dự thảo đợt thi đua mới với các mốc thời gian dời sang năm này, theo cây đơn vị có hiệu lực trong năm đó (từ 01/07/2025: tỉnh An Giang, chính quyền hai cấp); không sao chép đăng ký và kết quả."
          inputMode="numeric"
          value={year}
          error={cloneErrors.errorFor('campaign-clone-year')}
          onChange={(e) => setYear(e.target.value)}
        />
        <SelectField
          id="campaign-clone-era"
          label="Cây đơn vị của đợt mới"
          options={[
            { value: '', label: 'Theo năm của đợt mới (cây đơn vị có hiệu lực trong năm đó)' },
            ...(eras.data ?? []).map((e) => ({ value: e.id, label: e.name })),
          ]}
          value={eraId}
          error={cloneErrors.errorFor('campaign-clone-era')}
          onChange={(e) => setEraId(e.target.value)}
        />
        <button type="submit" className="button button--secondary">
          Sao chép đợt thi đua
        </button>
      </form>
    </section>
  );
}
