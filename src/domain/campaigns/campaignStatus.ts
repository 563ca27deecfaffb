/**
 * Lifecycle of a campaign (SPEC §3), as an explicit transitions table so the server, the UI and the audit log agree
 * on what may happen next.
 *
 * Design decisions (why the table is not simply "every next step"):
 * - `registration_closed → registration_open` is allowed: the province may extend registration by a new document
 *   (a formal extension for everyone). A single late unit does not need it: that is the secretariat override of
 *   `checkRegistrationOpen`, logged with a reason.
 * - `appraisal → dossiers` is **refused**. Returning a dossier for supplement (SPEC §3 step 9) is a state of that
 *   dossier, not of the campaign; stepping the whole campaign back would reopen the dossier window for every unit
 *   after the 15-day deadline (II.3.c). Resubmissions of returned dossiers happen while the campaign is in
 *   `appraisal` (see `allowsDossierSubmission`).
 * - `ranking_published` cannot go back: publication freezes a ranking snapshot and starts the dossier window.
 *   A corrected ranking is a new publication, recorded elsewhere, not an undo.
 * - There is no cancel shortcut: a campaign is closed only after its decision, so its history stays complete.
 */

/** Campaign statuses in lifecycle order. */
export const CAMPAIGN_STATUSES = [
  'draft',
  'registration_open',
  'registration_closed',
  'ranking_published',
  'dossiers',
  'appraisal',
  'decided',
  'closed',
] as const;
/** One campaign status. */
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Vietnamese labels for the UI and messages. */
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: 'Dự thảo',
  registration_open: 'Đang nhận đăng ký thi đua',
  registration_closed: 'Đã kết thúc đăng ký thi đua',
  ranking_published: 'Đã công bố kết quả xếp hạng CCHC',
  dossiers: 'Đang lập hồ sơ khen thưởng',
  appraisal: 'Đang thẩm định hồ sơ',
  decided: 'Đã có quyết định khen thưởng',
  closed: 'Đã kết thúc',
};

/** Allowed next statuses from each status (see the module comment for why the two backward steps differ). */
export const CAMPAIGN_TRANSITIONS = {
  draft: ['registration_open'],
  registration_open: ['registration_closed'],
  registration_closed: ['ranking_published', 'registration_open'],
  ranking_published: ['dossiers'],
  dossiers: ['appraisal'],
  appraisal: ['decided'],
  decided: ['closed'],
  closed: [],
} as const satisfies Record<CampaignStatus, readonly CampaignStatus[]>;

/** Result of checking one transition; `reason` is Vietnamese and shown to the user as is. */
export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/** Thrown by `assertTransition`; `message` is the Vietnamese reason. */
export class CampaignTransitionError extends Error {
  readonly from: CampaignStatus;
  readonly to: CampaignStatus;
  constructor(from: CampaignStatus, to: CampaignStatus, reason: string) {
    super(reason);
    this.name = 'CampaignTransitionError';
    this.from = from;
    this.to = to;
  }
}

/** True when `to` is an allowed next status of `from`. */
export function canTransition(from: CampaignStatus, to: CampaignStatus): boolean {
  return (CAMPAIGN_TRANSITIONS[from] as readonly CampaignStatus[]).includes(to);
}

function quoted(status: CampaignStatus): string {
  return `«${CAMPAIGN_STATUS_LABELS[status]}»`;
}

/**
 * Checks a transition and explains a refusal in Vietnamese, naming both statuses and what is allowed instead.
 *
 * @example checkTransition('draft', 'closed') // { allowed: false, reason: 'Không thể chuyển đợt thi đua từ «Dự thảo» sang «Đã kết thúc»: …' }
 */
export function checkTransition(from: CampaignStatus, to: CampaignStatus): TransitionCheck {
  if (canTransition(from, to)) return { allowed: true };
  if (from === to) return { allowed: false, reason: `Đợt thi đua đang ở trạng thái ${quoted(from)}.` };
  const next: readonly CampaignStatus[] = CAMPAIGN_TRANSITIONS[from];
  const instead =
    next.length === 0
      ? `trạng thái ${quoted(from)} là trạng thái cuối cùng.`
      : `từ ${quoted(from)} chỉ được chuyển sang ${next.map(quoted).join(' hoặc ')}.`;
  return {
    allowed: false,
    reason: `Không thể chuyển đợt thi đua từ ${quoted(from)} sang ${quoted(to)}: ${instead}`,
  };
}

/**
 * Like `checkTransition` but throws, for service code that must stop (check before the transaction and again
 * inside it, STYLE §5).
 *
 * @throws {CampaignTransitionError} with the Vietnamese reason as `message`
 */
export function assertTransition(from: CampaignStatus, to: CampaignStatus): void {
  const check = checkTransition(from, to);
  if (!check.allowed) throw new CampaignTransitionError(from, to, check.reason);
}

/**
 * Whether units may create or change registrations in a status:
 * - `allowed` while registration is open (the deadline is still checked by `checkRegistrationOpen`);
 * - `override_only` once closed: only a secretariat override with a logged reason (SPEC §3 step 2);
 * - `refused` before the plan is issued and from the ranking publication on, because eligibility requires having
 *   registered (III.1.a) and registering after the results are known would defeat that.
 */
export type RegistrationChangePolicy = 'allowed' | 'override_only' | 'refused';

/** The registration-change policy of a campaign status (see `RegistrationChangePolicy`). */
export function registrationChangePolicy(status: CampaignStatus): RegistrationChangePolicy {
  if (status === 'registration_open') return 'allowed';
  if (status === 'registration_closed') return 'override_only';
  return 'refused';
}

/**
 * Whether dossiers may be submitted in a status: first submissions in `dossiers`, resubmissions of returned
 * dossiers also in `appraisal` (returns are per dossier, not a campaign step back).
 */
export function allowsDossierSubmission(status: CampaignStatus, kind: 'first' | 'resubmission'): boolean {
  if (status === 'dossiers') return true;
  return status === 'appraisal' && kind === 'resubmission';
}

/** Statuses in which the plan data may still be edited: once the ranking is published, the plan is what was judged. */
export const PLAN_EDITABLE_STATUSES: readonly CampaignStatus[] = ['draft', 'registration_open', 'registration_closed'];
