import type { CollectiveKind } from './campaignDefinition';
import { ROLE_LABELS, type Role } from '../access/roles';

/**
 * Rules of the registration step (SPEC §3 step 2, plan IV.1 and annex "Bản đăng ký thi đua chuyên đề"): duplicate
 * people, the registration status machine with who may move it, and the district / province consolidation.
 */

// ---------------------------------------------------------------------------------------------------------------
// Duplicate people
// ---------------------------------------------------------------------------------------------------------------

/** A person listed on a registration. `fullName` is only for messages; identity is `personId`. */
export type RegisteredPerson = {
  personId: string;
  fullName?: string;
  /** Unit whose registration lists the person, for "đã được đăng ký trong bản đăng ký của …". */
  unitName?: string;
};

/** One duplicate found by `findDuplicatePeople`. */
export type DuplicatePerson = {
  personId: string;
  kind: 'within_registration' | 'already_registered';
  /** Vietnamese, names the person. */
  message: string;
};

function personLabel(person: RegisteredPerson): string {
  return person.fullName?.trim() ? person.fullName.trim().normalize('NFC') : `mã ${person.personId}`;
}

/**
 * Finds people listed twice on one registration, or already registered in the same campaign by another
 * registration. Identity is the person id, never the name: two officials may share a name ("Nguyễn Văn A").
 *
 * @param individuals the individuals of the registration being saved
 * @param alreadyRegistered people on the campaign's **other** registrations (exclude the one being edited)
 * @returns one entry per duplicated person (empty when none), in the order of `individuals`
 */
