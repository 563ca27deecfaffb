import type { CouncilMeetingRecord } from '../../domain/dossiers/councilMeeting';
import { formatVnDocumentDate, toVnLocalDate, vnDocumentDateParts, type LocalDate } from '../../domain/time/localDate';
import type { UnitKindForName } from '../layout/nd30';

/**
 * Plain data of one nomination's dossier, as the service reads it, for its three documents (III.4.c). Every field is
 * data of the campaign, the units and the records; nothing is typed by hand into the drafts.
 */
export type DossierDocumentData = {
  campaign: { planNumber: string; planDate: string; issuer: string; place: string; theme: string; year: number };
  /** The unit that proposes (a district for its commune, a collective for its people) and its parent body. */
  proposingUnit: { name: string; kind: UnitKindForName };
  proposingParent: { name: string; kind: UnitKindForName } | null;
  /** The head who signs the Tờ trình and the report's confirmation; a blank line when unknown. */
  proposingHeadName: string | null;
  nominee:
    | { kind: 'unit'; name: string; unitKind: UnitKindForName }
    | { kind: 'person'; fullName: string; position: string; unitName: string; birthYear: number | null };
  /** The PAR ranking of the nominee's unit (a person's: their unit's), from the published decision. */
  ranking: {
    decisionNumber: string;
    decisionDate: LocalDate;
    /** Points and rank in the block; null when the published snapshot carries only the class. */
    score: number | null;
    rank: number | null;
    groupSize: number;
    groupLabel: string;
    className: string | null;
  } | null;
  /** The collective's or the person's registered content ("Đăng ký thi đua"); null when not registered. */
  registrationContent: string | null;
  /** Quality ratings of the campaign year, e.g. "Hoàn thành xuất sắc nhiệm vụ" (collective or person). */
  rating: string | null;
  /** Recognised initiatives of the nominee in the campaign year. */
  initiatives: { title: string; recognition: string }[];
  /** The recorded council meeting; the Biên bản prints dots where it is missing. */
  meeting: CouncilMeetingRecord | null;
  /** Day of signing; null leaves "ngày ..... tháng ....." to be written by hand. */
  date: LocalDate | null;
  /** The year the documents are signed (after the ranking, so usually the year after the campaign's). */
  documentYear: number;
};

/** The nominee as documents name it: "Ủy ban nhân dân xã …" is not used for the collective's title; its own name is. */
export function nomineeTitle(nominee: DossierDocumentData['nominee']): string {
  return nominee.kind === 'unit' ? nominee.name : nominee.fullName;
}

/** The day of an instant in Vietnam, in NĐ 30 style: "05/4/2021". */
export function vnDayOf(iso: string): string {
  return formatVnDocumentDate(toVnLocalDate(new Date(iso)));
}

/** "08 giờ 00 phút, ngày 05 tháng 4 năm 2021", in Vietnam time. */
export function vnClockAndDate(iso: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + 7 * 3600_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  const { day, month, year } = vnDocumentDateParts(toVnLocalDate(instant));
  return `${hh} giờ ${mm} phút, ngày ${day} tháng ${month} năm ${year}`;
}

/** "đạt 87,5 điểm, xếp thứ 1/10 nhóm …, xếp loại Xuất sắc", with only the parts the ranking gives. */
export function rankingPhrase(ranking: NonNullable<DossierDocumentData['ranking']>, rankVerb = 'xếp thứ'): string {
  const parts = [
    ranking.score !== null ? `đạt ${vnNumber(ranking.score)} điểm` : null,
    ranking.rank !== null ? `${rankVerb} ${ranking.rank}/${ranking.groupSize} ${ranking.groupLabel}` : null,
    ranking.className ? `xếp loại ${ranking.className}` : null,
  ].filter((p): p is string => p !== null);
  return parts.join(', ');
}

/** A decimal score as Vietnamese writes it: 87,5. */
export function vnNumber(value: number): string {
  return String(Math.round(value * 100) / 100).replace('.', ',');
}
