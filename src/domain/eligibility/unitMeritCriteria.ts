import type { OrgUnitKind } from '../orgUnits/orgUnitKind';

/**
 * Giấy khen criteria (Khoản 2, Mục III of Kế hoạch 34/KH-UBND: "Do Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch
 * Ủy ban nhân dân cấp huyện quy định"). The plan sets none of its own: each issuing head keeps a short list of
 * numbered criteria, and the system only checks the list is well formed and who may issue it.
 */
export type UnitMeritCriterion = { code: string; text: string };

export type CriteriaError = { path: string; message: string };

export const CRITERIA_LIMITS = { minItems: 1, maxItems: 30, maxCodeLength: 20, maxTextLength: 1000 } as const;

/** The clause every rule below comes from. */
export const GIAY_KHEN_CLAUSE = 'Khoản 2, Mục III Kế hoạch 34/KH-UBND';

/** Units whose head issues Giấy khen under Khoản 2, Mục III: provincial departments and district People's Committees. */
export const GIAY_KHEN_ISSUER_KINDS: readonly OrgUnitKind[] = ['department', 'district'];

/** True when the head of a unit of this kind sets Giấy khen criteria (Khoản 2, Mục III). */
export function canIssueGiayKhen(kind: string): boolean {
  return (GIAY_KHEN_ISSUER_KINDS as readonly string[]).includes(kind);
}

/** Why a unit of this kind may not set Giấy khen criteria, in Vietnamese, citing the clause. */
export function notAnIssuerMessage(unitName: string): string {
  return `${unitName} không ban hành tiêu chuẩn Giấy khen: theo ${GIAY_KHEN_CLAUSE}, tiêu chuẩn Giấy khen do Thủ trưởng các sở, ban, ngành tỉnh và Chủ tịch UBND cấp huyện quy định.`;
}

/** Trims and NFC-normalises each item: pasted text often carries decomposed diacritics and stray spaces. */
export function normaliseCriteria(items: readonly UnitMeritCriterion[]): UnitMeritCriterion[] {
  return items.map((i) => ({ code: i.code.normalize('NFC').trim(), text: i.text.normalize('NFC').trim() }));
}

/**
 * Checks a normalised list: 1–30 items, each with a code (1–20 characters, unique ignoring case) and a text
 * (1–1000 characters). Returns every problem, each naming the item in Vietnamese; an empty array means valid.
 */
export function validateUnitMeritCriteria(items: readonly UnitMeritCriterion[]): CriteriaError[] {
  const { minItems, maxItems, maxCodeLength, maxTextLength } = CRITERIA_LIMITS;
  const errors: CriteriaError[] = [];
  if (items.length < minItems) errors.push({ path: 'criteria', message: 'Danh sách tiêu chuẩn: cần ít nhất một tiêu chuẩn.' });
  if (items.length > maxItems) errors.push({ path: 'criteria', message: `Danh sách tiêu chuẩn: tối đa ${maxItems} tiêu chuẩn (đang có ${items.length}).` });
  const firstByCode = new Map<string, number>();
  items.forEach((item, i) => {
    const where = `Tiêu chuẩn thứ ${i + 1}`;
    if (item.code.length === 0) errors.push({ path: `criteria.${i}.code`, message: `${where} — Mã tiêu chuẩn: không được để trống.` });
    else if (item.code.length > maxCodeLength)
      errors.push({ path: `criteria.${i}.code`, message: `${where} — Mã tiêu chuẩn: tối đa ${maxCodeLength} ký tự.` });
    else {
      const key = item.code.toLocaleLowerCase('vi');
      const first = firstByCode.get(key);
      if (first === undefined) firstByCode.set(key, i);
      else errors.push({ path: `criteria.${i}.code`, message: `${where} — Mã tiêu chuẩn "${item.code}" trùng với tiêu chuẩn thứ ${first + 1}.` });
    }
    if (item.text.length === 0) errors.push({ path: `criteria.${i}.text`, message: `${where} — Nội dung tiêu chuẩn: không được để trống.` });
    else if (item.text.length > maxTextLength)
      errors.push({ path: `criteria.${i}.text`, message: `${where} — Nội dung tiêu chuẩn: tối đa ${maxTextLength} ký tự (đang có ${item.text.length}).` });
  });
  return errors;
}
