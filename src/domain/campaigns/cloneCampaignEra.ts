import type { CampaignDefinition, CollectiveKind } from './campaignDefinition';
import { COLLECTIVE_KIND_LABELS } from './campaignPlanTerms';
import { definitionFieldLabel } from './cloneCampaignLabels';
import { formatVnDate, type LocalDate } from '../time/localDate';

/** An era of the org tree as the clone needs it (the server reads it from org_eras and the era's units). */
export type CampaignEra = {
  id: string;
  /** "Tỉnh An Giang (chính quyền hai cấp), từ 01/07/2025". */
  name: string;
  /** The province's name as running text writes it after "tỉnh": "An Giang". */
  provinceName: string;
  validFrom: string;
  validTo: string | null;
  /** District-level units of the era; 0 in a two-tier province (no cấp huyện since 01/07/2025). */
  districtCount: number;
};

/** A unit named by its code and name. */
export type UnitRef = { code: string; name: string };

/** Moving a campaign from the era of its source to another (the era in force in the new year, or one chosen). */
export type EraMove = {
  from: CampaignEra;
  to: CampaignEra;
  /** Successors in `to` of a unit of `from`, by its code (the org-unit lineage); no entry = none. */
  successorsOf: Readonly<Record<string, readonly UnitRef[]>>;
  /** For a unit of `from` without successors (an abolished district): the `to` units that now cover its area. */
  areaSuccessorsOf?: Readonly<Record<string, readonly UnitRef[]>>;
  /**
   * What replaces the per-district commune quota when the target has no districts: one limit for the whole
   * province. Default: the sum of the old district quotas (defaults and overrides), so the number of communes that
   * may be proposed stays what the plan allowed.
   */
  provinceWideCommuneLimit?: number;
};

/** What the era move did to the units the definition names (quota overrides). */
export type EraMoveReport = {
  fromEraId: string;
  toEraId: string;
  mappedUnits: { from: UnitRef; to: UnitRef[] }[];
  unmappedUnits: { unit: UnitRef; reason: string; areaNowIn: UnitRef[] }[];
};

const DISTRICT_KINDS: readonly CollectiveKind[] = ['district', 'par_unit_district'];

/**
 * District-tier phrases of a plan and their two-tier wording (Luật 72/2025/QH15: tỉnh + xã, phường, đặc khu). Each
 * replacement is listed in the review list; any other "huyện" left in a text is flagged for the secretariat.
 */
const TWO_TIER_PHRASES: readonly [RegExp, string][] = [
  [/Ủy ban nhân dân (?:các )?huyện, thành phố/gu, 'Ủy ban nhân dân các xã, phường, đặc khu'],
  [/UBND (?:các )?huyện, thành phố/gu, 'UBND các xã, phường, đặc khu'],
  [/Chủ tịch Ủy ban nhân dân cấp huyện/gu, 'Chủ tịch Ủy ban nhân dân cấp xã'],
  [/Chủ tịch UBND cấp huyện/gu, 'Chủ tịch UBND cấp xã'],
];

const CITED_DATE = /ngày \d{1,2} tháng \d{1,2} năm \d{4}/u;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * Moves a cloned definition (already in its new year) to another era, in place, and says what it did:
 * - the issuer and every province name in the texts become the new province's ("tỉnh Kiên Giang" → "tỉnh An Giang"),
 *   except in a text citing a dated document, which was issued under the old name and keeps it;
 * - into a two-tier era (no districts): participants (II.2.a) lose the district kinds and are restated for two tiers,
 *   district-tier phrases get their two-tier wording, and the per-district commune quota becomes one province-wide
 *   quota (configurable) since its subject no longer exists;
 * - units the definition names (the per-district quota overrides) are mapped through the lineage; those without a
 *   successor are listed, with the units that now cover their area.
 * @returns the review-list lines (Vietnamese, with field labels) and the mapped/unmapped units
 */
