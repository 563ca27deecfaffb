import type { CampaignDefinition, CollectiveKind } from '../campaigns/campaignDefinition';
import { collectiveKindOf } from '../campaigns/registrationScope';
import { checkQuota, quotaFor, type QuotaCheck, type QuotaSpec } from '../campaigns/quotaRules';
import type { EligibilityResult } from '../eligibility/evaluateEligibility';
import type { OrgUnitKind } from '../orgUnits/orgUnitKind';
import type { ClauseRef, Verdict } from '../shared/ruleOutcome';

/**
 * Nominations (đề nghị khen thưởng) of III.4.a–b and SPEC §4.3: who proposes whom, which quota a proposal uses, and
 * whether it may be made. Pure: the server loads the facts (under a row lock for the quota) and asks here.
 */

/** What is nominated: a unit (a commune, proposed by its district) or a person (proposed by their collective). */
export const NOMINEE_KINDS = ['unit', 'person'] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

/** A nomination is active while `proposed`; `withdrawn` frees its place in the quota and the nominee. */
export const NOMINATION_STATUSES = ['proposed', 'withdrawn'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  proposed: 'Đã đề nghị',
  withdrawn: 'Đã rút',
};

/** III.4.a, second bullet: each district chooses its commune(s). */
const COMMUNE_CLAUSE = 'Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III';
/** III.4.a, first bullet: the other collectives are chosen by Sở Nội vụ. */
const SELECTION_CLAUSE = 'Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III';
/** III.4.b: the chosen collectives propose their individuals. */
const INDIVIDUALS_CLAUSE = 'Điểm b, Khoản 4, Mục III';
/** III.1.a: "có đăng ký thi đua chuyên đề theo Kế hoạch này". */
const REGISTERED_CLAUSE = 'Điểm a, Khoản 1, Mục III';

/** A unit as these rules read it: the nominee's unit, with its parent (a commune's district). */
export type NominationUnit = {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parUnitLevel: 'province' | 'district' | null;
  parent: { id: string; code: string; name: string; kind: OrgUnitKind } | null;
};

/** Who is nominated. */
export type Nominee =
  | { kind: 'unit'; unit: NominationUnit }
  | { kind: 'person'; personId: string; fullName: string; unit: NominationUnit };

/** The unit that proposes a nominee, the quota it uses and the key of that quota's lock row. */
export type ProposerAndQuota = {
  ok: true;
  proposingUnit: { id: string; code: string; name: string };
  quota: QuotaSpec;
  /** One per (quota rule, proposing unit): the row the server locks before counting, e.g. "commune_per_district:<id>". */
  quotaKey: string;
};

/** A refusal: the Vietnamese message names the rule and its clause. */
export type Refusal = { ok: false; message: string; ref: ClauseRef };

/** The name of a nominee in messages: "Xã Bàn Tân Định" or "Nguyễn Văn A (Xã Bàn Tân Định)". */
export function nomineeName(nominee: Nominee): string {
  return nominee.kind === 'unit' ? nominee.unit.name : `${nominee.fullName} (${nominee.unit.name})`;
}

/** The collective kind of II.2.a, for the individuals' quota: the registrations' one rule, not a second copy. */
export { collectiveKindOf };

/**
 * Who proposes a nominee and which quota it uses (III.4.a–b):
 * - a commune is proposed by its district, against the district's commune quota (1; the campaign's overrides, e.g.
 *   Giồng Riềng and Hòn Đất: 2); in a campaign whose commune quota is province-wide (two tiers), by the province,
 *   against that one quota;
 * - a person is proposed by their own collective, against its individuals' quota (2; a commune: 1);
 * - any other unit is refused: the other collectives are chosen by Sở Nội vụ (III.4.a, first bullet).
 */
