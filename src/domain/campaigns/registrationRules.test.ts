import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIVE_KINDS } from './campaignPlanTerms';
import {
  REGISTRATION_STATUSES,
  REGISTRATION_TRANSITIONS,
  checkRegistrationTransition,
  findDuplicatePeople,
  COUNTED_REGISTRATION_STATUSES,
  summariseRegistrations,
  type SummaryRegistration,
  type SummaryUnit,
  type UnitGroupSummary,
} from './registrationRules';
import type { Role } from '../access/roles';

describe('findDuplicatePeople', () => {
  it('returns nothing when every person is listed once', () => {
    expect(
      findDuplicatePeople(
        [{ personId: 'p1', fullName: 'Nguyễn Văn A' }, { personId: 'p2', fullName: 'Trần Thị B' }],
        [{ personId: 'p3', fullName: 'Lê Văn C' }],
      ),
    ).toEqual([]);
  });

  it('names a person listed twice on the same registration, once', () => {
    expect(
      findDuplicatePeople([
        { personId: 'p1', fullName: 'Nguyễn Văn A' },
        { personId: 'p2', fullName: 'Trần Thị B' },
        { personId: 'p1', fullName: 'Nguyễn Văn A' },
      ]),
    ).toEqual([
      {
        personId: 'p1',
        kind: 'within_registration',
        message: 'Cá nhân Nguyễn Văn A được khai 2 lần trong bản đăng ký; mỗi người chỉ được đăng ký một lần.',
      },
    ]);
  });

  it('names a person already registered by another unit, and that unit', () => {
    expect(
      findDuplicatePeople(
        [{ personId: 'p2', fullName: 'Trần Thị B' }],
        [{ personId: 'p2', fullName: 'Trần Thị B', unitName: 'Sở Tư pháp' }],
      ),
    ).toEqual([
      {
        personId: 'p2',
        kind: 'already_registered',
        message: 'Cá nhân Trần Thị B đã được đăng ký trong bản đăng ký của Sở Tư pháp của đợt thi đua này.',
      },
    ]);
  });

  it('says "khác" when the other unit is unknown', () => {
    expect(findDuplicatePeople([{ personId: 'p2', fullName: 'Trần Thị B' }], [{ personId: 'p2' }])[0].message).toBe(
      'Cá nhân Trần Thị B đã được đăng ký trong bản đăng ký khác của đợt thi đua này.',
    );
  });

  it('does not treat two people with the same name as duplicates', () => {
    expect(
      findDuplicatePeople([
        { personId: 'p1', fullName: 'Nguyễn Văn A' },
        { personId: 'p9', fullName: 'Nguyễn Văn A' },
      ]),
    ).toEqual([]);
  });

  it('falls back to the person id when no name is given, and ignores surrounding spaces in ids', () => {
    expect(findDuplicatePeople([{ personId: 'p7' }, { personId: ' p7 ' }])).toEqual([
      expect.objectContaining({ personId: 'p7', message: expect.stringContaining('Cá nhân mã p7 được khai 2 lần') }),
    ]);
  });

  it('reports each duplicated person in input order', () => {
    const result = findDuplicatePeople(
      [{ personId: 'b' }, { personId: 'a' }, { personId: 'a' }, { personId: 'b' }, { personId: 'c' }],
      [{ personId: 'c' }],
    );
    expect(result.map((d) => [d.personId, d.kind])).toEqual([
      ['b', 'within_registration'],
      ['a', 'within_registration'],
      ['c', 'already_registered'],
    ]);
  });
});

