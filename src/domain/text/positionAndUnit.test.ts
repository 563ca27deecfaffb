import { describe, expect, it } from 'vitest';
import { positionAndUnit } from './positionAndUnit';

describe('positionAndUnit', () => {
  it.each([
    ['Phó Chủ tịch UBND thị trấn Giồng Riềng', 'Thị trấn Giồng Riềng', 'Phó Chủ tịch UBND thị trấn Giồng Riềng'],
    ['Phó Chủ tịch UBND thị trấn', 'Thị trấn Giồng Riềng', 'Phó Chủ tịch UBND thị trấn Giồng Riềng'],
    ['Chủ tịch UBND', 'Thị trấn Giồng Riềng', 'Chủ tịch UBND thị trấn Giồng Riềng'],
    ['Chủ tịch UBND thị trấn', 'Ủy ban nhân dân thị trấn Giồng Riềng', 'Chủ tịch UBND thị trấn Giồng Riềng'],
    ['Công chức Văn phòng - Thống kê', 'Thị trấn Giồng Riềng', 'Công chức Văn phòng - Thống kê, UBND thị trấn Giồng Riềng'],
    ['Phó Giám đốc', 'Sở Nội vụ', 'Phó Giám đốc, Sở Nội vụ'],
    ['Trưởng phòng CCHC và TCPCP, Sở Nội vụ', 'Sở Nội vụ', 'Trưởng phòng CCHC và TCPCP, Sở Nội vụ'],
    ['', 'Sở Nội vụ', 'Sở Nội vụ'],
    ['Chuyên viên', '', 'Chuyên viên'],
    // The eligibility board's line for an individual (issue 9): the unit is not repeated after a position naming it.
    ['Phó Chủ tịch Ủy ban nhân dân thị trấn Giồng Riềng', 'Thị trấn Giồng Riềng', 'Phó Chủ tịch Ủy ban nhân dân thị trấn Giồng Riềng'],
    ['Chuyên viên Phòng Nội vụ', 'Phòng Nội vụ huyện Giồng Riềng', 'Chuyên viên Phòng Nội vụ huyện Giồng Riềng'],
  ])('"%s" of "%s" → "%s"', (position, unit, expected) => {
    expect(positionAndUnit(position, unit)).toBe(expected);
  });
});