export function proposerOf(campaign: Pick<CampaignDefinition, 'quotas'>, nominee: Nominee): ProposerAndQuota | Refusal {
  const source = campaign.quotas.communesPerDistrict.ref.source;
  if (nominee.kind === 'unit') {
    const { unit } = nominee;
    if (unit.kind !== 'commune') {
      return {
        ok: false,
        message: `${unit.name} không phải đơn vị hành chính cấp xã: huyện, thành phố chỉ đề nghị đơn vị cấp xã (${COMMUNE_CLAUSE}); các tập thể khác do Sở Nội vụ chọn trong nhóm xếp hạng xuất sắc (${SELECTION_CLAUSE} ${source}).`,
        ref: { clause: SELECTION_CLAUSE, source },
      };
    }
    const provinceWide = campaign.quotas.communeQuotaScope === 'province_wide';
    if (!unit.parent || unit.parent.kind !== communeProposerKind(campaign)) {
      return {
        ok: false,
        message: provinceWide
          ? `${unit.name} không trực thuộc tỉnh, nên không thuộc chỉ tiêu xã toàn tỉnh của đợt thi đua (${COMMUNE_CLAUSE} ${source}).`
          : `${unit.name} không trực thuộc huyện, thành phố nào, nên không có huyện đề nghị theo ${COMMUNE_CLAUSE} ${source}.`,
        ref: { clause: COMMUNE_CLAUSE, source },
      };
    }
    return communeQuotaOf(campaign, unit.parent);
  }
  const collectiveKind = collectiveKindOf(nominee.unit);
  if (!collectiveKind) {
    return {
      ok: false,
      message: `${nominee.unit.name} không thuộc các tập thể tham gia thi đua, nên không đề nghị cá nhân theo ${INDIVIDUALS_CLAUSE} ${source}.`,
      ref: { clause: INDIVIDUALS_CLAUSE, source },
    };
  }
  const quota = quotaFor(campaign, { kind: 'individuals_per_collective', collectiveKind });
  const { id, code, name } = nominee.unit;
  return { ok: true, proposingUnit: { id, code, name }, quota, quotaKey: `${quota.kind}:${id}` };
}

/**
 * The kind of unit that proposes the communes (Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III): their district; in a
 * campaign whose commune quota is province-wide (two tiers, no districts since 01/7/2025), the province.
 */
export function communeProposerKind(campaign: Pick<CampaignDefinition, 'quotas'>): 'district' | 'province' {
  return campaign.quotas.communeQuotaScope === 'province_wide' ? 'province' : 'district';
}

/** The commune quota a unit of `communeProposerKind` proposes its communes against, and its lock key. */
export function communeQuotaOf(campaign: Pick<CampaignDefinition, 'quotas'>, proposer: { id: string; code: string; name: string }): ProposerAndQuota {
  const quota = quotaFor(campaign, { kind: 'commune_per_district', districtCode: proposer.code });
  const { id, code, name } = proposer;
  return { ok: true, proposingUnit: { id, code, name }, quota, quotaKey: `${quota.kind}:${id}` };
}

/** One condition that kept a nominee from being eligible, with its clause. */
export type FailingCondition = { label: string; verdict: Exclude<Verdict, 'pass'>; clause: string; explanation: string };

/**
 * The conditions that keep an eligibility result from `pass`: the failed or unknown preconditions and conditions,
 * and — when no basis holds — every basis with why it does not. Empty for an eligible nominee.
 */
export function failingConditions(result: EligibilityResult): FailingCondition[] {
  if (result.verdict === 'pass') return [];
  const notPassed = <T extends { verdict: Verdict; label: string; ref: ClauseRef; explanation: string }>(outcomes: readonly T[]) =>
    outcomes.filter((o) => o.verdict !== 'pass').map((o) => ({ label: o.label, verdict: o.verdict as FailingCondition['verdict'], clause: o.ref.clause, explanation: o.explanation }));
  const noBasisHolds = result.nominee.kind === 'collective' && !result.bases.some((b) => b.verdict === 'pass');
  return [...notPassed(result.preconditions), ...(noBasisHolds ? notPassed(result.bases) : []), ...notPassed(result.conditions)];
}

/** A nomination already counted against a quota, or already made for a nominee. */
export type ActiveNomination = { id: string; nomineeName: string; proposingUnitName: string };

/** Everything `decideProposal` weighs, loaded by the server (the quota's use under its row lock). */
export type ProposalFacts = {
  nominee: Nominee;
  /** The nominee's eligibility now; null when the nominee is not registered in the campaign. */
  eligibility: EligibilityResult | null;
  /**
   * For a person: whether their collective was chosen (III.4.b "các tập thể được chọn ở Điểm a"): a commune when its
   * district proposed it; another collective when Sở Nội vụ selected it in this campaign (`collectiveChosen`).
   * Ignored for a unit.
   */
  collectiveChosen?: { chosen: boolean; why: string } | null;
  /** The nominee's active nomination in the campaign, if any. */
  existing: ActiveNomination | null;
  proposer: ProposerAndQuota;
  /** Active nominations using the proposer's quota, read under its lock. */
  quotaUsedBy: readonly ActiveNomination[];
};

