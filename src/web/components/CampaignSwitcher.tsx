import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useApiData } from '../app/hooks/useApiData';
import type { CampaignStatus } from '../../domain/campaigns/campaignStatus';
import type { CampaignSummary } from '../../shared/contracts/campaigns';
import type { Page } from '../../shared/contracts/page';
import { SelectField } from './SelectField';

type Props = {
  /** The campaign the page shows. */
  campaignId: string;
  /** The page's path under /thi-dua/:id/, e.g. "du-dieu-kien"; the same page of the chosen campaign opens. */
  section: string;
};

/** "Năm 2020 — 34/KH-UBND": a campaign as officials name it. */
export function campaignLabel(c: Pick<CampaignSummary, 'year' | 'planNumber' | 'status'>): string {
  return `Năm ${c.year} — ${c.planNumber}${c.status === 'draft' ? ' (dự thảo)' : ''}`;
}

/**
 * The campaign a menu entry opens when none is named: the newest in one of the statuses the page is for (the
 * eligibility board is for campaigns whose ranking is being decided, not one that has just opened registration),
 * else the newest under way. A draft (a clone being prepared) is taken only when there is nothing else.
 */
export function currentCampaign<T extends Pick<CampaignSummary, 'year' | 'status'>>(items: T[], preferred: readonly CampaignStatus[] = []): T | undefined {
  const newestFirst = [...items].sort((a, b) => b.year - a.year);
  return newestFirst.find((c) => preferred.includes(c.status)) ?? newestFirst.find((c) => c.status !== 'draft') ?? newestFirst[0];
}

/**
 * Which campaign a campaign-scoped page is about, and the way to the same page of another campaign. A select
 * with a button, not a select that navigates on change: with the keyboard, every arrow press would otherwise
 * open another campaign (WCAG 3.2.2). The campaign is in the URL, so the choice survives a reload and a link.
 */
export function CampaignSwitcher({ campaignId, section }: Props) {
  const navigate = useNavigate();
  const switched = (useLocation().state as { campaignSwitched?: boolean } | null)?.campaignSwitched === true;
  const campaigns = useApiData<Page<CampaignSummary>>('/api/campaigns?pageSize=200');
  // The choice belongs to the campaign shown: after "back" to another campaign, the select shows that one again.
  const [choice, setChoice] = useState<{ from: string; id: string } | null>(null);
  const chosen = choice?.from === campaignId ? choice.id : campaignId;
  const items = [...(campaigns.data?.items ?? [])].sort((a, b) => b.year - a.year || a.planNumber.localeCompare(b.planNumber, 'vi'));
  const current = items.find((c) => c.id === campaignId);
  const id = `campaign-switcher-${section}`;
  // The page is drawn anew for the chosen campaign; focus comes back to the switcher rather than the page's top.
  const ready = Boolean(current);
  useEffect(() => {
    if (switched && ready) document.getElementById(id)?.focus();
  }, [switched, ready, id]);
  if (!current) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (chosen !== campaignId) navigate(`/thi-dua/${chosen}/${section}`, { state: { campaignSwitched: true } });
  };

  return (
    <form className="campaign-switcher" aria-label="Chọn đợt thi đua" onSubmit={submit} data-testid="campaign-switcher">
      {items.length > 1 ? (
        <>
          <SelectField
            id={id}
            label="Đợt thi đua"
            options={items.map((c) => ({ value: c.id, label: campaignLabel(c) }))}
            value={chosen}
            onChange={(e) => setChoice({ from: campaignId, id: e.target.value })}
          />
          <button type="submit" className="button button--secondary">
            Xem đợt này
          </button>
        </>
      ) : (
        <p className="meta">Đợt thi đua: {campaignLabel(current)}</p>
      )}
      <Link className="campaign-switcher__plan" to={`/thi-dua/${campaignId}`}>
        Mở kế hoạch {current.planNumber}
      </Link>
    </form>
  );
}