describe('checkRegistrationTransition', () => {
  const REASON = 'Thiếu danh sách cá nhân tham gia';
  it.each([
    ['draft', 'submitted', 'unit_head'],
    ['submitted', 'returned', 'district_aggregator'],
    ['submitted', 'returned', 'province_secretariat'],
    ['submitted', 'accepted', 'district_aggregator'],
    ['submitted', 'accepted', 'province_secretariat'],
    ['returned', 'submitted', 'unit_head'],
    ['accepted', 'forwarded', 'district_aggregator'],
    ['forwarded', 'returned', 'province_secretariat'],
  ] as const)('allows %s → %s by %s', (from, to, role) => {
    expect(checkRegistrationTransition({ from, to, role, reason: REASON }).allowed).toBe(true);
  });

  it('covers exactly the transitions of the table', () => {
    const all = REGISTRATION_STATUSES.flatMap((from) => REGISTRATION_STATUSES.map((to) => [from, to] as const));
    const allowedForSomeRole = all.filter(([from, to]) =>
      (['unit_head', 'district_aggregator', 'province_secretariat'] as Role[]).some(
        (role) => checkRegistrationTransition({ from, to, role, reason: REASON }).allowed,
      ),
    );
    expect(allowedForSomeRole).toHaveLength(REGISTRATION_TRANSITIONS.length);
  });

  it.each([
    [
      'draft',
      'accepted',
      'province_secretariat',
      'Không thể chuyển bản đăng ký từ «Đang soạn» sang «Đã tiếp nhận»; từ «Đang soạn» chỉ được chuyển sang «Đã gửi».',
    ],
    [
      'forwarded',
      'draft',
      'province_secretariat',
      'Không thể chuyển bản đăng ký từ «Đã chuyển Sở Nội vụ» sang «Đang soạn»; từ «Đã chuyển Sở Nội vụ» chỉ được chuyển sang «Bị trả lại».',
    ],
    [
      'draft',
      'submitted',
      'unit_officer',
      'Vai trò Cán bộ đầu mối của đơn vị không được thực hiện thao tác «Duyệt và gửi» (chỉ Thủ trưởng đơn vị).',
    ],
    [
      'submitted',
      'accepted',
      'unit_head',
      'Vai trò Thủ trưởng đơn vị không được thực hiện thao tác «Tiếp nhận» (chỉ Phòng Nội vụ cấp huyện, Sở Nội vụ — Phòng CCHC và TCPCP).',
    ],
    [
      'accepted',
      'forwarded',
      'province_secretariat',
      'Vai trò Sở Nội vụ — Phòng CCHC và TCPCP không được thực hiện thao tác «Chuyển Sở Nội vụ» (chỉ Phòng Nội vụ cấp huyện).',
    ],
    [
      'forwarded',
      'returned',
      'district_aggregator',
      'Vai trò Phòng Nội vụ cấp huyện không được thực hiện thao tác «Trả lại» (chỉ Sở Nội vụ — Phòng CCHC và TCPCP).',
    ],
  ] as const)('refuses %s → %s by %s', (from, to, role, reason) => {
    expect(checkRegistrationTransition({ from, to, role, reason: REASON })).toEqual({ allowed: false, reason });
  });

  it.each([undefined, '', 'thiếu', '   thiếu   '])('requires a return reason of at least 10 characters (%j)', (reason) => {
    expect(
      checkRegistrationTransition({ from: 'submitted', to: 'returned', role: 'district_aggregator', reason }),
    ).toEqual({ allowed: false, reason: 'Lý do trả lại bản đăng ký phải có ít nhất 10 ký tự.' });
  });

  it('needs no reason to accept', () => {
    expect(
      checkRegistrationTransition({ from: 'submitted', to: 'accepted', role: 'district_aggregator' }).allowed,
    ).toBe(true);
  });
});

