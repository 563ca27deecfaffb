import { vnDocumentDateParts, type LocalDate } from '../../domain/time/localDate';
import type { OrgUnitKind } from '../../domain/orgUnits/orgUnitKind';

/** Quốc hiệu and Tiêu ngữ as NĐ 30/2020 (Phụ lục I) prints them. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Unit kinds as stored in org_units. */
export type UnitKindForName = OrgUnitKind;

/** Vietnamese upper case (NĐ 30 prints body names in capitals). */
export function upperVi(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}

/**
 * The name a unit signs with. Administrative units sign as their people's committee ("Thị trấn Giồng Riềng" →
 * "Ủy ban nhân dân thị trấn Giồng Riềng"); departments and PAR units sign with their own name.
 */
export function issuingBodyName(unit: { name: string; kind: UnitKindForName }): string {
  const name = unit.name.normalize('NFC').trim();
  if (unit.kind === 'province' || unit.kind === 'district' || unit.kind === 'commune') {
    if (/^ủy ban nhân dân/iu.test(name)) return name;
    return `Ủy ban nhân dân ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
  }
  return name;
}

/**
 * The NĐ 30 date line: "Kiên Giang, ngày 05 tháng 3 năm 2020" (days below 10 and months 01–02 take a leading zero).
 * Without a date the day and month are left as dots to be written by hand when the form is signed, as the
 * annex of the plan prints them.
 */
export function placeDateLine(place: string, date: LocalDate | null, year: number): string {
  if (!date) return `${place}, ngày ..... tháng ..... năm ${year}`;
  const { day, month, year: y } = vnDocumentDateParts(date);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

/**
 * How a document cites the plan: "Kế hoạch số 34/KH-UBND ngày 03 tháng 3 năm 2020 của Ủy ban nhân dân tỉnh Kiên
 * Giang" — the date in NĐ 30 style (the annex's "tháng 03" is not copied).
 */
export function planCitation(plan: { planNumber: string; planDate: string; issuer: string }): string {
  const { day, month, year } = vnDocumentDateParts(plan.planDate as LocalDate);
  return `Kế hoạch số ${plan.planNumber} ngày ${day} tháng ${month} năm ${year} của ${plan.issuer}`;
}

/** One phrase for a person's position and unit, in documents and on screen alike (moved to the domain). */
export { positionAndUnit } from '../../domain/text/positionAndUnit';
