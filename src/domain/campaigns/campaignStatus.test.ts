import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  CampaignTransitionError,
  allowsDossierSubmission,
  assertTransition,
  canTransition,
  checkTransition,
  registrationChangePolicy,
  type CampaignStatus,
} from './campaignStatus';

const ALLOWED: [CampaignStatus, CampaignStatus][] = [
  ['draft', 'registration_open'],
  ['registration_open', 'registration_closed'],
  ['registration_closed', 'ranking_published'],
  ['registration_closed', 'registration_open'],
  ['ranking_published', 'dossiers'],
  ['dossiers', 'appraisal'],
  ['appraisal', 'decided'],
  ['decided', 'closed'],
];

describe('canTransition', () => {
  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it('refuses every pair not in the table (exhaustive)', () => {
    const allowed = new Set(ALLOWED.map(([f, t]) => `${f}>${t}`));
    const refused = CAMPAIGN_STATUSES.flatMap((from) =>
      CAMPAIGN_STATUSES.filter((to) => !allowed.has(`${from}>${to}`)).map((to) => [from, to] as const),
    );
    expect(refused.filter(([from, to]) => canTransition(from, to))).toEqual([]);
    expect(refused).toHaveLength(8 * 8 - ALLOWED.length);
  });
});

describe('checkTransition', () => {
  it.each([
    [
      'draft',
      'closed',
      'Không thể chuyển đợt thi đua từ «Dự thảo» sang «Đã kết thúc»: từ «Dự thảo» chỉ được chuyển sang «Đang nhận đăng ký thi đua».',
    ],
    [
      'appraisal',
      'dossiers',
      'Không thể chuyển đợt thi đua từ «Đang thẩm định hồ sơ» sang «Đang lập hồ sơ khen thưởng»: từ «Đang thẩm định hồ sơ» chỉ được chuyển sang «Đã có quyết định khen thưởng».',
    ],
    [
      'ranking_published',
      'registration_open',
      'Không thể chuyển đợt thi đua từ «Đã công bố kết quả xếp hạng CCHC» sang «Đang nhận đăng ký thi đua»: từ «Đã công bố kết quả xếp hạng CCHC» chỉ được chuyển sang «Đang lập hồ sơ khen thưởng».',
    ],
    [
      'registration_open',
      'ranking_published',
      'Không thể chuyển đợt thi đua từ «Đang nhận đăng ký thi đua» sang «Đã công bố kết quả xếp hạng CCHC»: từ «Đang nhận đăng ký thi đua» chỉ được chuyển sang «Đã kết thúc đăng ký thi đua».',
    ],
    [
      'closed',
      'draft',
      'Không thể chuyển đợt thi đua từ «Đã kết thúc» sang «Dự thảo»: trạng thái «Đã kết thúc» là trạng thái cuối cùng.',
    ],
    ['dossiers', 'dossiers', 'Đợt thi đua đang ở trạng thái «Đang lập hồ sơ khen thưởng».'],
  ] as const)('refuses %s → %s with a Vietnamese reason', (from, to, reason) => {
    expect(checkTransition(from, to)).toEqual({ allowed: false, reason });
  });

  it('lists both choices when two are allowed', () => {
    expect(checkTransition('registration_closed', 'dossiers')).toEqual({
      allowed: false,
      reason:
        'Không thể chuyển đợt thi đua từ «Đã kết thúc đăng ký thi đua» sang «Đang lập hồ sơ khen thưởng»: từ «Đã kết thúc đăng ký thi đua» chỉ được chuyển sang «Đã công bố kết quả xếp hạng CCHC» hoặc «Đang nhận đăng ký thi đua».',
    });
  });

  it.each(ALLOWED)('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to)).toEqual({ allowed: true });
  });
});

describe('assertTransition', () => {
  it('returns quietly for an allowed transition', () => {
    expect(() => assertTransition('draft', 'registration_open')).not.toThrow();
  });

  it('throws the Vietnamese reason as the message', () => {
    expect(() => assertTransition('decided', 'appraisal')).toThrow(
      'Không thể chuyển đợt thi đua từ «Đã có quyết định khen thưởng» sang «Đang thẩm định hồ sơ»: từ «Đã có quyết định khen thưởng» chỉ được chuyển sang «Đã kết thúc».',
    );
  });

  it('throws a CampaignTransitionError that records both statuses', () => {
    let caught: unknown;
    try {
      assertTransition('decided', 'appraisal');
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(expect.objectContaining({ name: 'CampaignTransitionError', from: 'decided', to: 'appraisal' }));
    expect(caught).toBeInstanceOf(CampaignTransitionError);
  });
});

describe('CAMPAIGN_STATUS_LABELS', () => {
  it('has a distinct Vietnamese label for every status', () => {
    const labels = CAMPAIGN_STATUSES.map((s) => CAMPAIGN_STATUS_LABELS[s]);
    expect(new Set(labels).size).toBe(CAMPAIGN_STATUSES.length);
  });
});

describe('registrationChangePolicy', () => {
  it.each([
    ['draft', 'refused'],
    ['registration_open', 'allowed'],
    ['registration_closed', 'override_only'],
    ['ranking_published', 'refused'],
    ['dossiers', 'refused'],
    ['appraisal', 'refused'],
    ['decided', 'refused'],
    ['closed', 'refused'],
  ] as const)('%s → %s', (status, policy) => {
    expect(registrationChangePolicy(status)).toBe(policy);
  });
});

describe('allowsDossierSubmission', () => {
  it.each([
    ['ranking_published', 'first', false],
    ['dossiers', 'first', true],
    ['dossiers', 'resubmission', true],
    ['appraisal', 'first', false],
    ['appraisal', 'resubmission', true],
    ['decided', 'resubmission', false],
  ] as const)('%s, %s → %s', (status, kind, expected) => {
    expect(allowsDossierSubmission(status, kind)).toBe(expected);
  });
});
