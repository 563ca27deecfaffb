import { describe, expect, it } from 'vitest';
import { collectiveKindOf } from './registrationScope';

describe('collectiveKindOf', () => {
  it.each([
    ['department', null, 'department'],
    ['district', null, 'district'],
    ['commune', null, 'commune'],
    ['par_unit', 'province', 'par_unit_province'],
    ['par_unit', 'district', 'par_unit_district'],
    ['province', null, null],
    ['central_agency', null, null],
  ] as const)('%s (%s) → %s', (kind, parUnitLevel, expected) => {
    expect(collectiveKindOf({ kind, parUnitLevel })).toBe(expected);
  });
});