describe('summariseRegistrations', () => {
  const units: SummaryUnit[] = [
    { code: '000.01', name: 'Sở Tư pháp', kind: 'department', parentCode: '91' },
    { code: '000.02', name: 'Sở Nội vụ', kind: 'department', parentCode: '91' },
    { code: '000.03', name: 'Phòng Cải cách hành chính và Tổ chức phi chính phủ', kind: 'par_unit_province', parentCode: '000.02' },
    { code: '906', name: 'Huyện Giồng Riềng', kind: 'district', parentCode: '91' },
    { code: '906.NV', name: 'Phòng Nội vụ huyện Giồng Riềng', kind: 'par_unit_district', parentCode: '906' },
    { code: '30904', name: 'Thị trấn Giồng Riềng', kind: 'commune', parentCode: '906' },
    { code: '30907', name: 'Xã Thạnh Hưng', kind: 'commune', parentCode: '906' },
    { code: '30910', name: 'Xã Bàn Tân Định', kind: 'commune', parentCode: '906' },
    { code: '903', name: 'Huyện Hòn Đất', kind: 'district', parentCode: '91' },
    { code: '30790', name: 'Thị trấn Hòn Đất', kind: 'commune', parentCode: '903' },
  ];
  const registrations: SummaryRegistration[] = [
    { unitCode: '000.01', status: 'accepted' },
    { unitCode: '906', status: 'submitted' },
    { unitCode: '30904', status: 'forwarded' },
    { unitCode: '30907', status: 'returned' },
    { unitCode: '30910', status: 'draft' },
    { unitCode: '30910', status: 'submitted' }, // a later, more advanced row wins
    { unitCode: '99999', status: 'submitted' },
  ];
  const summary = summariseRegistrations(units, registrations);

  it('lists districts in official code order with an "x/y" headline', () => {
    expect(summary.districts.map((d) => d.headline)).toEqual([
      'Huyện Hòn Đất: 0/1 đơn vị cấp xã đã đăng ký',
      'Huyện Giồng Riềng: 2/3 đơn vị cấp xã đã đăng ký',
    ]);
  });

  it('lists who has and who has not registered in a district, in Vietnamese collation order', () => {
    const giongRieng = summary.districts[1];
    expect({
      registered: giongRieng.communes.registered.map((l) => [l.name, l.status]),
      notRegistered: giongRieng.communes.notRegistered.map((l) => [l.name, l.status]),
    }).toEqual({
      registered: [
        ['Thị trấn Giồng Riềng', 'forwarded'],
        ['Xã Bàn Tân Định', 'submitted'],
      ],
      notRegistered: [['Xã Thạnh Hưng', 'returned']],
    });
  });

  it("summarises the district's own units (UBND huyện, Phòng Nội vụ)", () => {
    const own = summary.districts[1].ownUnits;
    expect([own.registered.map((l) => l.code), own.notRegistered.map((l) => [l.code, l.status])]).toEqual([
      ['906'],
      [['906.NV', null]],
    ]);
  });

  it('summarises the province by departments, districts and communes', () => {
    const { departments, districts, communes, total } = summary.province;
    expect({
      departments: [departments.registeredCount, departments.total, departments.notRegistered.map((l) => l.name)],
      districts: [districts.registeredCount, districts.total],
      communes: [communes.registeredCount, communes.total],
      total,
    }).toEqual({
      departments: [1, 3, ['Phòng Cải cách hành chính và Tổ chức phi chính phủ', 'Sở Nội vụ']],
      districts: [1, 3],
      communes: [2, 4],
      total: { units: 10, registered: 4 },
    });
  });

  it('reports registrations of unknown units', () => {
    expect(summary.unmatchedUnitCodes).toEqual(['99999']);
  });

  it('handles the two-tier structure (communes directly under the province, no districts)', () => {
    const twoTier = summariseRegistrations(
      [
        { code: '01', name: 'Sở Nội vụ', kind: 'department', parentCode: '91' },
        { code: '31000', name: 'Phường Rạch Giá', kind: 'commune', parentCode: '91' },
        { code: '31001', name: 'Đặc khu Phú Quốc', kind: 'commune', parentCode: '91' },
      ],
      [{ unitCode: '31001', status: 'submitted' }],
    );
    expect([twoTier.districts, twoTier.province.communes.registered.map((l) => l.name), twoTier.province.total]).toEqual([
      [],
      ['Đặc khu Phú Quốc'],
      { units: 3, registered: 1 },
    ]);
  });

  it('returns empty groups for no units', () => {
    expect(summariseRegistrations([], []).province.total).toEqual({ units: 0, registered: 0 });
  });

  it('gathers each district\'s communes and own units as filtering every unit per district would, whatever the codes', () => {
    // Few codes and names, so codes shared across kinds, a unit under itself and equal names all happen.
    const code = fc.constantFrom('906', '903', '30904', '30907', 'NV', '91');
    const unit = fc.record({
      code,
      name: fc.constantFrom('Xã Thạnh Hưng', 'Xã Thạnh Hưng', 'Huyện Hòn Đất', 'Thị trấn Giồng Riềng', 'Phòng Nội vụ'),
      kind: fc.constantFrom(...COLLECTIVE_KINDS),
      parentCode: fc.option(code, { nil: null }),
    });
    const registration = fc.record({ unitCode: code, status: fc.constantFrom(...REGISTRATION_STATUSES) });
    const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
    const inOrder = <T extends { name: string; code: string }>(list: readonly T[]) => [...list].sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
    const lines = (g: UnitGroupSummary) => [...g.registered, ...g.notRegistered].map((l) => `${l.kind} ${l.code} ${l.name}`);
    const ordered = (g: UnitGroupSummary) => [g.registered, g.notRegistered].every((list) => inOrder(list).every((l, i) => l === list[i]));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 25 }), fc.array(registration, { maxLength: 10 }), (units, registrations) => {
        const summary = summariseRegistrations(units, registrations);
        const districts = units.filter((u) => u.kind === 'district').sort((a, b) => a.code.localeCompare(b.code));
        expect(summary.districts.map((d) => d.districtCode)).toEqual(districts.map((d) => d.code));
        summary.districts.forEach((d, i) => {
          const communes = units.filter((u) => u.kind === 'commune' && u.parentCode === districts[i].code);
          const own = units.filter((u) => u.code === districts[i].code || (u.kind === 'par_unit_district' && u.parentCode === districts[i].code));
          expect([d.communes.total, d.ownUnits.total]).toEqual([communes.length, own.length]);
          expect(lines(d.communes).sort()).toEqual(inOrder(communes).map((u) => `${u.kind} ${u.code} ${u.name}`).sort());
          expect(lines(d.ownUnits).sort()).toEqual(inOrder(own).map((u) => `${u.kind} ${u.code} ${u.name}`).sort());
          expect([ordered(d.communes), ordered(d.ownUnits)]).toEqual([true, true]);
          expect([...d.communes.registered, ...d.communes.notRegistered].every((l) => d.communes.registered.includes(l) === (l.status !== null && COUNTED_REGISTRATION_STATUSES.includes(l.status)))).toBe(true);
        });
      }),
    );
  });
});
