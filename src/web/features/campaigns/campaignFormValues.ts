import type { CampaignDefinition } from '../../../domain/campaigns/campaignDefinition';
import {
  formatPlanSource,
  type AwardFormCode,
  type CollectiveKind,
  type DossierDocumentKind,
  type LegalBasis,
} from '../../../domain/campaigns/campaignPlanTerms';
import { PUBLIC_NOTICE_DEFAULTS, publicNoticeSettingsOf } from '../../../domain/publicNotices/publicNoticeRules';
import type { ClauseRef } from '../../../domain/shared/ruleOutcome';
import { formatVnDate, isLocalDate, parseVnDate, type LocalDate } from '../../../domain/time/localDate';
import type { FormError } from '../../app/hooks/useFormErrors';

/** A passage of the plan as edited: only the text changes, the clause it is stays as the plan numbers it. */
export type ClausedText = { text: string; ref: ClauseRef };
export type AwardFormValues = { code: AwardFormCode; label: string; fullName: string; issuer: string; criteriaOwner: CampaignDefinition['awardForms'][number]['criteriaOwner']; criteriaText: string; ref: ClauseRef };
export type OverrideValues = { districtCode: string; districtName: string; limit: string; ref: ClauseRef };
export type DocumentValues = { kind: DossierDocumentKind; label: string; ref: ClauseRef };

/** What the set-up form edits: text as typed (dates dd/mm/yyyy, numbers as text), clause refs carried along. */
export type CampaignFormValues = {
  planNumber: string;
  planDate: string;
  issuer: string;
  signerName: string;
  signerAuthority: string;
  signerPosition: string;
  place: string;
  year: string;
  legalBasis: LegalBasis;
  theme: string;
  purposes: ClausedText[];
  requirements: ClausedText[];
  contents: ClausedText[];
  collectiveKinds: CollectiveKind[];
  collectivesText: string;
  individualsText: string;
  registrationDeadline: string;
  dossierDays: string;
  awardForms: AwardFormValues[];
  communesPerDistrict: string;
  individualsPerCollective: string;
  individualsPerCommune: string;
  /** Empty = the plan sets no number (III.4.a, first bullet of 34/KH-UBND). */
  excellentGroupLimit: string;
  overrides: OverrideValues[];
  documents: DocumentValues[];
  registrationContentDefault: string;
  /** Công khai lấy ý kiến (DOMAIN §1.6): off unless the secretariat turns it on; days as typed. */
  publicNoticeEnabled: boolean;
  publicNoticeDays: string;
};

const dmy = (iso: string) => (isLocalDate(iso) ? formatVnDate(iso as LocalDate) : iso);

/** The form's starting values from a stored (or cloned) definition. */
export function toFormValues(d: CampaignDefinition): CampaignFormValues {
  const q = d.quotas;
  return {
    planNumber: d.planNumber,
    planDate: dmy(d.planDate),
    issuer: d.issuer,
    signerName: d.signer.fullName,
    signerAuthority: d.signer.authority ?? '',
    signerPosition: d.signer.position,
    place: d.place,
    year: String(d.year),
    legalBasis: d.legalBasis,
    theme: d.theme,
    purposes: d.purposes.map((x) => ({ ...x })),
    requirements: d.requirements.map((x) => ({ ...x })),
    contents: d.contents.map((x) => ({ ...x })),
    collectiveKinds: [...d.participants.collectiveKinds],
    collectivesText: d.participants.collectives.text,
    individualsText: d.participants.individuals.text,
    registrationDeadline: dmy(d.registrationDeadline.date),
    dossierDays: String(d.dossierWindow.days),
    awardForms: d.awardForms.map((f) => ({ ...f })),
    communesPerDistrict: String(q.communesPerDistrict.limit),
    individualsPerCollective: String(q.individualsPerCollective.limit),
    individualsPerCommune: String(q.individualsPerCommune.limit),
    excellentGroupLimit: q.excellentGroupCollectives.limit === null ? '' : String(q.excellentGroupCollectives.limit),
    overrides: q.communesPerDistrictOverrides.map((o) => ({ ...o, limit: String(o.limit) })),
    documents: d.requiredDossierDocuments.map((x) => ({ ...x })),
    registrationContentDefault: d.registrationContentDefault,
    publicNoticeEnabled: publicNoticeSettingsOf(d).enabled,
    publicNoticeDays: String(publicNoticeSettingsOf(d).commentDays),
  };
}

