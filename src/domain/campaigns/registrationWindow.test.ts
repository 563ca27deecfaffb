import { describe, expect, it } from 'vitest';
import type { CampaignStatus } from './campaignStatus';
import { kh34Campaign } from './kh34Campaign';
import { checkRegistrationOpen } from './registrationWindow';

const DEADLINE_TEXT = 'hạn chót 31/03/2020 23:59, theo Điểm b, Khoản 3, Mục II Kế hoạch số 34/KH-UBND ngày 03/3/2020';
const at = (iso: string) => new Date(iso);
const check = (asOf: string, status: CampaignStatus = 'registration_open', reason?: string) =>
  checkRegistrationOpen({
    asOf: at(asOf),
    campaign: kh34Campaign,
    status,
    override: reason === undefined ? undefined : { reason },
  });

describe('checkRegistrationOpen', () => {
  describe('deadline edges (Asia/Ho_Chi_Minh, +07:00)', () => {
    it.each([
      ['2020-03-03T08:00:00+07:00', true],
      ['2020-03-31T23:59:59+07:00', true],
      ['2020-03-31T23:59:59.999+07:00', true],
      ['2020-04-01T00:00:00+07:00', false],
      ['2020-04-01T00:00:01+07:00', false],
      // 31/3 23:30 in UTC is already 1/4 06:30 in Vietnam: late.
      ['2020-03-31T23:30:00Z', false],
      // 31/3 16:59:59 UTC is 23:59:59 in Vietnam: still in time.
      ['2020-03-31T16:59:59Z', true],
    ])('at %s allowed is %s', (asOf, allowed) => {
      expect(check(asOf)).toMatchObject({ allowed, overridden: false });
    });

    it('names the deadline and its clause when in time', () => {
      expect(check('2020-03-31T23:59:59+07:00').message).toBe(`Còn trong thời hạn đăng ký thi đua (${DEADLINE_TEXT}).`);
    });

    it('names the deadline and its clause when late', () => {
      expect(check('2020-04-01T00:00:00+07:00').message).toBe(
        `Đã hết thời hạn đăng ký thi đua (${DEADLINE_TEXT}). Chỉ Sở Nội vụ được chấp nhận đăng ký muộn, kèm lý do.`,
      );
    });

    it('reports the last accepted second and the clause reference', () => {
      const result = check('2020-03-15T00:00:00+07:00');
      expect([result.deadline.toISOString(), result.ref.clause]).toEqual([
        '2020-03-31T16:59:59.000Z',
        'Điểm b, Khoản 3, Mục II',
      ]);
    });
  });

  describe('override', () => {
    it('accepts a late registration with a reason of at least 10 characters, marked as overridden', () => {
      expect(check('2020-04-02T09:00:00+07:00', 'registration_open', 'Đơn vị gửi qua bưu điện ngày 30/3')).toEqual(
        expect.objectContaining({
          allowed: true,
          overridden: true,
          message: `Đã hết thời hạn đăng ký thi đua (${DEADLINE_TEXT}). Sở Nội vụ chấp nhận đăng ký muộn, lý do: Đơn vị gửi qua bưu điện ngày 30/3`,
        }),
      );
    });

    it.each(['', '   ', 'đồng ý', '123456789', '  ok ok ok  '])('refuses the override reason %j (under 10 characters)', (reason) => {
      expect(check('2020-04-02T09:00:00+07:00', 'registration_open', reason)).toEqual(
        expect.objectContaining({
          allowed: false,
          overridden: false,
          message: `Đã hết thời hạn đăng ký thi đua (${DEADLINE_TEXT}). Lý do chấp nhận đăng ký muộn phải có ít nhất 10 ký tự.`,
        }),
      );
    });

    it('accepts a reason of exactly 10 characters', () => {
      expect(check('2020-04-02T09:00:00+07:00', 'registration_open', '1234567890')).toMatchObject({
        allowed: true,
        overridden: true,
      });
    });

    it('ignores an override while registration is still open and in time', () => {
      expect(check('2020-03-20T09:00:00+07:00', 'registration_open', 'Không cần thiết nhưng vẫn gửi')).toMatchObject({
        allowed: true,
        overridden: false,
      });
    });

    it('lets an override through once the status is registration_closed', () => {
      expect(check('2020-04-10T09:00:00+07:00', 'registration_closed', 'Sót đơn vị do lỗi hệ thống')).toMatchObject({
        allowed: true,
        overridden: true,
      });
    });
  });

  describe('campaign status', () => {
    it('refuses before the plan is issued, even with an override', () => {
      expect(check('2020-03-10T09:00:00+07:00', 'draft', 'Lý do đủ dài để ghi nhận')).toEqual(
        expect.objectContaining({
          allowed: false,
          overridden: false,
          message: `Không nhận đăng ký thi đua: kế hoạch thi đua chưa được ban hành (trạng thái «Dự thảo»; ${DEADLINE_TEXT}).`,
        }),
      );
    });

    it.each(['ranking_published', 'dossiers', 'appraisal', 'decided', 'closed'] as const)(
      'refuses in %s, even with an override',
      (status) => {
        expect(check('2021-05-10T09:00:00+07:00', status, 'Lý do đủ dài để ghi nhận')).toMatchObject({
          allowed: false,
          overridden: false,
        });
      },
    );

    it('refuses without override when registration was closed early, before the deadline', () => {
      expect(check('2020-03-30T09:00:00+07:00', 'registration_closed').message).toBe(
        `Đợt thi đua đã kết thúc nhận đăng ký (trạng thái «Đã kết thúc đăng ký thi đua»; ${DEADLINE_TEXT}). Chỉ Sở Nội vụ được chấp nhận đăng ký muộn, kèm lý do.`,
      );
    });
  });

  it('throws on an invalid asOf', () => {
    expect(() =>
      checkRegistrationOpen({ asOf: new Date('x'), campaign: kh34Campaign, status: 'registration_open' }),
    ).toThrow(RangeError);
  });
});
