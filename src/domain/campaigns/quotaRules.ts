import type { ClauseRef } from '../shared/ruleOutcome';
import type { CampaignDefinition, CollectiveKind } from './campaignDefinition';

/**
 * Quotas of III.4.a–b (SPEC §4.3), read from the campaign definition, never hard-coded. The database enforces them
 * atomically; this module decides and words the answer, so both the pre-check and the locked re-check say the same.
 */

/** The three quota rules. */
export type QuotaKind = 'commune_per_district' | 'individuals_per_collective' | 'excellent_group';

/** A quota as it applies to one subject (a district, a collective, or the province's excellent group). */
export type QuotaSpec = {
  kind: QuotaKind;
  /** null = the plan sets no limit (the excellent group by default, III.4.a first bullet). */
  limit: number | null;
  ref: ClauseRef;
};

/** What `quotaFor` is asked about. */
export type QuotaTarget =
  | { kind: 'commune_per_district'; districtCode: string }
  | { kind: 'individuals_per_collective'; collectiveKind: CollectiveKind }
  | { kind: 'excellent_group' };

/**
 * The quota that applies to a subject, with the clause it comes from:
 * - communes per district: the district's override if any (Giồng Riềng 906 and Hòn Đất 903 → 2), else the default;
 * - individuals per collective: the commune limit for commune-level collectives ("cấp xã chọn 01 cá nhân"), else
 *   the general one;
 * - excellent group: the secretariat's limit, null when none.
 */
export function quotaFor(campaign: Pick<CampaignDefinition, 'quotas'>, target: QuotaTarget): QuotaSpec {
  const { quotas } = campaign;
  switch (target.kind) {
    case 'commune_per_district': {
      // A province-wide quota (two tiers, no districts) has no per-district exceptions.
      const override =
        quotas.communeQuotaScope === 'province_wide'
          ? undefined
          : quotas.communesPerDistrictOverrides.find((o) => o.districtCode === target.districtCode);
      const source = override ?? quotas.communesPerDistrict;
      return { kind: target.kind, limit: source.limit, ref: source.ref };
    }
    case 'individuals_per_collective': {
      const source =
        target.collectiveKind === 'commune' ? quotas.individualsPerCommune : quotas.individualsPerCollective;
      return { kind: target.kind, limit: source.limit, ref: source.ref };
    }
    case 'excellent_group':
      return {
        kind: target.kind,
        limit: quotas.excellentGroupCollectives.limit,
        ref: quotas.excellentGroupCollectives.ref,
      };
  }
}

/** Input of `checkQuota`: a `QuotaSpec` (usually from `quotaFor`) plus what is already used. */
export type QuotaCheckInput = QuotaSpec & {
  /** Proposals already counted against this quota (not including the new ones). */
  used: number;
  /** How many are being added now; 1 by default. */
  requested?: number;
  /** Who the quota belongs to, for the message: "Huyện Giồng Riềng", "Sở Tư pháp", "Sở Nội vụ". */
  subjectName?: string;
};

/** Result of `checkQuota`. */
export type QuotaCheck = {
  allowed: boolean;
  /** Vietnamese: names the quota, the clause and what is already used. */
  message: string;
  used: number;
  limit: number | null;
  /** Left after this request if allowed; left now otherwise; null when unlimited. */
  remaining: number | null;
  ref: ClauseRef;
};

// Wording per rule: the verb of the subject, what is counted, and the quota's name in the message.
const WORDING: Record<QuotaKind, { subject: string; verb: string; noun: string; name: string }> = {
  commune_per_district: {
    subject: 'Huyện',
    verb: 'đề nghị',
    noun: 'xã',
    name: 'số đơn vị hành chính cấp xã mỗi huyện, thành phố được đề nghị khen thưởng',
  },
  individuals_per_collective: {
    subject: 'Tập thể',
    verb: 'đề nghị',
    noun: 'cá nhân',
    name: 'số cá nhân tiêu biểu xuất sắc mỗi tập thể được đề nghị khen thưởng',
  },
  excellent_group: {
    subject: 'Sở Nội vụ',
    verb: 'chọn',
    noun: 'tập thể',
    name: 'số tập thể tiêu biểu trong nhóm xếp hạng xuất sắc',
  },
};

/**
 * Decides whether `requested` more proposals fit a quota: allowed when `used + requested ≤ limit`, always when the
 * limit is null. The message names the quota, its clause and the use so far, e.g.
 * "Huyện Giồng Riềng đã đề nghị 2/2 xã (chỉ tiêu: số đơn vị hành chính cấp xã … — Gạch đầu dòng 2, Điểm a,
 * Khoản 4, Mục III Kế hoạch số 34/KH-UBND ngày 03/3/2020); không thể đề nghị thêm."
 *
 * @throws {RangeError} when `used`, `requested` or `limit` is not a non-negative integer (a caller bug, not input)
 */
export function checkQuota(input: QuotaCheckInput): QuotaCheck {
  const { kind, limit, ref, used } = input;
  const requested = input.requested ?? 1;
  for (const [name, value] of [
    ['used', used],
    ['requested', requested],
    ['limit', limit ?? 0],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`checkQuota: ${name} phải là số nguyên ≥ 0`);
  }
  const w = WORDING[kind];
  const subject = input.subjectName?.trim() || w.subject;
  const quota = `chỉ tiêu: ${w.name} — ${ref.clause} ${ref.source}`;
  const base = { used, limit, ref };

  if (limit === null) {
    return {
      ...base,
      allowed: true,
      remaining: null,
      message: `${subject} đã ${w.verb} ${used} ${w.noun} (${quota}: Kế hoạch không giới hạn số lượng).`,
    };
  }
  const usage = `${subject} đã ${w.verb} ${used}/${limit} ${w.noun} (${quota})`;
  if (used > limit) {
    return {
      ...base,
      allowed: false,
      remaining: 0,
      message: `${usage}, vượt chỉ tiêu ${used - limit}; không thể ${w.verb} thêm và phải rút bớt ${used - limit} đề nghị.`,
    };
  }
  if (used + requested > limit) {
    const more = requested === 1 ? '' : ` ${requested} ${w.noun} nữa (chỉ còn ${limit - used})`;
    return {
      ...base,
      allowed: false,
      remaining: limit - used,
      message:
        used === limit
          ? `${usage}; không thể ${w.verb} thêm.`
          : `${usage}; không thể ${w.verb} thêm${more}.`,
    };
  }
  const left = limit - used - requested;
  return {
    ...base,
    allowed: true,
    remaining: left,
    message: `${usage}; ${w.verb} thêm ${requested} thì còn ${left}.`,
  };
}
