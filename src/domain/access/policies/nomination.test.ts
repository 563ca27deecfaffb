import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Role } from '../roles';
import { mayProposeFor } from './nomination';

const district = { id: 'd906', path: '/p/d906/', kind: 'district' };
const otherDistrict = { id: 'd903', path: '/p/d903/', kind: 'district' };
const districtPnv = { id: 'pnv906', path: '/p/d906/pnv906/', kind: 'par_unit' };
const commune = { id: 'c30904', path: '/p/d906/c30904/', kind: 'commune' };
const otherCommune = { id: 'c30817', path: '/p/d903/c30817/', kind: 'commune' };
const department = { id: 'snv', path: '/p/snv/', kind: 'department' };

const actor = (role: Role, unit: { id: string; path: string }): Actor => ({ userId: 'u', role, unitId: unit.id, unitPath: unit.path });

describe('mayProposeFor (who acts for the proposing unit)', () => {
  it.each([
    ['the district aggregator, for its district (its communes)', actor('district_aggregator', district), district, true],
    ['the district aggregator, for its Phòng Nội vụ (its individuals)', actor('district_aggregator', district), districtPnv, true],
    ['the district aggregator, for its commune (communes propose their own individuals)', actor('district_aggregator', district), commune, false],
    ['the district aggregator, for another district', actor('district_aggregator', district), otherDistrict, false],
    ['a commune officer, for its commune', actor('unit_officer', commune), commune, true],
    ['a commune officer, for another commune', actor('unit_officer', commune), otherCommune, false],
    ['a commune officer, for its district', actor('unit_officer', commune), district, false],
    ['a department officer, for its department', actor('unit_officer', department), department, true],
    ['the secretariat, for any unit (from paper)', actor('province_secretariat', department), otherDistrict, true],
    ['a unit head (reads only)', actor('unit_head', commune), commune, false],
    ['the administrator', actor('admin', department), district, false],
    ['the approver', actor('province_approver', department), district, false],
    ['a council member', actor('council_member', department), district, false],
  ] as const)('%s → %s', (_name, who, unit, expected) => {
    expect(mayProposeFor(who, unit)).toBe(expected);
  });
});