export function findDuplicatePeople(
  individuals: readonly RegisteredPerson[],
  alreadyRegistered: readonly RegisteredPerson[] = [],
): DuplicatePerson[] {
  const elsewhere = new Map(alreadyRegistered.map((p) => [p.personId.trim(), p]));
  const seen = new Map<string, number>();
  for (const p of individuals) seen.set(p.personId.trim(), (seen.get(p.personId.trim()) ?? 0) + 1);

  const reported = new Set<string>();
  const result: DuplicatePerson[] = [];
  for (const person of individuals) {
    const id = person.personId.trim();
    if (reported.has(id)) continue;
    const other = elsewhere.get(id);
    const count = seen.get(id) ?? 0;
    if (count > 1) {
      reported.add(id);
      result.push({
        personId: id,
        kind: 'within_registration',
        message: `Cá nhân ${personLabel(person)} được khai ${count} lần trong bản đăng ký; mỗi người chỉ được đăng ký một lần.`,
      });
    } else if (other) {
      reported.add(id);
      const where = other.unitName?.trim() ? ` của ${other.unitName.trim()}` : ' khác';
      result.push({
        personId: id,
        kind: 'already_registered',
        message: `Cá nhân ${personLabel(person)} đã được đăng ký trong bản đăng ký${where} của đợt thi đua này.`,
      });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Registration status machine
// ---------------------------------------------------------------------------------------------------------------

/** Registration statuses. */
export const REGISTRATION_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'forwarded'] as const;
/** One registration status. */
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Vietnamese labels. */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
  forwarded: 'Đã chuyển Sở Nội vụ',
};

/** One allowed transition: who may make it, its action label and whether a reason is required. */
export type RegistrationTransition = {
  from: RegistrationStatus;
  to: RegistrationStatus;
  /** Vietnamese verb for the button and the audit log. */
  action: string;
  roles: readonly Role[];
  requiresReason: boolean;
};

/**
 * Allowed registration transitions.
 *
 * - Submit: the unit head approves and sends (SPEC §1 `unit_head`: "approve what their unit sends upward").
 * - Return / accept: the district aggregator for its communes; the secretariat for registrations sent to it
 *   directly (departments, districts, PAR units). A return needs a reason so the unit knows what to fix.
 * - Forward: the district sends its consolidated list to Sở Nội vụ (IV.1).
 * - A returned registration is corrected and sent again by the unit head.
 * - The secretariat may return a forwarded registration with a reason (errors found at province level).
 * Scope ("their unit", "its communes") is checked by the access policies, not here.
 */
export const REGISTRATION_TRANSITIONS: readonly RegistrationTransition[] = [
  { from: 'draft', to: 'submitted', action: 'Duyệt và gửi', roles: ['unit_head'], requiresReason: false },
  {
    from: 'submitted',
    to: 'returned',
    action: 'Trả lại',
    roles: ['district_aggregator', 'province_secretariat'],
    requiresReason: true,
  },
  {
    from: 'submitted',
    to: 'accepted',
    action: 'Tiếp nhận',
    roles: ['district_aggregator', 'province_secretariat'],
    requiresReason: false,
  },
  { from: 'returned', to: 'submitted', action: 'Gửi lại', roles: ['unit_head'], requiresReason: false },
  {
    from: 'accepted',
    to: 'forwarded',
    action: 'Chuyển Sở Nội vụ',
    roles: ['district_aggregator'],
    requiresReason: false,
  },
  {
    from: 'forwarded',
    to: 'returned',
    action: 'Trả lại',
    roles: ['province_secretariat'],
    requiresReason: true,
  },
];

/** Statuses in which the unit may still edit its registration. */
export const EDITABLE_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['draft', 'returned'];

/** Minimum length of a return reason. */
export const MIN_RETURN_REASON_LENGTH = 10;

/** Result of `checkRegistrationTransition`. */
export type RegistrationTransitionCheck =
  | { allowed: true; transition: RegistrationTransition }
  | { allowed: false; reason: string };

/**
 * Checks that `role` may move a registration from `from` to `to`, with a reason where one is required.
 *
 * @returns the matching transition, or a Vietnamese refusal naming the statuses or the roles allowed
 */
export function checkRegistrationTransition(input: {
  from: RegistrationStatus;
  to: RegistrationStatus;
  role: Role;
  reason?: string;
}): RegistrationTransitionCheck {
  const { from, to, role } = input;
  const transition = REGISTRATION_TRANSITIONS.find((t) => t.from === from && t.to === to);
  const fromLabel = `«${REGISTRATION_STATUS_LABELS[from]}»`;
  const toLabel = `«${REGISTRATION_STATUS_LABELS[to]}»`;
  if (!transition) {
    const next = REGISTRATION_TRANSITIONS.filter((t) => t.from === from).map(
      (t) => `«${REGISTRATION_STATUS_LABELS[t.to]}»`,
    );
    return {
      allowed: false,
      reason: `Không thể chuyển bản đăng ký từ ${fromLabel} sang ${toLabel}; từ ${fromLabel} chỉ được chuyển sang ${next.join(' hoặc ')}.`,
    };
  }
  if (!transition.roles.includes(role)) {
    return {
      allowed: false,
      reason: `Vai trò ${ROLE_LABELS[role]} không được thực hiện thao tác «${transition.action}» (chỉ ${transition.roles
        .map((r) => ROLE_LABELS[r])
        .join(', ')}).`,
    };
  }
  if (transition.requiresReason && (input.reason ?? '').trim().length < MIN_RETURN_REASON_LENGTH) {
    return {
      allowed: false,
      reason: `Lý do ${transition.action.toLowerCase()} bản đăng ký phải có ít nhất ${MIN_RETURN_REASON_LENGTH} ký tự.`,
    };
  }
  return { allowed: true, transition };
}

// ---------------------------------------------------------------------------------------------------------------
// Consolidation (tổng hợp đăng ký)
// ---------------------------------------------------------------------------------------------------------------

/** An org unit as the summary needs it. `parentCode` of a commune is its district (or the province, two-tier). */
export type SummaryUnit = {
  code: string;
  name: string;
  kind: CollectiveKind;
  parentCode: string | null;
};

/** A registration row as the summary needs it. */
export type SummaryRegistration = { unitCode: string; status: RegistrationStatus };

/** One unit in a summary list, with its registration status (null = no registration at all). */
export type SummaryLine = { code: string; name: string; kind: CollectiveKind; status: RegistrationStatus | null };

/** Registered / not registered units of a group. */
export type UnitGroupSummary = {
  total: number;
  registeredCount: number;
  registered: SummaryLine[];
  notRegistered: SummaryLine[];
};

/** District consolidation: its communes, and the district's own units (UBND huyện, Phòng Nội vụ). */
export type DistrictRegistrationSummary = {
  districtCode: string;
  districtName: string;
  /** "Huyện Giồng Riềng: 12/19 đơn vị cấp xã đã đăng ký". */
  headline: string;
  communes: UnitGroupSummary;
  ownUnits: UnitGroupSummary;
};

/** Result of `summariseRegistrations`. */
export type RegistrationSummary = {
  districts: DistrictRegistrationSummary[];
  province: {
    /** Departments and provincial PAR units. */
    departments: UnitGroupSummary;
    /** District-level units and district PAR units (Phòng Nội vụ). */
    districts: UnitGroupSummary;
    /** All commune-level units, including those directly under the province (two-tier, from 01/7/2025). */
    communes: UnitGroupSummary;
    total: { units: number; registered: number };
  };
  /** Registrations whose unit is not in `units` (data to fix before the report is trusted). */
  unmatchedUnitCodes: string[];
};

/**
 * Statuses that count as "registered": the unit has sent its form. A draft was never sent and a returned one must
 * be sent again, so both count as not registered (they are listed with their status).
 */
export const COUNTED_REGISTRATION_STATUSES: readonly RegistrationStatus[] = ['submitted', 'accepted', 'forwarded'];

// When a unit has several rows (e.g. an old returned one and a new one), the most advanced one speaks for it.
const STATUS_RANK: Record<RegistrationStatus, number> = {
  draft: 0,
  returned: 1,
  submitted: 2,
  accepted: 3,
  forwarded: 4,
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function group(lines: readonly SummaryLine[]): UnitGroupSummary {
  const sorted = [...lines].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
  const counted = (l: SummaryLine) => l.status !== null && COUNTED_REGISTRATION_STATUSES.includes(l.status);
  // The complement by the same test, not `!registered.includes(l)`: that was quadratic (issue 13, 9,100 communes).
  const registered = sorted.filter(counted);
  const notRegistered = sorted.filter((l) => !counted(l));
  return { total: sorted.length, registeredCount: registered.length, registered, notRegistered };
}

/**
 * Consolidates registrations (GLOSSARY `registrationSummary`): per district, x of y communes registered with the
 * lists of who has and who has not; per province, by departments, districts and communes. Pure aggregation over
 * plain rows; units are listed in Vietnamese collation order, districts in official code order.
 */
export function summariseRegistrations(
  units: readonly SummaryUnit[],
  registrations: readonly SummaryRegistration[],
): RegistrationSummary {
  const unitCodes = new Set(units.map((u) => u.code));
  const statusByUnit = new Map<string, RegistrationStatus>();
  const unmatched = new Set<string>();
  for (const r of registrations) {
    if (!unitCodes.has(r.unitCode)) {
      unmatched.add(r.unitCode);
      continue;
    }
    const current = statusByUnit.get(r.unitCode);
    if (current === undefined || STATUS_RANK[r.status] > STATUS_RANK[current]) statusByUnit.set(r.unitCode, r.status);
  }
  const line = (u: SummaryUnit): SummaryLine => ({
    code: u.code,
    name: u.name,
    kind: u.kind,
    status: statusByUnit.get(u.code) ?? null,
  });

  const districtUnits = units.filter((u) => u.kind === 'district').sort((a, b) => a.code.localeCompare(b.code));
  // Each district's communes and own units (itself, its Phòng Nội vụ), gathered in one pass in the units' order
  // rather than a filter of every unit per district (issue 13: 700 districts × 10,500 units).
  const districtCodes = new Set(districtUnits.map((d) => d.code));
  const communesOf = new Map<string, SummaryUnit[]>();
  const ownOf = new Map<string, SummaryUnit[]>();
  const add = (into: Map<string, SummaryUnit[]>, code: string, u: SummaryUnit) => {
    const list = into.get(code);
    if (list) list.push(u);
    else into.set(code, [u]);
  };
  for (const u of units) {
    if (u.parentCode !== null && districtCodes.has(u.parentCode) && u.kind === 'commune') add(communesOf, u.parentCode, u);
    if (districtCodes.has(u.code)) add(ownOf, u.code, u);
    if (u.kind === 'par_unit_district' && u.parentCode !== null && u.parentCode !== u.code && districtCodes.has(u.parentCode)) add(ownOf, u.parentCode, u);
  }
  const districts = districtUnits.map((d): DistrictRegistrationSummary => {
    const communes = group((communesOf.get(d.code) ?? []).map(line));
    const ownUnits = group((ownOf.get(d.code) ?? []).map(line));
    return {
      districtCode: d.code,
      districtName: d.name,
      headline: `${d.name}: ${communes.registeredCount}/${communes.total} đơn vị cấp xã đã đăng ký`,
      communes,
      ownUnits,
    };
  });

  const ofKinds = (...kinds: CollectiveKind[]) => group(units.filter((u) => kinds.includes(u.kind)).map(line));
  const departments = ofKinds('department', 'par_unit_province');
  const districtLevel = ofKinds('district', 'par_unit_district');
  const communes = ofKinds('commune');
  return {
    districts,
    province: {
      departments,
      districts: districtLevel,
      communes,
      total: {
        units: departments.total + districtLevel.total + communes.total,
        registered: departments.registeredCount + districtLevel.registeredCount + communes.registeredCount,
      },
    },
    unmatchedUnitCodes: [...unmatched].sort(),
  };
}