export function moveDefinitionToEra(definition: CampaignDefinition, move: EraMove): { warnings: string[]; report: EraMoveReport } {
  const { from, to } = move;
  const warnings: string[] = [];
  const report: EraMoveReport = { fromEraId: from.id, toEraId: to.id, mappedUnits: [], unmappedUnits: [] };
  const since = formatVnDate(to.validFrom as LocalDate);
  const twoTier = from.districtCount > 0 && to.districtCount === 0;
  warnings.push(
    `Thời kỳ cây đơn vị: đợt mới áp dụng «${to.name}» thay cho «${from.name}»; đơn vị tham gia, đăng ký, điểm CCHC và xét khen thưởng lấy theo cây đơn vị này.`,
  );

  // Restated wholesale below, so the phrase replacement must not report them twice.
  const restated = new Set<string>();
  if (twoTier) {
    const removed = definition.participants.collectiveKinds.filter((k) => DISTRICT_KINDS.includes(k));
    definition.participants.collectiveKinds = definition.participants.collectiveKinds.filter((k) => !DISTRICT_KINDS.includes(k));
    if (!definition.participants.collectiveKinds.includes('commune')) definition.participants.collectiveKinds.push('commune');
    definition.participants.collectives.text =
      'Các cơ quan hành chính nhà nước thuộc Ủy ban nhân dân tỉnh (sau đây gọi tắt là sở, ban, ngành tỉnh); Ủy ban nhân dân các xã, phường, đặc khu; phòng, đơn vị chuyên trách tham mưu về công tác CCHC của tỉnh.';
    restated.add('participants.collectives.text');
    warnings.push(
      `${definitionFieldLabel(['participants', 'collectives'])}: từ ${since} tỉnh ${to.provinceName} tổ chức chính quyền hai cấp, không còn cấp huyện; ` +
        `đã bỏ ${removed.map((k) => `«${COLLECTIVE_KIND_LABELS[k]}»`).join(' và ') || 'các loại tập thể cấp huyện'} và nêu lại ${definition.participants.collectives.ref.clause} cho hai cấp: ` +
        'sở, ban, ngành tỉnh; xã, phường, đặc khu (trực thuộc tỉnh); phòng, đơn vị chuyên trách CCHC của tỉnh. Cần rà soát lại nội dung.',
    );
    moveCommuneQuota(definition, move, warnings, report, since);
    restated.add('quotas.communesPerDistrict.description');
  } else {
    mapOverrides(definition, move, warnings, report);
  }

  // Not \b: it is ASCII-only, and a province name may start or end with a letter such as "Đ".
  const provinceSource = `(?<!\\p{L})${escapeRegExp(from.provinceName)}(?!\\p{L})`;
  const namesOldProvince = new RegExp(provinceSource, 'u');
  const oldProvince = new RegExp(provinceSource, 'gu');
  const rename = from.provinceName !== to.provinceName;
  const walk = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      const key = path.filter((p) => typeof p === 'string').join('.');
      if (restated.has(key) || path.includes('ref')) return value;
      let text = value;
      const label = definitionFieldLabel(path);
      if (rename && namesOldProvince.test(text)) {
        if (CITED_DATE.test(text)) {
          warnings.push(`${label}: giữ tên «${from.provinceName}» trong trích dẫn văn bản đã ban hành; cần rà soát văn bản tương ứng của tỉnh ${to.provinceName}.`);
        } else {
          text = text.replace(oldProvince, to.provinceName);
          warnings.push(`${label}: đã đổi tên tỉnh «${from.provinceName}» thành «${to.provinceName}».`);
        }
      }
      if (twoTier) {
        for (const [pattern, wording] of TWO_TIER_PHRASES) {
          const before = text;
          text = text.replace(pattern, wording);
          if (text !== before) warnings.push(`${label}: đã đổi «${before.match(pattern)![0]}» thành «${wording}» (không còn cấp huyện từ ${since}).`);
        }
        if (/huyện/iu.test(text) && !CITED_DATE.test(text)) warnings.push(`${label}: còn nhắc đến cấp huyện, cần nêu lại cho chính quyền hai cấp.`);
      }
      return text;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, i]));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, item]) => [k, walk(item, [...path, k])]));
    }
    return value;
  };
  Object.assign(definition, walk(definition, []));

  const { signer } = definition;
  warnings.push(
    `${definitionFieldLabel(['signer'])}: ${signer.fullName} (${signer.position}) ký thay mặt cơ quan ban hành của thời kỳ trước; cần cập nhật người ký của ${definition.issuer}.`,
  );
  if (from.districtCount === 0 && to.districtCount > 0) {
    warnings.push(`${definitionFieldLabel(['participants', 'collectives'])}: cây đơn vị mới có cấp huyện; cần bổ sung Ủy ban nhân dân cấp huyện, Phòng Nội vụ cấp huyện và chỉ tiêu xã mỗi huyện.`);
  }
  return { warnings, report };
}

