import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Role } from '../roles';
import type { RegistrationUnit } from '../../campaigns/registrationScope';
import { mayEditRegistrationOf, mayImportRegistrationOf, mayReviewRegistration, registrationAbilities, reviewerRoleOf } from './registration';

const district: RegistrationUnit = { id: 'd906', path: '/p/d906/', kind: 'district', parUnitLevel: null, parentKind: 'province' };
const districtPnv: RegistrationUnit = { id: 'pnv906', path: '/p/d906/pnv906/', kind: 'par_unit', parUnitLevel: 'district', parentKind: 'district' };
const commune: RegistrationUnit = { id: 'c30904', path: '/p/d906/c30904/', kind: 'commune', parUnitLevel: null, parentKind: 'district' };
const otherCommune: RegistrationUnit = { id: 'c30817', path: '/p/d903/c30817/', kind: 'commune', parUnitLevel: null, parentKind: 'district' };
const department: RegistrationUnit = { id: 'snv', path: '/p/snv/', kind: 'department', parUnitLevel: null, parentKind: 'province' };
const twoTierCommune: RegistrationUnit = { id: 'x', path: '/ag/x/', kind: 'commune', parUnitLevel: null, parentKind: 'province' };

const actor = (role: Role, unit: { id: string; path: string }): Actor => ({ userId: 'u', role, unitId: unit.id, unitPath: unit.path });

describe('mayEditRegistrationOf', () => {
  it.each([
    ['a commune officer, own commune', actor('unit_officer', commune), commune, true],
    ['a commune officer, another commune', actor('unit_officer', commune), otherCommune, false],
    ['a commune officer, its district', actor('unit_officer', commune), district, false],
    ['the district aggregator, the district itself', actor('district_aggregator', district), district, true],
    ['the district aggregator, its Phòng Nội vụ', actor('district_aggregator', district), districtPnv, true],
    ['the district aggregator, its commune (communes register themselves)', actor('district_aggregator', district), commune, false],
    ['the district aggregator, another district’s commune', actor('district_aggregator', district), otherCommune, false],
    ['the unit head, own unit (approves, does not write)', actor('unit_head', commune), commune, false],
    ['the secretariat, any unit', actor('province_secretariat', department), commune, false],
  ] as const)('%s → %s', (_name, who, unit, expected) => {
    expect(mayEditRegistrationOf(who, unit)).toBe(expected);
  });
});

describe('reviewerRoleOf', () => {
  it.each([
    ['a commune under a district', commune, 'district_aggregator'],
    ['a district', district, 'province_secretariat'],
    ['a district Phòng Nội vụ', districtPnv, 'province_secretariat'],
    ['a department', department, 'province_secretariat'],
    ['a commune of a two-tier province', twoTierCommune, 'province_secretariat'],
  ] as const)('%s → %s', (_name, unit, expected) => {
    expect(reviewerRoleOf(unit)).toBe(expected);
  });
});

describe('mayReviewRegistration', () => {
  const agg = actor('district_aggregator', district);
  const snv = actor('province_secretariat', { id: 'snv-cchc', path: '/p/snv/snv-cchc/' });
  it.each([
    ['the district, its commune, submitted', agg, commune, 'submitted', true],
    ['the district, another district’s commune', agg, otherCommune, 'submitted', false],
    ['the district, its own registration', agg, district, 'submitted', false],
    ['the district, a forwarded commune (already with Sở Nội vụ)', agg, commune, 'forwarded', false],
    ['Sở Nội vụ, a department', snv, department, 'submitted', true],
    ['Sở Nội vụ, a district', snv, district, 'submitted', true],
    ['Sở Nội vụ, a commune still with its district', snv, commune, 'submitted', false],
    ['Sở Nội vụ, a forwarded commune', snv, commune, 'forwarded', true],
    ['a unit officer', actor('unit_officer', commune), commune, 'submitted', false],
  ] as const)('%s → %s', (_name, who, unit, status, expected) => {
    expect(mayReviewRegistration(who, unit, status)).toBe(expected);
  });
});

describe('registrationAbilities', () => {
  const officer = actor('unit_officer', commune);
  const head = actor('unit_head', commune);
  const agg = actor('district_aggregator', district);
  const snv = actor('province_secretariat', { id: 'snv-cchc', path: '/p/snv/snv-cchc/' });
  const council = actor('council_member', { id: 'snv', path: '/p/snv/' });
  it.each([
    ['the commune officer, its draft', officer, commune, 'draft', { edit: true, submit: false, review: false }],
    ['the commune officer, its returned registration', officer, commune, 'returned', { edit: true, submit: false, review: false }],
    ['the commune officer, its submitted registration', officer, commune, 'submitted', { edit: false, submit: false, review: false }],
    ['the commune officer, another commune’s draft', officer, otherCommune, 'draft', { edit: false, submit: false, review: false }],
    ['the commune head, its draft', head, commune, 'draft', { edit: false, submit: true, review: false }],
    ['the commune head, its accepted registration', head, commune, 'accepted', { edit: false, submit: false, review: false }],
    ['the commune head, another commune’s draft', head, otherCommune, 'draft', { edit: false, submit: false, review: false }],
    ['the district, its commune’s submitted registration', agg, commune, 'submitted', { edit: false, submit: false, review: true }],
    ['the district, its own draft', agg, district, 'draft', { edit: true, submit: false, review: false }],
    ['the district, another district’s commune', agg, otherCommune, 'submitted', { edit: false, submit: false, review: false }],
    ['Sở Nội vụ, a department’s submitted registration', snv, department, 'submitted', { edit: false, submit: false, review: true }],
    ['Sở Nội vụ, a forwarded commune', snv, commune, 'forwarded', { edit: false, submit: false, review: true }],
    ['Sở Nội vụ, a department’s draft', snv, department, 'draft', { edit: false, submit: false, review: false }],
    ['a council member, anything', council, department, 'submitted', { edit: false, submit: false, review: false }],
  ] as const)('%s → %o', (_name, who, unit, status, expected) => {
    expect(registrationAbilities(who, { unit, status })).toEqual(expected);
  });

  it.each([
    ['the officer after the deadline, no late acceptance (II.3.b)', officer, 'draft', false, { edit: false, submit: false, review: false }],
    ['the officer in time', officer, 'draft', true, { edit: true, submit: false, review: false }],
    ['the head after the deadline', head, 'returned', false, { edit: false, submit: false, review: false }],
    ['the district reviewing after the deadline', agg, 'submitted', false, { edit: false, submit: false, review: true }],
  ] as const)('window: %s → %o', (_name, who, status, windowOpen, expected) => {
    expect(registrationAbilities(who, { unit: commune, status, windowOpen })).toEqual(expected);
  });
});

describe('mayImportRegistrationOf', () => {
  const snv = actor('province_secretariat', { id: 'snv-cchc', path: '/p/snv/snv-cchc/' });
  it.each([
    ['Sở Nội vụ, a commune’s paper form', snv, commune, true],
    ['Sở Nội vụ, a department', snv, department, true],
    ['the commune officer, its own', actor('unit_officer', commune), commune, true],
    ['the commune officer, another commune', actor('unit_officer', commune), otherCommune, false],
    ['the district, its commune (communes register themselves)', actor('district_aggregator', district), commune, false],
    ['a council member', actor('council_member', { id: 'snv', path: '/p/snv/' }), department, false],
  ] as const)('%s → %s', (_name, who, unit, expected) => {
    expect(mayImportRegistrationOf(who, unit)).toBe(expected);
  });
});