export type ProposalDecision =
  | { allowed: true; quota: QuotaCheck }
  | { allowed: false; reason: 'duplicate'; message: string; existing: ActiveNomination }
  | { allowed: false; reason: 'notRegistered' | 'collectiveNotChosen'; message: string; ref: ClauseRef }
  | { allowed: false; reason: 'ineligible'; message: string; conditions: FailingCondition[] }
  | { allowed: false; reason: 'quota'; message: string; quota: QuotaCheck; usedBy: readonly ActiveNomination[] };

const verdictText = (verdict: FailingCondition['verdict']) => (verdict === 'fail' ? 'không đạt' : 'chưa có dữ liệu');

/**
 * Whether a nomination may be made, checked in this order: the nominee is not already proposed in the campaign;
 * is registered; a person's collective was chosen (III.4.b: only "các tập thể được chọn ở Điểm a" propose
 * individuals, so this gate comes before the person's own conditions, and an unselected unit is told it was not
 * selected rather than shown conditions it cannot act on); is eligible (an unknown is not eligible, SPEC §4.5; a
 * chosen collective's own proposal supplies "có đề nghị", `eligibleByThisProposal`); and the proposer's quota has a
 * place left. Each refusal says why with its clause; the quota refusal names the quota, its clause and the
 * nominations already using it.
 */
export function decideProposal(facts: ProposalFacts): ProposalDecision {
  const name = nomineeName(facts.nominee);
  const source = facts.proposer.quota.ref.source;
  if (facts.existing) {
    return {
      allowed: false,
      reason: 'duplicate',
      existing: facts.existing,
      message: `${name} đã được ${facts.existing.proposingUnitName} đề nghị khen thưởng trong đợt thi đua này; mỗi tập thể, cá nhân chỉ được đề nghị một lần (rút đề nghị cũ trước khi đề nghị lại).`,
    };
  }
  if (!facts.eligibility) {
    return {
      allowed: false,
      reason: 'notRegistered',
      ref: { clause: REGISTERED_CLAUSE, source },
      message: `${name} chưa đăng ký thi đua trong đợt này nên không thể đề nghị khen thưởng (${REGISTERED_CLAUSE} ${source}).`,
    };
  }
  if (facts.nominee.kind === 'person' && !facts.collectiveChosen?.chosen) {
    return {
      allowed: false,
      reason: 'collectiveNotChosen',
      ref: { clause: INDIVIDUALS_CLAUSE, source },
      message: `${facts.nominee.unit.name} chưa là tập thể được chọn nên chưa đề nghị cá nhân (${INDIVIDUALS_CLAUSE} ${source}): ${facts.collectiveChosen?.why ?? 'chưa xác định được tập thể'}.`,
    };
  }
  if (!facts.eligibility.eligible && !eligibleByThisProposal(facts)) {
    const conditions = failingConditions(facts.eligibility);
    const listed = conditions.map((c) => `“${c.label}” ${verdictText(c.verdict)} (${c.clause})`).join('; ');
    return {
      allowed: false,
      reason: 'ineligible',
      conditions,
      message: `${name} chưa đủ tiêu chuẩn Bằng khen nên không thể đề nghị: ${listed || facts.eligibility.summary}.`,
    };
  }
  const { quota, proposingUnit } = facts.proposer;
  const check = checkQuota({ ...quota, used: facts.quotaUsedBy.length, subjectName: proposingUnit.name });
  if (!check.allowed) {
    const usedBy = facts.quotaUsedBy.map((n) => n.nomineeName).join(', ');
    return {
      allowed: false,
      reason: 'quota',
      quota: check,
      usedBy: facts.quotaUsedBy,
      message: usedBy ? `${check.message} Đã đề nghị: ${usedBy}.` : check.message,
    };
  }
  return { allowed: true, quota: check };
}