/** Into a two-tier era: the district quota and its overrides give way to one province-wide commune quota. */
function moveCommuneQuota(definition: CampaignDefinition, move: EraMove, warnings: string[], report: EraMoveReport, since: string): void {
  const { quotas } = definition;
  // The schema requires a positive limit; the type is shared with the nullable excellent-group quota.
  const perDistrict = quotas.communesPerDistrict.limit ?? 1;
  const overrides = quotas.communesPerDistrictOverrides;
  const defaultLimit = perDistrict * move.from.districtCount + overrides.reduce((sum, o) => sum + (o.limit - perDistrict), 0);
  const limit = move.provinceWideCommuneLimit ?? Math.max(1, defaultLimit);
  for (const o of overrides) {
    const unit = { code: o.districtCode, name: o.districtName };
    report.unmappedUnits.push({
      unit,
      reason: `${o.districtName} không còn từ ${since} (không còn cấp huyện)`,
      areaNowIn: [...(move.areaSuccessorsOf?.[o.districtCode] ?? [])],
    });
  }
  warnings.push(
    `${definitionFieldLabel(['quotas', 'communesPerDistrict'])}: từ ${since} không còn huyện, nên không còn chỉ tiêu «${pad2(perDistrict)} xã mỗi huyện» ` +
      `(${quotas.communesPerDistrict.ref.clause}). Thay bằng chỉ tiêu chung toàn tỉnh: ${pad2(limit)} đơn vị hành chính cấp xã (xã, phường, đặc khu)` +
      (move.provinceWideCommuneLimit === undefined
        ? ` — bằng tổng chỉ tiêu của ${move.from.districtCount} huyện, thành phố trong kế hoạch gốc${overrides.length ? ', kể cả chỉ tiêu riêng' : ''}`
        : '') +
      '; có thể sửa số này trong phần «Chỉ tiêu khen thưởng».',
  );
  for (const u of report.unmappedUnits) {
    const area = u.areaNowIn.length ? ` Địa bàn nay thuộc: ${u.areaNowIn.map((a) => a.name).join(', ')}.` : '';
    warnings.push(
      `${definitionFieldLabel(['quotas', 'communesPerDistrictOverrides'])} – ${u.unit.name} (mã ${u.unit.code}): không chuyển được sang cây đơn vị mới — ${u.reason}; đã bỏ, chỉ tiêu này được tính vào chỉ tiêu chung toàn tỉnh.${area}`,
    );
  }
  definition.quotas = {
    ...quotas,
    communeQuotaScope: 'province_wide',
    communesPerDistrict: {
      ...quotas.communesPerDistrict,
      limit,
      description: `Toàn tỉnh chọn ${pad2(limit)} đơn vị hành chính cấp xã (xã, phường, đặc khu) đạt thành tích xuất sắc nhất trong công tác cải cách hành chính để đề nghị khen thưởng`,
    },
    communesPerDistrictOverrides: [],
  };
}

/** Between eras that both have districts: each override follows its district's successor, or is listed and dropped. */
function mapOverrides(definition: CampaignDefinition, move: EraMove, warnings: string[], report: EraMoveReport): void {
  const label = definitionFieldLabel(['quotas', 'communesPerDistrictOverrides']);
  const kept: CampaignDefinition['quotas']['communesPerDistrictOverrides'] = [];
  for (const o of definition.quotas.communesPerDistrictOverrides) {
    const unit = { code: o.districtCode, name: o.districtName };
    const successors = [...(move.successorsOf[o.districtCode] ?? [])];
    if (successors.length === 1 && /^\d{3}$/u.test(successors[0].code)) {
      report.mappedUnits.push({ from: unit, to: successors });
      kept.push({ ...o, districtCode: successors[0].code, districtName: successors[0].name });
      if (successors[0].name !== o.districtName) warnings.push(`${label} – ${o.districtName}: chuyển sang ${successors[0].name} (mã ${successors[0].code}).`);
    } else {
      const reason = successors.length ? `tách hoặc nhập vào ${successors.length} đơn vị` : `không có đơn vị kế thừa trong «${move.to.name}»`;
      report.unmappedUnits.push({ unit, reason, areaNowIn: successors.length ? successors : [...(move.areaSuccessorsOf?.[o.districtCode] ?? [])] });
      warnings.push(`${label} – ${o.districtName} (mã ${o.districtCode}): không chuyển được sang cây đơn vị mới — ${reason}; đã bỏ, cần nhập lại nếu còn áp dụng.`);
    }
  }
  definition.quotas.communesPerDistrictOverrides = kept;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Renames the province in every text of a value (the rule set copied with a campaign cites "Kế hoạch số … của UBND tỉnh
 * Kiên Giang"): "tỉnh Kiên Giang" → "tỉnh An Giang", except in a text citing a dated document. Returns a copy.
 */
export function renameProvince<T>(value: T, from: string, to: string): T {
  if (from === to) return structuredClone(value);
  const pattern = new RegExp(`(tỉnh\\s+)${escapeRegExp(from)}(?!\\p{L})`, 'giu');
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return CITED_DATE.test(v) ? v : v.replace(pattern, `$1${to}`);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