/** Input ids of the form; also the targets of the error summary's links. */
export const CF = {
  eraId: 'cf-eraId',
  planNumber: 'cf-planNumber',
  planDate: 'cf-planDate',
  issuer: 'cf-issuer',
  signerName: 'cf-signerName',
  signerAuthority: 'cf-signerAuthority',
  signerPosition: 'cf-signerPosition',
  place: 'cf-place',
  year: 'cf-year',
  legalBasis: 'cf-legalBasis',
  theme: 'cf-theme',
  collectivesText: 'cf-collectivesText',
  individualsText: 'cf-individualsText',
  registrationDeadline: 'cf-registrationDeadline',
  dossierDays: 'cf-dossierDays',
  communesPerDistrict: 'cf-communesPerDistrict',
  individualsPerCollective: 'cf-individualsPerCollective',
  individualsPerCommune: 'cf-individualsPerCommune',
  excellentGroupLimit: 'cf-excellentGroupLimit',
  registrationContentDefault: 'cf-registrationContentDefault',
  publicNoticeEnabled: 'cf-publicNoticeEnabled',
  publicNoticeDays: 'cf-publicNoticeDays',
  addOverride: 'cf-addOverride',
  addDocument: 'cf-addDocument',
  collectiveKind: (kind: string) => `cf-collectiveKinds-${kind}`,
  claused: (list: 'purposes' | 'requirements' | 'contents', i: number) => `cf-${list}-${i}`,
  award: (i: number, field: 'label' | 'fullName' | 'issuer' | 'criteriaText') => `cf-awardForms-${i}-${field}`,
  override: (i: number, field: 'districtCode' | 'limit') => `cf-overrides-${i}-${field}`,
  document: (i: number) => `cf-documents-${i}-label`,
} as const;

/**
 * API field path (as the server names it, e.g. "definition.quotas.communesPerDistrict.limit") → input id, for the
 * current lists' lengths. Group paths point at their first input so every server message links somewhere.
 */
export function campaignFieldIds(v: CampaignFormValues): Record<string, string> {
  const p = 'definition.';
  const ids: Record<string, string> = {
    eraId: CF.eraId,
    [`${p}planNumber`]: CF.planNumber,
    [`${p}planDate`]: CF.planDate,
    [`${p}issuer`]: CF.issuer,
    [`${p}signer.fullName`]: CF.signerName,
    [`${p}signer.authority`]: CF.signerAuthority,
    [`${p}signer.position`]: CF.signerPosition,
    [`${p}place`]: CF.place,
    [`${p}year`]: CF.year,
    [`${p}legalBasis`]: CF.legalBasis,
    [`${p}theme`]: CF.theme,
    [`${p}participants.collectiveKinds`]: CF.collectiveKind(v.collectiveKinds[0] ?? 'department'),
    [`${p}participants.collectives.text`]: CF.collectivesText,
    [`${p}participants.individuals.text`]: CF.individualsText,
    [`${p}registrationDeadline.date`]: CF.registrationDeadline,
    [`${p}dossierWindow.days`]: CF.dossierDays,
    [`${p}quotas.communesPerDistrict.limit`]: CF.communesPerDistrict,
    [`${p}quotas.individualsPerCollective.limit`]: CF.individualsPerCollective,
    [`${p}quotas.individualsPerCommune.limit`]: CF.individualsPerCommune,
    [`${p}quotas.excellentGroupCollectives.limit`]: CF.excellentGroupLimit,
    [`${p}quotas.communesPerDistrictOverrides`]: v.overrides.length ? CF.override(0, 'districtCode') : CF.addOverride,
    [`${p}requiredDossierDocuments`]: v.documents.length ? CF.document(0) : CF.addDocument,
    [`${p}registrationContentDefault`]: CF.registrationContentDefault,
    [`${p}publicNotice.enabled`]: CF.publicNoticeEnabled,
    [`${p}publicNotice.commentDays`]: CF.publicNoticeDays,
  };
  for (const list of ['purposes', 'requirements', 'contents'] as const) {
    v[list].forEach((_, i) => (ids[`${p}${list}.${i}.text`] = CF.claused(list, i)));
  }
  v.awardForms.forEach((_, i) => {
    for (const field of ['label', 'fullName', 'issuer', 'criteriaText'] as const) ids[`${p}awardForms.${i}.${field}`] = CF.award(i, field);
  });
  v.overrides.forEach((_, i) => {
    ids[`${p}quotas.communesPerDistrictOverrides.${i}.districtCode`] = CF.override(i, 'districtCode');
    ids[`${p}quotas.communesPerDistrictOverrides.${i}.districtName`] = CF.override(i, 'districtCode');
    ids[`${p}quotas.communesPerDistrictOverrides.${i}.limit`] = CF.override(i, 'limit');
  });
  v.documents.forEach((_, i) => (ids[`${p}requiredDossierDocuments.${i}.label`] = CF.document(i)));
  return ids;
}

/** Replaces every clause ref's `source` equal to `from` (the plan's own citation) with `to`. */
function recite<T>(value: T, from: string, to: string): T {
  if (from === to) return value;
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === 'object') {
      return Object.fromEntries(Object.entries(x).map(([k, item]) => [k, k === 'source' && item === from ? to : walk(item)]));
    }
    return x;
  };
  return walk(value) as T;
}

