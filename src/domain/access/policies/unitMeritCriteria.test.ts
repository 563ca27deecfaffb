import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Role } from '../roles';
import { mayEditUnitMeritCriteria, mayReadUnitMeritCriteria } from './unitMeritCriteria';

const province = { id: 'p', path: '/p/', kind: 'province' };
const district = { id: 'd906', path: '/p/d906/', kind: 'district' };
const otherDistrict = { id: 'd903', path: '/p/d903/', kind: 'district' };
const commune = { id: 'c30904', path: '/p/d906/c30904/', kind: 'commune' };
const department = { id: 'snv', path: '/p/snv/', kind: 'department' };
const otherDepartment = { id: 'stc', path: '/p/stc/', kind: 'department' };

const actor = (role: Role, unit: { id: string; path: string }): Actor => ({ userId: 'u', role, unitId: unit.id, unitPath: unit.path });

describe('mayReadUnitMeritCriteria', () => {
  it.each([
    ['a commune officer, its district’s list (what its Giấy khen is judged by)', actor('unit_officer', commune), district, true],
    ['a commune officer, another district’s list', actor('unit_officer', commune), otherDistrict, false],
    ['a department head, its own list', actor('unit_head', department), department, true],
    ['a department head, another department’s list', actor('unit_head', department), otherDepartment, false],
    ['the district aggregator, its district’s list', actor('district_aggregator', district), district, true],
    ['the district aggregator, another district’s list', actor('district_aggregator', district), otherDistrict, false],
    ['the secretariat, any list', actor('province_secretariat', department), otherDistrict, true],
  ] as const)('%s → %s', (_name, who, issuer, expected) => {
    expect(mayReadUnitMeritCriteria(who, issuer)).toBe(expected);
  });
});

describe('mayEditUnitMeritCriteria', () => {
  it.each([
    ['a department head, its own list', actor('unit_head', department), department, true],
    ['a department officer, its own list', actor('unit_officer', department), department, true],
    ['a department head, another department’s list', actor('unit_head', department), otherDepartment, false],
    ['the district aggregator, its district’s list', actor('district_aggregator', district), district, true],
    ['the district aggregator, another district’s list', actor('district_aggregator', district), otherDistrict, false],
    ['a commune officer, its own commune (communes issue no Giấy khen here)', actor('unit_officer', commune), commune, false],
    ['a commune officer, its district’s list (reads only)', actor('unit_officer', commune), district, false],
    ['the province head, the province (not an issuer of this list)', actor('unit_head', province), province, false],
    ['the secretariat, any list (reads only)', actor('province_secretariat', department), department, false],
  ] as const)('%s → %s', (_name, who, issuer, expected) => {
    expect(mayEditUnitMeritCriteria(who, issuer)).toBe(expected);
  });
});
