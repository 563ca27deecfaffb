import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { PERMISSIONS, type Action } from './permissions';
import { abilitiesOf, decide } from './policy';
import { ROLES, type Role } from './roles';
import { inScope, scopeOf } from './scope';

const province = { unitId: 'p', unitPath: '/91/' };
const giongRieng = { unitId: 'd906', unitPath: '/91/906/' };
const thiTranGR = { unitId: 'c30904', unitPath: '/91/906/30904/' };
const honDat = { unitId: 'd903', unitPath: '/91/903/' };
const communeHD = { unitId: 'c30880', unitPath: '/91/903/30880/' };

function actor(role: Role, unit: { unitId: string; unitPath: string }): Actor {
  return { userId: 'u', role, ...unit };
}

describe('scopeOf', () => {
  it.each([
    ['admin', 'all'],
    ['province_secretariat', 'all'],
    ['province_approver', 'all'],
    ['council_member', 'all'],
    ['district_aggregator', 'subtree'],
    ['unit_officer', 'unit'],
    ['unit_head', 'unit'],
  ] as const)('gives %s the %s scope', (role, kind) => {
    expect(scopeOf(actor(role, giongRieng)).kind).toBe(kind);
  });
});

describe('inScope', () => {
  const cases: [string, Actor, { unitId: string; unitPath: string }, boolean][] = [
    ['commune officer, own commune', actor('unit_officer', thiTranGR), thiTranGR, true],
    ['commune officer, another commune', actor('unit_officer', thiTranGR), communeHD, false],
    ['commune officer, its own district', actor('unit_officer', thiTranGR), giongRieng, false],
    ['district aggregator, its commune', actor('district_aggregator', giongRieng), thiTranGR, true],
    ['district aggregator, itself', actor('district_aggregator', giongRieng), giongRieng, true],
    ['district aggregator, another district', actor('district_aggregator', giongRieng), honDat, false],
    ['district aggregator, another district’s commune', actor('district_aggregator', giongRieng), communeHD, false],
    ['district aggregator, the province', actor('district_aggregator', giongRieng), province, false],
    ['district unit head, its commune', actor('unit_head', giongRieng), thiTranGR, false],
    ['secretariat, any commune', actor('province_secretariat', province), communeHD, true],
  ];
  it.each(cases)('%s → %s', (_name, who, record, expected) => {
    expect(inScope(who, record)).toBe(expected);
  });

  it('does not confuse a district path with a longer code that shares its prefix', () => {
    // "/91/90/" must not contain "/91/906/": paths end with a slash for this reason.
    expect(inScope(actor('district_aggregator', { unitId: 'x', unitPath: '/91/90/' }), giongRieng)).toBe(false);
  });
});

describe('decide', () => {
  it.each(ROLES.flatMap((role) => (Object.keys(PERMISSIONS) as Action[]).map((action) => [role, action] as const)))(
    '%s / %s follows the permission map',
    (role, action) => {
      const expected = (PERMISSIONS[action] as readonly string[]).includes(role);
      expect(decide(actor(role, province), action).allowed).toBe(expected);
    },
  );

  it('refuses a record outside the scope with reason "scope"', () => {
    expect(decide(actor('unit_officer', thiTranGR), 'orgUnit.read', communeHD)).toEqual({ allowed: false, reason: 'scope' });
  });

  it('refuses an action the role lacks with reason "role", before looking at scope', () => {
    expect(decide(actor('unit_officer', thiTranGR), 'user.manage', thiTranGR)).toEqual({ allowed: false, reason: 'role' });
  });

  it('lists abilities for the UI', () => {
    expect(abilitiesOf(actor('province_secretariat', province))).toContain('audit.read');
    expect(abilitiesOf(actor('unit_officer', thiTranGR))).toEqual([
      'orgUnit.read',
      'feedback.read',
      'feedback.raise',
      'parResult.read',
      'rating.read',
      'eligibility.read',
      'campaign.read',
      'registration.read',
      'registration.edit',
      'registration.import',
      'initiative.read',
      'initiative.edit',
      'unitMeritCriteria.read',
      'unitMeritCriteria.manage',
      'person.read',
      'person.manage',
      'signature.verify',
      'nomination.read',
      'nomination.propose',
      'notification.read',
      'dossier.read',
      'dossier.edit',
      'award.read',
      'dashboard.read',
    ]);
  });
});
