/** Kinds of org units (SPEC §2), as stored in `org_units.kind`, in display order. The one list of them. */
export const ORG_UNIT_KINDS = ['province', 'department', 'district', 'commune', 'par_unit', 'central_agency'] as const;

/** Kind of an org unit. */
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * Vietnamese names of the kinds as the screens and the import/export files show them ("Sở, ban, ngành"). The award
 * rules name them inside a sentence instead (`UNIT_KIND_LABELS` in domain/eligibility/eligibilityRules.ts).
 */
export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, string> = {
  province: 'Tỉnh',
  department: 'Sở, ban, ngành',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  par_unit: 'Đơn vị chuyên trách CCHC',
  central_agency: 'Cơ quan Trung ương trên địa bàn',
};
