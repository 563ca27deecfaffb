import type { CollectiveInput, IndividualInput, UnitSummary } from './nomineeInputs';

/**
 * Test and demo factories: an eligible nominee of each kind, to be changed one field at a time, so each test
 * states only the fact it is about.
 */

/** A department that meets every precondition and basis A of Kế hoạch 34. */
export function buildCollective(overrides: Partial<CollectiveInput> = {}): CollectiveInput {
  return {
    orgUnitId: 'so-tu-phap',
    name: 'Sở Tư pháp',
    unitKind: 'department',
    parUnitLevel: null,
    registered: true,
    attestations: { compliance: true, solidarity: true },
    parClassification: 'excellent',
    rating: 'good',
    parTaskRating: null,
    previousParTaskRating: null,
    districtRecognisedBestCommune: null,
    districtParClassification: null,
    proposed: true,
    ...overrides,
  };
}

/** The unit part of {@link buildCollective}, for an individual's unit. */
export function buildUnitSummary(overrides: Partial<UnitSummary> = {}): UnitSummary {
  const { registered: _r, attestations: _a, proposed: _p, ...unit } = buildCollective();
  return { ...unit, ...overrides };
}

/** A civil servant of an excellent-group department who meets every individual condition. */
export function buildIndividual(overrides: Partial<IndividualInput> = {}): IndividualInput {
  return {
    personId: 'nguyen-van-a',
    fullName: 'Nguyễn Văn A',
    unit: buildUnitSummary(),
    registered: true,
    rating: 'good',
    parTasksExcellent: true,
    directlyDoesParWork: true,
    unitProposed: true,
    ...overrides,
  };
}
