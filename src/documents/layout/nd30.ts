import type { LocalDate } from '../../domain/time/localDate';

/** Quốc hiệu and Tiêu ngữ as NĐ 30/2020 (Phụ lục I) prints them. */
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Unit kinds as stored in org_units. */
export type UnitKindForName = 'province' | 'department' | 'district' | 'commune' | 'par_unit';

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

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * The NĐ 30 date line: "Kiên Giang, ngày 05 tháng 3 năm 2020" (days below 10 and months 01–02 take a leading zero).
 * Without a date the day and month are left as dots to be written by hand when the form is signed, as the
 * annex of the plan prints them.
 */
export function placeDateLine(place: string, date: LocalDate | null, year: number): string {
  if (!date) return `${place}, ngày ..... tháng ..... năm ${year}`;
  const [y, m, d] = date.split('-').map(Number);
  return `${place}, ngày ${pad2(d)} tháng ${m <= 2 ? pad2(m) : String(m)} năm ${y}`;
}

/**
 * How the annex cites the plan: "Kế hoạch số 34/KH-UBND ngày 03 tháng 03 năm 2020 của Ủy ban nhân dân tỉnh Kiên
 * Giang" (the annex writes the month with two digits).
 */
export function planCitation(plan: { planNumber: string; planDate: string; issuer: string }): string {
  const [y, m, d] = plan.planDate.split('-');
  return `Kế hoạch số ${plan.planNumber} ngày ${d} tháng ${m} năm ${y} của ${plan.issuer}`;
}
