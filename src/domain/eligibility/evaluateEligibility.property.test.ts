import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../shared/ruleOutcome';
import {
  PAR_CLASSIFICATIONS,
  RATING_ORDER,
  UNIT_KINDS,
  type ParClassification,
  type Rating,
} from './eligibilityRules';
import {
  evaluateCollectiveEligibility,
  evaluateIndividualEligibility,
  type CollectiveInput,
  type EligibilityResult,
  type IndividualInput,
  type UnitSummary,
} from './evaluateEligibility';
import { kh34RuleSet } from './kh34RuleSet';

const flag = fc.constantFrom<boolean | null>(true, false, null);
const rating = fc.constantFrom<Rating | null>(...RATING_ORDER, null);
const parClass = fc.constantFrom<ParClassification | null>(...PAR_CLASSIFICATIONS, null);

const unitArb: fc.Arbitrary<UnitSummary> = fc.record({
  orgUnitId: fc.constantFrom('u1', 'u2'),
  name: fc.constantFrom('Sở Tư pháp', 'UBND huyện Giồng Riềng', 'Phòng Nội vụ huyện Hòn Đất'),
  unitKind: fc.constantFrom(...UNIT_KINDS),
  parUnitLevel: fc.constantFrom<UnitSummary['parUnitLevel']>('province', 'district', null),
  parClassification: parClass,
  rating,
  parTaskRating: rating,
  previousParTaskRating: rating,
  districtRecognisedBestCommune: flag,
  districtParClassification: parClass,
});

const collectiveArb: fc.Arbitrary<CollectiveInput> = fc
  .record({
    unit: unitArb,
    registered: flag,
    compliance: flag,
    solidarity: flag,
    proposed: flag,
  })
  .map(({ unit, registered, compliance, solidarity, proposed }) => ({
    ...unit,
    registered,
    attestations: { compliance, solidarity },
    proposed,
  }));

const individualArb: fc.Arbitrary<IndividualInput> = fc.record({
  personId: fc.constantFrom('p1', 'p2'),
  fullName: fc.constantFrom('Nguyễn Văn A', 'Trần Thị B'),
  unit: unitArb,
  registered: flag,
  rating,
  parTasksExcellent: flag,
  directlyDoesParWork: flag,
  unitProposed: flag,
});

/** Each turns one input into its most favourable value: a passing fact where there was a null or a failing one. */
const unitImprovements: Record<string, (u: UnitSummary) => UnitSummary> = {
  parClassification: (u) => ({ ...u, parClassification: 'excellent' }),
  rating: (u) => ({ ...u, rating: 'outstanding' }),
  parTaskRating: (u) => ({ ...u, parTaskRating: 'outstanding' }),
  // For progress the favourable previous year is the lowest one.
  previousParTaskRating: (u) => ({ ...u, previousParTaskRating: 'failed' }),
  districtRecognisedBestCommune: (u) => ({ ...u, districtRecognisedBestCommune: true }),
  districtParClassification: (u) => ({ ...u, districtParClassification: 'excellent' }),
};

const collectiveImprovements: Record<string, (c: CollectiveInput) => CollectiveInput> = {
  registered: (c) => ({ ...c, registered: true }),
  compliance: (c) => ({ ...c, attestations: { ...c.attestations, compliance: true } }),
  solidarity: (c) => ({ ...c, attestations: { ...c.attestations, solidarity: true } }),
  proposed: (c) => ({ ...c, proposed: true }),
  ...Object.fromEntries(
    Object.entries(unitImprovements).map(([name, improve]) => [
      name,
      (c: CollectiveInput): CollectiveInput => ({ ...c, ...improve(c) }),
    ]),
  ),
};

const individualImprovements: Record<string, (i: IndividualInput) => IndividualInput> = {
  registered: (i) => ({ ...i, registered: true }),
  rating: (i) => ({ ...i, rating: 'outstanding' }),
  parTasksExcellent: (i) => ({ ...i, parTasksExcellent: true }),
  unitProposed: (i) => ({ ...i, unitProposed: true }),
  ...Object.fromEntries(
    Object.entries(unitImprovements).map(([name, improve]) => [
      `unit.${name}`,
      (i: IndividualInput): IndividualInput => ({ ...i, unit: improve(i.unit) }),
    ]),
  ),
};

