import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/access/actor';
import { groupLevel } from './reportGroups';

/** Which level of the org tree the figures are grouped by, for each kind of reader (issue 12 §1: "for a district, its communes"). */
describe('groupLevel', () => {
  const actor = (role: Actor['role'], unitPath: string): Actor => ({ userId: 'u', role, unitId: unitPath.split('/').filter(Boolean).at(-1)!, unitPath });
  it.each([
    ['the secretariat: the level under the province (districts; communes in two tiers)', actor('province_secretariat', '/p/snv/cchc/'), 1, 'Sở, ban, ngành và đơn vị cấp tỉnh'],
    ['the approver, whatever its unit', actor('province_approver', '/p/'), 1, 'Sở, ban, ngành và đơn vị cấp tỉnh'],
    ["a district: its communes, the level under it", actor('district_aggregator', '/p/d/'), 2, 'Cấp huyện (UBND huyện và Phòng Nội vụ)'],
    ['a commune officer: its own unit', actor('unit_officer', '/p/d/c/'), 2, 'Đơn vị của tôi'],
    ['a department head: its own unit', actor('unit_head', '/p/s/'), 1, 'Đơn vị của tôi'],
  ])('%s', (_case, reader, depth, ownLabel) => {
    expect(groupLevel(reader)).toEqual({ depth, ownLabel });
  });
});