/**
 * Builds the definition to send: the stored one with the edited values laid over it, so fields the form does not
 * show (grounds, recipients, dossier submission, quota descriptions, every clause ref) are kept as they are.
 * Dates and numbers are checked here, naming the field; everything else is checked by the server's schema.
 * When the plan number or date changes, the refs citing the plan itself ("Kế hoạch số … ngày …") follow.
 */
export function toDefinition(base: CampaignDefinition, v: CampaignFormValues): { definition: CampaignDefinition; errors: FormError[] } {
  const errors: FormError[] = [];
  // A bad date is reported and the definition is not sent, so the placeholder never reaches the server.
  const date = (text: string, id: string, label: string, example: string): LocalDate => {
    if (!text.trim()) {
      errors.push({ fieldId: id, message: `${label}: chưa nhập ngày` });
      return '' as LocalDate;
    }
    const iso = parseVnDate(text.trim());
    if (!iso) errors.push({ fieldId: id, message: `${label}: phải là một ngày có thật, dạng dd/mm/yyyy, ví dụ ${example}` });
    return iso ?? ('' as LocalDate);
  };
  const int = (text: string, id: string, label: string, example: string): number => {
    if (!/^\d+$/.test(text.trim())) {
      errors.push({ fieldId: id, message: `${label}: nhập một số nguyên, ví dụ ${example}` });
      return 0;
    }
    return Number(text.trim());
  };
  const planDate = date(v.planDate, CF.planDate, 'Ngày ban hành kế hoạch', '03/03/2020');
  const deadline = date(v.registrationDeadline, CF.registrationDeadline, 'Hạn đăng ký thi đua', '31/03/2020');
  const year = int(v.year, CF.year, 'Năm thi đua', '2020');
  const days = int(v.dossierDays, CF.dossierDays, 'Số ngày lập hồ sơ khen thưởng', '15');
  const communes = int(v.communesPerDistrict, CF.communesPerDistrict, 'Chỉ tiêu xã mỗi huyện', '1');
  const perCollective = int(v.individualsPerCollective, CF.individualsPerCollective, 'Chỉ tiêu cá nhân mỗi tập thể', '2');
  const perCommune = int(v.individualsPerCommune, CF.individualsPerCommune, 'Chỉ tiêu cá nhân mỗi xã', '1');
  const excellent = v.excellentGroupLimit.trim() === '' ? null : int(v.excellentGroupLimit, CF.excellentGroupLimit, 'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc', '5 (để trống nếu kế hoạch không quy định)');
  const noticeDays = int(v.publicNoticeDays, CF.publicNoticeDays, 'Số ngày lấy ý kiến', '10');
  const overrides = v.overrides.map((o, i) => ({ ...o, limit: int(o.limit, CF.override(i, 'limit'), `Chỉ tiêu xã riêng của huyện (dòng ${i + 1})`, '2') }));

  const q = base.quotas;
  const edited: CampaignDefinition = {
    ...base,
    planNumber: v.planNumber,
    planDate,
    issuer: v.issuer,
    // An empty authority line means the head signs in person (NĐ 30/2020), stored as null.
    signer: { fullName: v.signerName, authority: v.signerAuthority.trim() === '' ? null : v.signerAuthority, position: v.signerPosition },
    place: v.place,
    year,
    legalBasis: v.legalBasis,
    theme: v.theme,
    purposes: v.purposes,
    requirements: v.requirements,
    contents: v.contents,
    participants: {
      collectiveKinds: v.collectiveKinds,
      collectives: { ...base.participants.collectives, text: v.collectivesText },
      individuals: { ...base.participants.individuals, text: v.individualsText },
    },
    registrationDeadline: { ...base.registrationDeadline, date: deadline },
    dossierWindow: { ...base.dossierWindow, days },
    awardForms: v.awardForms,
    quotas: {
      excellentGroupCollectives: { ...q.excellentGroupCollectives, limit: excellent },
      // Kept as the plan has it: a two-tier plan counts communes province-wide (no districts since 01/7/2025).
      ...(q.communeQuotaScope ? { communeQuotaScope: q.communeQuotaScope } : {}),
      communesPerDistrict: { ...q.communesPerDistrict, limit: communes },
      communesPerDistrictOverrides: overrides,
      individualsPerCollective: { ...q.individualsPerCollective, limit: perCollective },
      individualsPerCommune: { ...q.individualsPerCommune, limit: perCommune },
    },
    requiredDossierDocuments: v.documents,
    registrationContentDefault: v.registrationContentDefault,
    // Written only when set or changed: a plan saved without touching the option stays exactly as it was (absent = off).
    ...(base.publicNotice || v.publicNoticeEnabled || noticeDays !== PUBLIC_NOTICE_DEFAULTS.commentDays ? { publicNotice: { enabled: v.publicNoticeEnabled, commentDays: noticeDays } } : {}),
  };
  const citesNewPlan = isLocalDate(planDate) && v.planNumber.trim() !== '';
  const definition = citesNewPlan ? recite(edited, formatPlanSource(base), formatPlanSource({ planNumber: v.planNumber.trim(), planDate })) : edited;
  return { definition, errors };
}
