import { describe, expect, it } from 'vitest';
import { DOSSIER_STATUSES } from '../dossiers/dossierChecklist';
import { allowedEvents, NOMINATION_EVENTS, nominationStage, transition, type NominationEvent, type NominationStage } from './nominationLifecycle';

const STAGES: NominationStage[] = [...DOSSIER_STATUSES, 'withdrawn'];

/** Every allowed move; every other (stage, event) pair must be refused. */
const ALLOWED: [NominationStage, NominationEvent, NominationStage][] = [
  ['draft', 'submit', 'submitted'],
  ['returned', 'submit', 'submitted'],
  ['submitted', 'return', 'returned'],
  ['submitted', 'accept', 'accepted'],
  ['draft', 'withdraw', 'withdrawn'],
  ['returned', 'withdraw', 'withdrawn'],
  ['accepted', 'councilPass', 'council_passed'],
  ['accepted', 'councilFail', 'council_failed'],
  ['council_passed', 'award', 'awarded'],
];

describe('nomination lifecycle', () => {
  it.each(ALLOWED)('allows %s → %s → %s, with its clause', (from, event, to) => {
    const result = transition(from, event);
    expect(result).toMatchObject({ allowed: true, from, to });
    expect(result.ref.clause).toMatch(/Mục|Điều/);
  });

  const refused = STAGES.flatMap((stage) => NOMINATION_EVENTS.map((event) => [stage, event] as const)).filter(
    ([stage, event]) => !ALLOWED.some(([s, e]) => s === stage && e === event),
  );
  it('refuses every other pair (54 of 63)', () => {
    expect(refused).toHaveLength(STAGES.length * NOMINATION_EVENTS.length - ALLOWED.length);
  });
  it.each(refused)('refuses %s on %s, naming the stage and the clause', (stage, event) => {
    const result = transition(stage, event);
    expect(result.allowed).toBe(false);
    if (result.allowed) return;
    expect(result.message).toMatch(/^Không thể /);
    expect(result.message).toContain('hồ sơ đang «');
    expect(result.message).toContain(result.ref.clause);
  });

  it('says a sent dossier cannot be withdrawn by the unit', () => {
    const result = transition('submitted', 'withdraw');
    expect(result).toMatchObject({ allowed: false, message: expect.stringContaining('Đã gửi Sở Nội vụ') });
  });

  it('ends at awarded and withdrawn', () => {
    expect(allowedEvents('awarded')).toEqual([]);
    expect(allowedEvents('withdrawn')).toEqual([]);
    expect(allowedEvents('council_failed')).toEqual([]);
    expect(allowedEvents('submitted')).toEqual(['return', 'accept']);
  });

  it.each([
    ['proposed', null, 'draft'],
    ['proposed', 'submitted', 'submitted'],
    ['proposed', 'awarded', 'awarded'],
    ['withdrawn', 'returned', 'withdrawn'],
    ['withdrawn', null, 'withdrawn'],
  ] as const)('reads the stage of a %s nomination with dossier %s as %s', (nominationStatus, dossierStatus, stage) => {
    expect(nominationStage({ nominationStatus, dossierStatus })).toBe(stage);
  });
});
