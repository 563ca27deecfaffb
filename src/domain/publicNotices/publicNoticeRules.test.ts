import { describe, expect, it } from 'vitest';
import { campaignDefinitionSchema } from '../campaigns/campaignDefinition';
import { kh34Campaign } from '../campaigns/kh34Campaign';
import { checkCommentAllowed, checkModeration, commentPeriod, commentRateDecision, isPubliclyVisible, noticePhase, publicNoticeSettingsOf, type NoticeTimes } from './publicNoticeRules';

const at = (iso: string) => new Date(iso);
const published = at('2021-06-01T02:00:00Z');
const { opensAt, closesAt } = commentPeriod(published, 10);
const list: NoticeTimes = { kind: 'proposed_list', opensAt, closesAt, withdrawnAt: null };

describe('the option of a campaign (DOMAIN §1.6: optional, not mandatory for a provincial Bằng khen)', () => {
  it.each([
    [{}, { enabled: false, commentDays: 10 }],
    [{ publicNotice: null }, { enabled: false, commentDays: 10 }],
    [{ publicNotice: { enabled: true, commentDays: 15 } }, { enabled: true, commentDays: 15 }],
  ])('%j → %j', (definition, expected) => expect(publicNoticeSettingsOf(definition)).toEqual(expected));
});

describe('the option in the campaign definition', () => {
  it.each([
    ['absent (a plan written before the option)', undefined, null],
    ['on, 10 days', { enabled: true, commentDays: 10 }, null],
    ['0 days', { enabled: true, commentDays: 0 }, 'Số ngày lấy ý kiến phải lớn hơn hoặc bằng 1'],
    ['91 days', { enabled: true, commentDays: 91 }, 'Số ngày lấy ý kiến không được quá 90 ngày'],
    ['"có" instead of true', { enabled: 'có', commentDays: 10 }, 'Công khai lấy ý kiến phải là có hoặc không'],
  ])('%s', (_name, publicNotice, message) => {
    const parsed = campaignDefinitionSchema.safeParse({ ...kh34Campaign, publicNotice });
    expect(parsed.success ? null : parsed.error.issues.map((i) => i.message).join('; ')).toBe(message);
  });
});

describe('the comment period [opensAt, closesAt) of a proposed list', () => {
  it('closes commentDays × 24 hours after publication', () => {
    expect(closesAt.toISOString()).toBe('2021-06-11T02:00:00.000Z');
  });

  it.each([
    ['a millisecond before it opens', '2021-06-01T01:59:59.999Z', 'not_yet_open', false],
    ['the instant it opens', '2021-06-01T02:00:00.000Z', 'open', true],
    ['the last millisecond', '2021-06-11T01:59:59.999Z', 'open', true],
    ['the closing instant', '2021-06-11T02:00:00.000Z', 'closed', false],
    ['a month later', '2021-07-11T02:00:00.000Z', 'closed', false],
  ] as const)('%s: %s', (_name, asOf, phase, mayComment) => {
    expect(noticePhase(list, at(asOf))).toBe(phase);
    expect(checkCommentAllowed(list, at(asOf)).allowed).toBe(mayComment);
  });

  it('names why a comment is refused, in Vietnamese', () => {
    expect(checkCommentAllowed(list, at('2021-06-12T00:00:00Z'))).toEqual({ allowed: false, reason: expect.stringContaining('hết thời gian lấy ý kiến') });
    const withdrawn = { ...list, withdrawnAt: at('2021-06-03T00:00:00Z') };
    expect(checkCommentAllowed(withdrawn, at('2021-06-04T00:00:00Z'))).toEqual({ allowed: false, reason: expect.stringContaining('đã được gỡ') });
    const decision: NoticeTimes = { kind: 'decision', opensAt, closesAt: null, withdrawnAt: null };
    expect(checkCommentAllowed(decision, at('2021-06-04T00:00:00Z'))).toEqual({ allowed: false, reason: expect.stringContaining('không góp ý cho quyết định') });
  });

  it.each([
    ['an open list', list, '2021-06-05T00:00:00Z', true],
    ['a closed list', list, '2021-06-20T00:00:00Z', true],
    ['a list not yet open', list, '2021-05-20T00:00:00Z', false],
    ['a withdrawn list, after withdrawal', { ...list, withdrawnAt: at('2021-06-03T00:00:00Z') }, '2021-06-05T00:00:00Z', false],
    ['a withdrawn list, before withdrawal (history)', { ...list, withdrawnAt: at('2021-06-03T00:00:00Z') }, '2021-06-02T00:00:00Z', true],
    ['a decision', { kind: 'decision', opensAt, closesAt: null, withdrawnAt: null } as NoticeTimes, '2021-06-05T00:00:00Z', true],
  ] as const)('public page shows %s: %s', (_name, notice, asOf, visible) => {
    expect(isPubliclyVisible(notice, at(asOf))).toBe(visible);
  });
});

describe('rate limit of one sender (5 per hour by default)', () => {
  const rule = { limit: 5, windowMinutes: 60 };
  const asOf = at('2021-06-05T10:00:00Z');
  const minutesAgo = (...m: number[]) => m.map((x) => new Date(asOf.getTime() - x * 60_000));

  it.each([
    ['no comment yet', [], true],
    ['four in the hour', minutesAgo(1, 2, 3, 4), true],
    ['five in the hour', minutesAgo(1, 2, 3, 4, 50), false],
    ['five, one of them 61 minutes ago', minutesAgo(1, 2, 3, 4, 61), true],
    ['six in the hour (a race let one more in)', minutesAgo(1, 2, 3, 4, 5, 50), false],
  ] as const)('%s → allowed %s', (_name, sent, allowed) => {
    expect(commentRateDecision(sent, rule, asOf).allowed).toBe(allowed);
  });

  it('says when the sender may send again: when the oldest leaves the window', () => {
    const decision = commentRateDecision(minutesAgo(1, 2, 3, 4, 50), rule, asOf);
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 600, message: 'Bạn đã gửi 5 góp ý trong 1 giờ vừa qua, là số góp ý tối đa. Vui lòng gửi lại sau khoảng 10 phút.' });
  });

  it('counts only what the configured window holds', () => {
    expect(commentRateDecision(minutesAgo(1, 2), { limit: 2, windowMinutes: 1 }, asOf).allowed).toBe(true);
    expect(commentRateDecision(minutesAgo(0.5, 0.2), { limit: 2, windowMinutes: 1 }, asOf)).toMatchObject({ allowed: false, message: expect.stringContaining('trong 1 phút vừa qua') });
  });
});

describe('moderation: once, on a pending comment', () => {
  it.each([
    ['pending', true],
    ['approved', false],
    ['rejected', false],
  ] as const)('%s → %s', (status, allowed) => expect(checkModeration(status).allowed).toBe(allowed));
});
