import { z } from 'zod';
import { backgroundParam, dryRunParam, ImportResponse } from '../../kit/importResult';
import { EraSchema, OrgUnitDetailResponse, OrgUnitListResponse, OrgUnitSchema, ORG_UNIT_KINDS } from '../../../shared/contracts/orgUnits';

/** The answers (OrgUnitSchema, OrgUnitListResponse, OrgUnitDetailResponse, EraSchema) are the contract in src/shared/contracts/orgUnits.ts. */
export { EraSchema, OrgUnitDetailResponse, OrgUnitListResponse, OrgUnitSchema, ORG_UNIT_KINDS };

export const ADMIN_TYPES = ['tinh', 'thanh_pho', 'thi_xa', 'huyen', 'xa', 'phuong', 'thi_tran', 'dac_khu'] as const;
export const PAR_UNIT_LEVELS = ['province', 'district'] as const;

const isoDate = z.iso.date();
/** The unit's e-mail address for notices (thông báo); null clears it. */
const unitEmail = z.string().trim().max(254).pipe(z.email({ error: 'Thư điện tử không đúng dạng (ví dụ: snv@kiengiang.gov.vn)' })).nullable();

export const OrgUnitListQuery = z.strictObject({
  /** Era id, e.g. "kien-giang-2020"; default: the era of the actor's unit. */
  eraId: z.string().max(64).optional(),
  /** Units of the era this campaign runs on (pickers in a campaign's pages); wins over eraId. */
  campaignId: z.uuid().optional(),
  /** Search without diacritics: "giong rieng" finds "Huyện Giồng Riềng". */
  q: z.string().max(200).optional(),
  kind: z.enum(ORG_UNIT_KINDS).optional(),
  /** Children of this unit; "root" for the top of the actor's scope. */
  parentId: z.union([z.uuid(), z.literal('root')]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const IdParams = z.strictObject({ id: z.uuid() });

export const OrgUnitCreateBody = z.strictObject({
  eraId: z.string().min(1).max(64),
  code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_.-]+$/, { error: 'Chỉ gồm chữ không dấu, số và các ký tự - _ .' }),
  name: z.string().trim().min(1).max(200),
  shortName: z.string().trim().max(100).nullable().optional(),
  email: unitEmail.optional(),
  kind: z.enum(ORG_UNIT_KINDS),
  adminType: z.enum(ADMIN_TYPES).nullable().optional(),
  parUnitLevel: z.enum(PAR_UNIT_LEVELS).nullable().optional(),
  parentId: z.uuid().nullable().optional(),
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
});

export const OrgUnitUpdateBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    shortName: z.string().trim().max(100).nullable(),
    email: unitEmail,
    adminType: z.enum(ADMIN_TYPES).nullable(),
    parUnitLevel: z.enum(PAR_UNIT_LEVELS).nullable(),
    validFrom: isoDate,
    validTo: isoDate.nullable(),
  })
  .partial();

export const ExportQuery = z.strictObject({
  eraId: z.string().max(64).optional(),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

export const ImportQuery = z.strictObject({
  eraId: z.string().min(1).max(64),
  format: z.enum(['xlsx', 'csv']),
  /** true: check and report only, save nothing. */
  dryRun: dryRunParam,
  background: backgroundParam,
});

export { ImportResponse };
