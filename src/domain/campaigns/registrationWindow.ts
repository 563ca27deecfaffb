import type { ClauseRef } from '../shared/ruleOutcome';
import type { CampaignDefinition } from './campaignDefinition';
import { CAMPAIGN_STATUS_LABELS, registrationChangePolicy, type CampaignStatus } from './campaignStatus';
import { addDays, formatVnDate, startOfVnDay, type LocalDate } from '../time/localDate';

/** Minimum length of a late-registration override reason, so "ok" or "đồng ý" cannot pass as a logged reason. */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

/** A secretariat override of the registration deadline (the role check belongs to the access policies). */
export type RegistrationOverride = { reason: string };

/** Input of `checkRegistrationOpen`. */
export type RegistrationWindowInput = {
  /** The instant to judge; passed in so the rule never reads the clock. */
  asOf: Date;
  campaign: Pick<CampaignDefinition, 'registrationDeadline'>;
  status: CampaignStatus;
  override?: RegistrationOverride;
};

/** Result of `checkRegistrationOpen`. */
export type RegistrationWindowCheck = {
  allowed: boolean;
  /** True only when a late registration was let through by an override (to be written to the audit log). */
  overridden: boolean;
  /** Vietnamese, names the deadline ("31/03/2020 23:59") and its clause. */
  message: string;
  /** Last accepted second, 23:59:59 +07:00 of the deadline day. */
  deadline: Date;
  ref: ClauseRef;
};

/**
 * The first late instant of a registration deadline day: "đến hết ngày D" is met by any instant before the next
 * local midnight, 23:59:59.999 included.
 */
export function registrationClosesAt(date: LocalDate): Date {
  return startOfVnDay(addDays(date, 1));
}

/** The last second shown as the deadline, 23:59:59 +07:00 of the deadline day. */
export function lastRegistrationSecond(date: LocalDate): Date {
  return new Date(registrationClosesAt(date).getTime() - 1000);
}

/**
 * Whether a unit may register (or change its registration) now: II.3.b "Thời gian đăng ký thi đua: Đến hết tháng
 * 3/2020", i.e. until 31/03/2020 23:59:59 in Asia/Ho_Chi_Minh; 01/04/2020 00:00:00 +07:00 is late.
 *
 * Order of checks: the campaign status first (no registration before the plan is issued or once the ranking is
 * published, whatever the override), then the deadline. A late registration is accepted only with an override whose
 * reason has at least `MIN_OVERRIDE_REASON_LENGTH` characters; the result then says `overridden: true`. An override
 * sent while still in time is ignored (`overridden: false`), so the audit log does not record a needless exception.
 *
 * @throws {RangeError} when `asOf` is an invalid date
 */
export function checkRegistrationOpen(input: RegistrationWindowInput): RegistrationWindowCheck {
  const { asOf, campaign, status, override } = input;
  if (Number.isNaN(asOf.getTime())) throw new RangeError('Thời điểm kiểm tra hạn đăng ký không hợp lệ');

  const { ref } = campaign.registrationDeadline;
  const date = campaign.registrationDeadline.date as LocalDate;
  const firstLateInstant = registrationClosesAt(date);
  const deadline = lastRegistrationSecond(date);
  const deadlineText = `hạn chót ${formatVnDate(date)} 23:59, theo ${ref.clause} ${ref.source}`;
  const result = (allowed: boolean, message: string, overridden = false): RegistrationWindowCheck => ({
    allowed,
    overridden,
    message,
    deadline,
    ref,
  });

  const policy = registrationChangePolicy(status);
  if (policy === 'refused') {
    const why =
      status === 'draft' ? 'kế hoạch thi đua chưa được ban hành' : 'đã qua giai đoạn đăng ký thi đua';
    return result(
      false,
      `Không nhận đăng ký thi đua: ${why} (trạng thái «${CAMPAIGN_STATUS_LABELS[status]}»; ${deadlineText}).`,
    );
  }

  const inTime = asOf.getTime() < firstLateInstant.getTime();
  if (policy === 'allowed' && inTime) {
    return result(true, `Còn trong thời hạn đăng ký thi đua (${deadlineText}).`);
  }

  const closedWhy = inTime
    ? `Đợt thi đua đã kết thúc nhận đăng ký (trạng thái «${CAMPAIGN_STATUS_LABELS[status]}»; ${deadlineText})`
    : `Đã hết thời hạn đăng ký thi đua (${deadlineText})`;
  if (override === undefined) {
    return result(false, `${closedWhy}. Chỉ Sở Nội vụ được chấp nhận đăng ký muộn, kèm lý do.`);
  }
  const reason = override.reason.trim().normalize('NFC');
  if (reason.length < MIN_OVERRIDE_REASON_LENGTH) {
    return result(
      false,
      `${closedWhy}. Lý do chấp nhận đăng ký muộn phải có ít nhất ${MIN_OVERRIDE_REASON_LENGTH} ký tự.`,
    );
  }
  return result(true, `${closedWhy}. Sở Nội vụ chấp nhận đăng ký muộn, lý do: ${reason}`, true);
}
