import { CLASSIFICATIONS, type Classification } from './classificationScheme';

/**
 * Communes' CCHC results as their district assesses and publishes them (Kiên Giang: UBND cấp huyện assesses its
 * communes; basis B, Gạch đầu dòng 2, Điểm a, Khoản 1, Mục III reads "được UBND cấp huyện công nhận đạt xuất sắc trong
 * công tác CCHC").
 */

/** One commune's result as the district enters it. */
export type CommuneAssessment = { communeUnitId: string; code: string; name: string; totalPoints: number | null; classification: Classification };

/** One commune's result as published: with its rank in the district (by class, then points; ties share a rank). */
export type CommuneParResult = CommuneAssessment & { rank: number };

/** Where a commune's class comes from: its district's publication, the province's commune block, or nowhere yet. */
export type CommuneClassSource = 'district' | 'province' | null;

const classOrder = (c: Classification) => CLASSIFICATIONS.indexOf(c);

/**
 * The ranking a district publishes: best class first, then most points (a commune without points after those with
 * points in its class), then code; equal class and points share a rank (1, 1, 3).
 */
export function rankCommuneResults(assessments: readonly CommuneAssessment[]): CommuneParResult[] {
  const sorted = [...assessments].sort(
    (a, b) =>
      classOrder(a.classification) - classOrder(b.classification) ||
      (b.totalPoints ?? -1) - (a.totalPoints ?? -1) ||
      a.code.localeCompare(b.code),
  );
  // Equal class and points are adjacent once sorted: a tie keeps the rank of the first of its run.
  let rank = 0;
  return sorted.map((item, i) => {
    const previous = sorted[i - 1];
    if (!previous || previous.classification !== item.classification || previous.totalPoints !== item.totalPoints) rank = i + 1;
    return { ...item, rank };
  });
}

/**
 * The class eligibility reads for a commune: its district's published assessment when the district has published one,
 * otherwise the class in the province's published commune block (older years), otherwise none (unknown).
 */
export function communeClassification(input: {
  districtPublished: Classification | null | undefined;
  provincePublished: Classification | null | undefined;
}): { classification: Classification | null; source: CommuneClassSource } {
  if (input.districtPublished) return { classification: input.districtPublished, source: 'district' };
  if (input.provincePublished) return { classification: input.provincePublished, source: 'province' };
  return { classification: null, source: null };
}
