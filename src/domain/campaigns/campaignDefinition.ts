import { z } from 'zod';
import type { ClauseRef } from '../shared/ruleOutcome';
import { formatVnDate, isLocalDate, type LocalDate } from '../time/localDate';
import {
  AWARD_FORM_CODES,
  CAMPAIGN_TIME_ZONE,
  COLLECTIVE_KINDS,
  COMMUNE_QUOTA_SCOPES,
  CRITERIA_OWNERS,
  DOSSIER_DOCUMENT_KINDS,
  LEGAL_BASES,
  LEGAL_BASIS_CODES,
  PLAN_NUMBER_PATTERN,
  legalBasisInForceOn,
} from './campaignPlanTerms';

// The plan's terms (enumerations, labels, decrees, formatPlanSource) live in campaignPlanTerms.ts, zod-free for the web.
export * from './campaignPlanTerms';

/**
 * Everything a thematic PAR campaign plan (Kế hoạch thi đua chuyên đề) fixes, as data (SPEC §3 step 1).
 *
 * Why data and not constants: the same system must run next year's campaign, another province's and the
 * two-tier structure after 01/7/2025 without a code change (SPEC intro, DOMAIN §5). Every value that comes from the
 * plan carries the clause it comes from (`ClauseRef`), so rules can cite it in their explanations (SPEC §4.5).
 *
 * Validation messages are Vietnamese and name the field (SPEC §6: "a clear Vietnamese error naming the field").
 * Text is trimmed and normalised to Unicode NFC, so "Kiên Giang" typed with combining marks compares equal.
 */

// ---------------------------------------------------------------------------------------------------------------
// Field builders: each takes the Vietnamese field name so every message names its field.
// ---------------------------------------------------------------------------------------------------------------

const MAX_TEXT = 4000;

function missingOrWrongType(label: string, expected: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null
      ? `${label} không được để trống`
      : `${label} phải là ${expected}`;
}

function requiredText(label: string) {
  return z
    .string({ error: missingOrWrongType(label, 'văn bản') })
    .trim()
    .overwrite((s) => s.normalize('NFC'))
    .min(1, { error: `${label} không được để trống`, abort: true })
    .max(MAX_TEXT, { error: `${label} không được dài quá ${MAX_TEXT} ký tự` });
}

function isoDate(label: string) {
  return z
    .string({ error: missingOrWrongType(label, 'ngày dạng YYYY-MM-DD') })
    .trim()
    .min(1, { error: `${label} không được để trống`, abort: true })
    .refine(isLocalDate, { error: `${label} phải là ngày hợp lệ dạng YYYY-MM-DD, ví dụ 2020-03-31` });
}

function positiveInt(label: string) {
  return z
    .number({ error: missingOrWrongType(label, 'số') })
    .int({ error: `${label} phải là số nguyên` })
    .min(1, { error: `${label} phải lớn hơn hoặc bằng 1` });
}

function list<T extends z.ZodType>(label: string, item: T, min = 1) {
  return z
    .array(item, { error: missingOrWrongType(label, 'danh sách') })
    .min(min, { error: `${label} phải có ít nhất ${min} mục` });
}

function obj<T extends z.core.$ZodLooseShape>(label: string, shape: T) {
  return z.object(shape, { error: missingOrWrongType(label, 'một nhóm thông tin') });
}

/** A `ClauseRef` whose messages name the field it belongs to. */
function clauseRef(label: string) {
  return obj(`Trích dẫn điều khoản của ${label}`, {
    clause: requiredText(`Điều khoản trích dẫn của ${label}`),
    source: requiredText(`Văn bản trích dẫn của ${label}`),
  }) satisfies z.ZodType<ClauseRef>;
}

/** A passage of the plan and the clause it is (e.g. I.1.a text with "Điểm a, Khoản 1, Mục I"). */
function clausedText(label: string) {
  return obj(label, { text: requiredText(label), ref: clauseRef(label) });
}

function quota(label: string, limit: z.ZodType<number | null>) {
  return obj(label, {
    limit,
    /** What the plan says, for display: "Mỗi huyện, thành phố chọn 01 đơn vị hành chính cấp xã". */
    description: requiredText(`Mô tả ${label.toLowerCase()}`),
    ref: clauseRef(label),
  });
}

