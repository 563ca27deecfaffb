import { describe, expect, it } from 'vitest';
import { ROLES } from '../roles';
import { ACCOUNT_UNIT_HINTS, accountUnitProblem, type AccountUnit } from './accountUnit';

const province: AccountUnit = { kind: 'province', name: 'Tỉnh Kiên Giang', parent: null };
const district: AccountUnit = { kind: 'district', name: 'Huyện Giồng Riềng', parent: { kind: 'province', name: 'Tỉnh Kiên Giang' } };
const districtPnv: AccountUnit = { kind: 'par_unit', name: 'Phòng Nội vụ huyện Giồng Riềng', parent: { kind: 'district', name: 'Huyện Giồng Riềng' } };
const commune: AccountUnit = { kind: 'commune', name: 'Thị trấn Giồng Riềng', parent: { kind: 'district', name: 'Huyện Giồng Riềng' } };
const department: AccountUnit = { kind: 'department', name: 'Sở Nội vụ', parent: { kind: 'province', name: 'Tỉnh Kiên Giang' } };

describe('accountUnitProblem (SPEC §1: which unit a role sits on)', () => {
  it.each([
    ['the district role on the district', 'district_aggregator', district, null],
    ['the district role on its Phòng Nội vụ: names the district to choose', 'district_aggregator', districtPnv, 'Đơn vị: vai trò «Phòng Nội vụ cấp huyện» gắn với huyện, không gắn với «Phòng Nội vụ huyện Giồng Riềng»; hãy chọn «Huyện Giồng Riềng».'],
    ['the district role on a commune', 'district_aggregator', commune, 'Đơn vị: vai trò «Phòng Nội vụ cấp huyện» gắn với huyện, không gắn với «Thị trấn Giồng Riềng»; hãy chọn «Huyện Giồng Riềng».'],
    ['the district role on a department', 'district_aggregator', department, 'Đơn vị: vai trò «Phòng Nội vụ cấp huyện» gắn với huyện, không gắn với «Sở Nội vụ»; hãy chọn một huyện, thị xã hoặc thành phố.'],
    ['an officer on a commune', 'unit_officer', commune, null],
    ['an officer on the district Phòng Nội vụ', 'unit_officer', districtPnv, null],
    ['the district role on the province', 'district_aggregator', province, 'Đơn vị: vai trò «Phòng Nội vụ cấp huyện» gắn với huyện, không gắn với «Tỉnh Kiên Giang»; hãy chọn một huyện, thị xã hoặc thành phố.'],
    ['a head on a department', 'unit_head', department, null],
    ['Sở Nội vụ on its department', 'province_secretariat', department, null],
    ['the administrator on the province', 'admin', province, null],
    ['a council member on a department', 'council_member', department, null],
  ] as const)('%s', (_name, role, unit, expected) => {
    expect(accountUnitProblem(role, unit)).toBe(expected);
  });

  it('explains every role in the form', () => {
    for (const role of ROLES) expect(ACCOUNT_UNIT_HINTS[role]).toMatch(/^Gắn với /);
  });
});