/** fail < unknown < pass: supplying a favourable fact may only move a verdict up this scale. */
const verdictRank: Record<Verdict, number> = { fail: 0, unknown: 1, pass: 2 };

const evaluateC = (input: CollectiveInput) => evaluateCollectiveEligibility(kh34RuleSet, input);
const evaluateI = (input: IndividualInput) => evaluateIndividualEligibility(kh34RuleSet, input);

function strings(result: EligibilityResult): string[] {
  const outcomes = [...result.preconditions, ...result.bases, ...result.bases.flatMap((b) => b.parts), ...result.conditions];
  return [result.summary, ...result.missing, ...outcomes.map((o) => o.explanation), ...result.notApplicable.map((n) => n.reason)];
}

describe('evaluateEligibility properties', () => {
  it.each(Object.keys(collectiveImprovements))('improving the collective input %s never loses eligibility', (name) => {
    const improve = collectiveImprovements[name];
    fc.assert(
      fc.property(collectiveArb, (input) => {
        const before = evaluateC(input);
        const after = evaluateC(improve(input));
        expect(verdictRank[after.verdict]).toBeGreaterThanOrEqual(verdictRank[before.verdict]);
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
    );
  });

  it.each(Object.keys(individualImprovements))('improving the individual input %s never loses eligibility', (name) => {
    const improve = individualImprovements[name];
    fc.assert(
      fc.property(individualArb, (input) => {
        const before = evaluateI(input);
        const after = evaluateI(improve(input));
        expect(verdictRank[after.verdict]).toBeGreaterThanOrEqual(verdictRank[before.verdict]);
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
    );
  });

  it('makes any collective that did not register ineligible', () => {
    fc.assert(
      fc.property(collectiveArb, (input) => {
        const result = evaluateC({ ...input, registered: false });
        expect(result.eligible).toBe(false);
        expect(result.verdict).toBe('fail');
      }),
    );
  });

  it('makes any individual who did not register ineligible', () => {
    fc.assert(
      fc.property(individualArb, (input) => {
        const result = evaluateI({ ...input, registered: false });
        expect(result.eligible).toBe(false);
        expect(result.verdict).toBe('fail');
      }),
    );
  });

  it('is eligible exactly when the verdict is pass, and never with an unknown precondition or condition', () => {
    fc.assert(
      fc.property(collectiveArb, individualArb, (c, i) => {
        for (const result of [evaluateC(c), evaluateI(i)]) {
          expect(result.eligible).toBe(result.verdict === 'pass');
          if (result.eligible) {
            expect([...result.preconditions, ...result.conditions].every((o) => o.verdict === 'pass')).toBe(true);
            expect(result.missing).toEqual([]);
          }
        }
      }),
    );
  });

  it('names at least one missing input whenever the verdict is unknown', () => {
    fc.assert(
      fc.property(collectiveArb, individualArb, (c, i) => {
        for (const result of [evaluateC(c), evaluateI(i)]) {
          if (result.verdict === 'unknown') expect(result.missing.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never lets the priority flag change the verdict', () => {
    fc.assert(
      fc.property(individualArb, flag, (input, directlyDoesParWork) => {
        expect(evaluateI({ ...input, directlyDoesParWork }).verdict).toBe(evaluateI(input).verdict);
      }),
    );
  });

  it('does not modify its input and gives the same result twice', () => {
    fc.assert(
      fc.property(collectiveArb, individualArb, (c, i) => {
        const cCopy = structuredClone(c);
        const iCopy = structuredClone(i);
        expect(evaluateC(c)).toEqual(evaluateC(cCopy));
        expect(evaluateI(i)).toEqual(evaluateI(iCopy));
        expect(c).toEqual(cCopy);
        expect(i).toEqual(iCopy);
      }),
    );
  });

  it('writes every sentence in NFC', () => {
    fc.assert(
      fc.property(collectiveArb, individualArb, (c, i) => {
        for (const text of [...strings(evaluateC(c)), ...strings(evaluateI(i))]) {
          expect(text).toBe(text.normalize('NFC'));
          expect(text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