function enumOf<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label} phải là một trong: ${values.join(', ')}` });
}

// ---------------------------------------------------------------------------------------------------------------
// Schema
// ---------------------------------------------------------------------------------------------------------------

/**
 * Zod schema of a campaign definition. Parse untrusted input with `campaignDefinitionSchema.safeParse(input)`;
 * every issue message is Vietnamese and names the field, e.g. "Số kế hoạch không được để trống".
 *
 * Cross-field checks: the legal basis must be in force on the plan date; the registration deadline must not be
 * before the plan date; codes in lists (collective kinds, award forms, dossier documents, district overrides) are
 * unique.
 */
export const campaignDefinitionSchema = z
  .object(
    {
      /** Số, ký hiệu of the plan, e.g. "34/KH-UBND"; "…/KH-UBND" while a draft. */
      planNumber: requiredText('Số kế hoạch').regex(PLAN_NUMBER_PATTERN, {
        error: 'Số kế hoạch không đúng dạng số/ký hiệu, ví dụ "34/KH-UBND"',
      }),
      /** Ngày ban hành, YYYY-MM-DD. */
      planDate: isoDate('Ngày ban hành kế hoạch'),
      /** Issuing body, full name: "Ủy ban nhân dân tỉnh Kiên Giang". */
      issuer: requiredText('Cơ quan ban hành'),
      /** Signature block (NĐ 30/2020): authority line (KT./TM./…, null when the head signs), position, name. */
      signer: obj('Người ký', {
        fullName: requiredText('Họ tên người ký'),
        authority: z
          .string({ error: 'Thẩm quyền ký phải là văn bản, ví dụ "KT. CHỦ TỊCH"' })
          .trim()
          .min(1, { error: 'Thẩm quyền ký không được để trống (dùng null khi người đứng đầu ký)' })
          .nullable(),
        position: requiredText('Chức vụ người ký'),
      }),
      /** Địa danh in the date line: "Kiên Giang". */
      place: requiredText('Địa danh'),
      /** Grounds (căn cứ) cited in the preamble, verbatim. */
      grounds: list('Căn cứ ban hành', requiredText('Căn cứ ban hành'), 0),
      /** Chủ đề thi đua (I.3), without quotation marks. */
      theme: requiredText('Chủ đề thi đua'),
      /** Mục đích (I.1.a, I.1.b …). */
      purposes: list('Mục đích', clausedText('Mục đích')),
      /** Yêu cầu (I.2.a, I.2.b …). */
      requirements: list('Yêu cầu', clausedText('Yêu cầu')),
      /** Nội dung thi đua (II.1.a, II.1.b …). */
      contents: list('Nội dung thi đua', clausedText('Nội dung thi đua')),
      /** Đối tượng thi đua (II.2). */
      participants: obj('Đối tượng thi đua', {
        collectiveKinds: list('Loại tập thể tham gia', enumOf('Loại tập thể tham gia', COLLECTIVE_KINDS)),
        collectives: clausedText('Đối tượng thi đua tập thể'),
        individuals: clausedText('Đối tượng thi đua cá nhân'),
      }),
      /** Year the emulation runs in (II.3.a "Trong năm 2020"). */
      year: z
        .number({ error: missingOrWrongType('Năm thi đua', 'số') })
        .int({ error: 'Năm thi đua phải là số nguyên' })
        .min(2000, { error: 'Năm thi đua phải từ 2000 đến 2100' })
        .max(2100, { error: 'Năm thi đua phải từ 2000 đến 2100' }),
      /** Decree detailing the Law on Emulation and Commendation that the plan falls under (DOMAIN §1.1). */
      legalBasis: enumOf('Căn cứ pháp lý (nghị định về thi đua, khen thưởng)', LEGAL_BASIS_CODES),
      /** II.3.b: registrations are accepted until the end of this local day in Asia/Ho_Chi_Minh. */
      registrationDeadline: obj('Hạn đăng ký thi đua', {
        date: isoDate('Hạn đăng ký thi đua'),
        timeZone: z.literal(CAMPAIGN_TIME_ZONE, {
          error: `Múi giờ của hạn đăng ký thi đua phải là ${CAMPAIGN_TIME_ZONE}`,
        }),
        ref: clauseRef('Hạn đăng ký thi đua'),
      }),
      /** II.3.c: dossiers at the latest `days` days from the PAR ranking publication (counting is in domain/time). */
      dossierWindow: obj('Thời hạn lập hồ sơ khen thưởng', {
        days: positiveInt('Số ngày lập hồ sơ khen thưởng'),
        from: z.literal('par_publication', {
          error: 'Mốc tính thời hạn lập hồ sơ phải là "par_publication" (ngày công bố kết quả xếp hạng CCHC)',
        }),
        ref: clauseRef('Thời hạn lập hồ sơ khen thưởng'),
      }),
      /** Hình thức khen thưởng (III.1–III.3). */
      awardForms: list(
        'Hình thức khen thưởng',
        obj('Hình thức khen thưởng', {
          code: enumOf('Mã hình thức khen thưởng', AWARD_FORM_CODES),
          /** Short label for lists: "Bằng khen của Chủ tịch UBND tỉnh". */
          label: requiredText('Tên hình thức khen thưởng'),
          /** Full name as the plan writes it. */
          fullName: requiredText('Tên đầy đủ của hình thức khen thưởng'),
          /** Who awards it. */
          issuer: requiredText('Người có thẩm quyền khen thưởng'),
          criteriaOwner: enumOf('Nơi quy định tiêu chuẩn khen thưởng', CRITERIA_OWNERS),
          /** The plan's own words about the criteria (for Giấy khen: who sets them). */
          criteriaText: requiredText('Tiêu chuẩn khen thưởng'),
          ref: clauseRef('Hình thức khen thưởng'),
        }),
      ),
      /** Chỉ tiêu (III.4.a–b, SPEC §4.3). */
      quotas: obj('Chỉ tiêu khen thưởng', {
        /** Collectives picked by Sở Nội vụ from the excellent group; null = no limit (the plan sets none). */
        excellentGroupCollectives: quota(
          'Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc',
          positiveInt('Chỉ tiêu tập thể tiêu biểu nhóm xuất sắc').nullable(),
        ),
        /**
         * Whom the commune quota counts per: each district ("per_district", the plan's III.4.a; the default when
         * absent) or the whole province ("province_wide"): a two-tier province has no districts since 01/7/2025, so
         * `communesPerDistrict.limit` is then one limit for all communes, wards and special zones.
         */
        communeQuotaScope: enumOf('Phạm vi chỉ tiêu xã', COMMUNE_QUOTA_SCOPES).optional(),
        communesPerDistrict: quota('Chỉ tiêu xã mỗi huyện', positiveInt('Chỉ tiêu xã mỗi huyện')),
        communesPerDistrictOverrides: list(
          'Chỉ tiêu xã riêng của huyện',
          obj('Chỉ tiêu xã riêng của huyện', {
            districtCode: requiredText('Mã huyện').regex(/^\d{3}$/, {
              error: 'Mã huyện phải gồm 3 chữ số theo danh mục hành chính, ví dụ "906"',
            }),
            districtName: requiredText('Tên huyện'),
            limit: positiveInt('Chỉ tiêu xã riêng của huyện'),
            ref: clauseRef('Chỉ tiêu xã riêng của huyện'),
          }),
          0,
        ),
        individualsPerCollective: quota(
          'Chỉ tiêu cá nhân mỗi tập thể',
          positiveInt('Chỉ tiêu cá nhân mỗi tập thể'),
        ),
        individualsPerCommune: quota('Chỉ tiêu cá nhân mỗi xã', positiveInt('Chỉ tiêu cá nhân mỗi xã')),
      }),
      /** Thành phần hồ sơ (III.4.c). */
      requiredDossierDocuments: list(
        'Thành phần hồ sơ đề nghị khen thưởng',
        obj('Thành phần hồ sơ đề nghị khen thưởng', {
          kind: enumOf('Loại giấy tờ trong hồ sơ', DOSSIER_DOCUMENT_KINDS),
          label: requiredText('Tên giấy tờ trong hồ sơ'),
          ref: clauseRef('Thành phần hồ sơ đề nghị khen thưởng'),
        }),
      ),
      /** How many original sets and where they go (III.4.c: "01 bộ bản chính", "gửi về Sở Nội vụ (…)"). */
      dossierSubmission: obj('Nơi nhận hồ sơ khen thưởng', {
        originalSets: positiveInt('Số bộ hồ sơ bản chính'),
        submitTo: requiredText('Nơi nhận hồ sơ khen thưởng'),
        ref: clauseRef('Nơi nhận hồ sơ khen thưởng'),
      }),
      /** Default "Nội dung đăng ký" of the annex registration form. */
      registrationContentDefault: requiredText('Nội dung đăng ký thi đua mặc định'),
      /**
       * Nơi nhận, one recipient per item without the leading "- " and the trailing ";" or ".": the document
       * renderer adds NĐ 30/2020 punctuation.
       */
      recipients: list('Nơi nhận', requiredText('Nơi nhận')),
      /**
       * Công khai lấy ý kiến (DOMAIN §1.6): optional per campaign, off when absent; the proposed list is put on the
       * public page for `commentDays` days (src/domain/publicNotices).
       */
      publicNotice: obj('Công khai lấy ý kiến', {
        enabled: z.boolean({ error: 'Công khai lấy ý kiến phải là có hoặc không' }),
        commentDays: positiveInt('Số ngày lấy ý kiến').max(90, { error: 'Số ngày lấy ý kiến không được quá 90 ngày' }),
      }).optional(),
    },
    { error: missingOrWrongType('Kế hoạch thi đua', 'một nhóm thông tin') },
  )
  .superRefine((plan, ctx) => {
    // Zod still runs this refinement when a field refinement (not a type check) failed, so the dates may be
    // invalid here: each cross-field check needs its own inputs valid, or it would throw on bad input.
    const planDateValid = isLocalDate(plan.planDate);
    const basis = Object.hasOwn(LEGAL_BASES, plan.legalBasis) ? LEGAL_BASES[plan.legalBasis] : undefined;
    const inForce = planDateValid ? legalBasisInForceOn(plan.planDate) : plan.legalBasis;
    if (basis !== undefined && inForce !== plan.legalBasis) {
      ctx.addIssue({
        code: 'custom',
        path: ['legalBasis'],
        message:
          `Căn cứ pháp lý ${plan.legalBasis} không có hiệu lực vào ngày ban hành kế hoạch ${formatVnDate(plan.planDate as LocalDate)}` +
          ` (hiệu lực từ ${formatVnDate(basis.validFrom)}` +
          (basis.validTo ? ` đến ${formatVnDate(basis.validTo)})` : ')') +
          (inForce ? `; nghị định đang có hiệu lực là ${inForce}` : ''),
      });
    }
    if (planDateValid && isLocalDate(plan.registrationDeadline.date) && plan.registrationDeadline.date < plan.planDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['registrationDeadline', 'date'],
        message: `Hạn đăng ký thi đua (${formatVnDate(plan.registrationDeadline.date as LocalDate)}) không được trước ngày ban hành kế hoạch (${formatVnDate(plan.planDate as LocalDate)})`,
      });
    }
    const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
    for (const [path, label, values] of [
      [['participants', 'collectiveKinds'], 'Loại tập thể tham gia', plan.participants.collectiveKinds],
      [['awardForms'], 'Mã hình thức khen thưởng', plan.awardForms.map((f) => f.code)],
      [
        ['requiredDossierDocuments'],
        'Loại giấy tờ trong hồ sơ',
        plan.requiredDossierDocuments.filter((d) => d.kind !== 'other').map((d) => d.kind),
      ],
      [
        ['quotas', 'communesPerDistrictOverrides'],
        'Mã huyện trong chỉ tiêu xã riêng',
        plan.quotas.communesPerDistrictOverrides.map((o) => o.districtCode),
      ],
    ] as const) {
      const dup = duplicates(values);
      if (dup.length > 0) {
        ctx.addIssue({ code: 'custom', path: [...path], message: `${label} bị trùng: ${[...new Set(dup)].join(', ')}` });
      }
    }
  });

/** A validated campaign definition (the schema's output). */
export type CampaignDefinition = z.output<typeof campaignDefinitionSchema>;
/** What a client may send before validation. */
export type CampaignDefinitionInput = z.input<typeof campaignDefinitionSchema>;
/** A quota entry of a campaign definition. */
export type CampaignQuota = CampaignDefinition['quotas']['communesPerDistrict'];