/**
 * Whether a person's only shortfall is that their unit is not (yet) proposed for the Bằng khen, and this very
 * proposal supplies it. Gạch đầu dòng 3, Điểm b, Khoản 1, Mục III asks that a specialised PAR unit (phòng, đơn vị
 * chuyên trách CCHC) meeting Tiết 3, Điểm a (C1/C2) "có đề nghị Chủ tịch UBND tỉnh xét tặng Bằng khen"; under
 * Điểm b, Khoản 4, Mục III the chosen collective makes that proposal together with its individuals' (one Tờ trình,
 * Điểm c). Eligibility reads "proposed" from the active nominations, so before the unit's first proposal it is
 * false: requiring it before proposing would make a PAR unit's individuals impossible to propose.
 *
 * Decision (with the selection gate of Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III): the waiver applies only to a
 * person of a chosen collective — for a specialised unit, one Sở Nội vụ has selected in this campaign (it may select
 * a specialised unit that meets Tiết 3, Điểm a, Khoản 1, which stands for the excellent group in Gạch đầu dòng 3,
 * Điểm b, Khoản 1; `decideSelection`). The selection is Sở Nội vụ's choice; the "đề nghị" to the Chủ tịch is the
 * selected unit's own Tờ trình with its individuals, so selection never counts as "có đề nghị" by itself, and
 * "có đề nghị" never replaces the selection: an unselected unit's people are refused by the gate in `decideProposal`
 * before this is asked. For a chosen collective's person, a condition that passes once the unit is proposed
 * (`verdictIfUnitProposed` of memberOfQualifyingUnit) does not block; every other condition must still pass.
 * Collectives are never helped.
 */
export function eligibleByThisProposal(facts: Pick<ProposalFacts, 'nominee' | 'eligibility' | 'collectiveChosen'>): boolean {
  const { eligibility } = facts;
  if (facts.nominee.kind !== 'person' || !facts.collectiveChosen?.chosen || !eligibility) return false;
  if (eligibility.nominee.kind !== 'individual' || eligibility.conditions.length === 0) return false;
  return eligibility.conditions.every((c) => c.verdict === 'pass' || c.inputs.verdictIfUnitProposed === 'pass');
}

/**
 * Whether a person's collective is one of "các tập thể được chọn ở Điểm a" (Điểm b, Khoản 4, Mục III), as
 * `collectiveChosen` of `decideProposal`:
 * - a commune when its district proposed it (an active nomination; Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III);
 * - any other collective (sở, ban, ngành; huyện, thành phố; phòng, đơn vị chuyên trách CCHC) only when Sở Nội vụ
 *   selected it in this campaign (Gạch đầu dòng 1, Điểm a, Khoản 4, Mục III: "Sở Nội vụ … chọn tập thể tiêu biểu
 *   trong nhóm xếp hạng xuất sắc và thông báo để các tập thể được chọn lập hồ sơ"). Being eligible is not being
 *   chosen: an eligible department that Sở Nội vụ did not select proposes no one.
 */
export function collectiveChosen(input: {
  unit: Pick<NominationUnit, 'kind' | 'name'>;
  /** For a commune: its district proposed it (active nomination). */
  communeProposed: boolean;
  /** For another collective: Sở Nội vụ selected it in this campaign (collective_selections). */
  selected: boolean;
}): { chosen: boolean; why: string } {
  if (input.unit.kind === 'commune') {
    return input.communeProposed
      ? { chosen: true, why: `${input.unit.name} đã được huyện đề nghị (${COMMUNE_CLAUSE})` }
      : { chosen: false, why: `${input.unit.name} chưa được huyện đề nghị khen thưởng (${COMMUNE_CLAUSE})` };
  }
  return input.selected
    ? { chosen: true, why: `${input.unit.name} đã được Sở Nội vụ chọn là tập thể tiêu biểu (${SELECTION_CLAUSE})` }
    : { chosen: false, why: `${input.unit.name} chưa được Sở Nội vụ chọn là tập thể tiêu biểu trong nhóm xếp hạng xuất sắc của đợt thi đua này (${SELECTION_CLAUSE})` };
}

/** The noun counted by a quota: "xã" or "cá nhân". */
export function quotaNoun(kind: QuotaSpec['kind']): string {
  return kind === 'commune_per_district' ? 'xã' : kind === 'individuals_per_collective' ? 'cá nhân' : 'tập thể';
}

/** The gauge line of a quota: "Đã đề nghị 1/2 xã — Gạch đầu dòng 2, Điểm a, Khoản 4, Mục III". */
export function quotaGaugeText(quota: Pick<QuotaSpec, 'kind' | 'limit' | 'ref'>, used: number): string {
  const of = quota.limit === null ? `${used}` : `${used}/${quota.limit}`;
  return `Đã đề nghị ${of} ${quotaNoun(quota.kind)} — ${quota.ref.clause}`;
}
