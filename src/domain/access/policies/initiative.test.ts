import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Role } from '../roles';
import { mayEditInitiative } from './initiative';

const district = { id: 'd906', path: '/p/d906/', kind: 'district' };
const districtPnv = { id: 'pnv906', path: '/p/d906/pnv906/', kind: 'par_unit' };
const commune = { id: 'c30904', path: '/p/d906/c30904/', kind: 'commune' };
const otherCommune = { id: 'c30817', path: '/p/d903/c30817/', kind: 'commune' };
const department = { id: 'snv', path: '/p/snv/', kind: 'department' };

const actor = (role: Role, unit: { id: string; path: string }): Actor => ({ userId: 'u', role, unitId: unit.id, unitPath: unit.path });

describe('mayEditInitiative', () => {
  it.each([
    ['a commune officer, own commune', actor('unit_officer', commune), commune, true],
    ['a commune officer, another commune', actor('unit_officer', commune), otherCommune, false],
    ['a commune officer, its district', actor('unit_officer', commune), district, false],
    ['the commune head, own commune (reads, does not record)', actor('unit_head', commune), commune, false],
    ['the district aggregator, the district itself', actor('district_aggregator', district), district, true],
    ['the district aggregator, its Phòng Nội vụ', actor('district_aggregator', district), districtPnv, true],
    ['the district aggregator, its commune (communes record their own)', actor('district_aggregator', district), commune, false],
    ['the district aggregator, another district’s commune', actor('district_aggregator', district), otherCommune, false],
    ['the secretariat, any unit', actor('province_secretariat', department), department, false],
    ['the administrator, any unit', actor('admin', department), commune, false],
  ] as const)('%s → %s', (_name, who, unit, expected) => {
    expect(mayEditInitiative(who, unit)).toBe(expected);
  });
});
