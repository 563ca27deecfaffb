import type { AwardEntry } from '../../domain/awards/awardSnapshot';
import { vnDocumentDateParts, type LocalDate } from '../../domain/time/localDate';
import type { TableBlock } from '../layout/documentModel';
import { upperVi } from '../layout/nd30';

/** The campaign as the award documents cite it (from its definition). */
export type AwardCampaign = { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };

/** A numbered document: "123/QĐ-UBND" of a day. */
export type NumberedDocument = { number: string | null; date: LocalDate | null };

export type Signer = { name: string; position: string };

/** "ngày 20 tháng 5 năm 2021" (NĐ 30: days below 10 and months 01–02 with a leading zero). */
export function vnLongDate(date: LocalDate): string {
  const { day, month, year } = vnDocumentDateParts(date);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/**
 * The signature title as NĐ 30 prints it: the chairman signs "CHỦ TỊCH"; a vice-chairman signs for him
 * ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
 */
export function chairmanSignatureTitle(position: string): string {
  const p = position.normalize('NFC').trim();
  return /phó/iu.test(p) ? `KT. CHỦ TỊCH\n${upperVi(p)}` : upperVi(p || 'Chủ tịch');
}

/** The annexed list: I. collectives, II. individuals, each numbered; name, position and unit, achievement. */
export function awardListTable(entries: readonly AwardEntry[]): TableBlock {
  const units = entries.filter((e) => e.nomineeKind === 'unit');
  const persons = entries.filter((e) => e.nomineeKind === 'person');
  const rows: TableBlock['rows'] = [];
  if (units.length > 0) {
    rows.push({ group: `I. Tập thể (${String(units.length).padStart(2, '0')})` });
    units.forEach((e, i) => rows.push({ cells: [String(i + 1), e.name, e.achievement] }));
  }
  if (persons.length > 0) {
    rows.push({ group: `${units.length > 0 ? 'II' : 'I'}. Cá nhân (${String(persons.length).padStart(2, '0')})` });
    persons.forEach((e, i) => rows.push({ cells: [String(i + 1), `Ông (bà) ${e.name}${e.position ? `, ${e.position}` : ''}, ${e.unitName}`, e.achievement] }));
  }
  return {
    kind: 'table',
    columns: [
      { header: 'STT', width: 1, align: 'center' },
      { header: 'Tên tập thể, cá nhân (chức vụ, đơn vị)', width: 6 },
      { header: 'Thành tích', width: 6 },
    ],
    rows,
  };
}

/** "02 tập thể và 03 cá nhân" (counts below 10 with a leading zero, as the province writes them). */
export function countPhrase(entries: readonly AwardEntry[]): string {
  const n = (k: 'unit' | 'person') => String(entries.filter((e) => e.nomineeKind === k).length).padStart(2, '0');
  const units = entries.some((e) => e.nomineeKind === 'unit');
  const persons = entries.some((e) => e.nomineeKind === 'person');
  return [units ? `${n('unit')} tập thể` : null, persons ? `${n('person')} cá nhân` : null].filter(Boolean).join(' và ');
}
