import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Role } from '../roles';
import { mayManagePerson } from './person';

const province = { id: 'p', path: '/p/' };
const district = { id: 'd906', path: '/p/d906/' };
const commune = { id: 'c30904', path: '/p/d906/c30904/' };
const otherCommune = { id: 'c30817', path: '/p/d903/c30817/' };
const department = { id: 'snv', path: '/p/snv/' };

const actor = (role: Role, unit: { id: string; path: string }): Actor => ({ userId: 'u', role, unitId: unit.id, unitPath: unit.path });

describe('mayManagePerson', () => {
  it.each([
    ['a commune officer, own commune', actor('unit_officer', commune), commune, true],
    ['a commune officer, another commune', actor('unit_officer', commune), otherCommune, false],
    ['a commune officer, its district', actor('unit_officer', commune), district, false],
    ['the commune head, own commune', actor('unit_head', commune), commune, true],
    ['the commune head, another commune', actor('unit_head', commune), otherCommune, false],
    ['the district aggregator, the district itself', actor('district_aggregator', district), district, true],
    ['the district aggregator, its commune', actor('district_aggregator', district), commune, true],
    ['the district aggregator, another district’s commune', actor('district_aggregator', district), otherCommune, false],
    ['the secretariat, any unit', actor('province_secretariat', department), otherCommune, true],
    ['the administrator (reads people, does not record them)', actor('admin', province), commune, false],
    ['a council member', actor('council_member', department), department, false],
  ] as const)('%s → %s', (_name, who, unit, expected) => {
    expect(mayManagePerson(who, unit)).toBe(expected);
  });
});
