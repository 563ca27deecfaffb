import { describe, expect, it } from 'vitest';
import { formatWaiting, statusAfterClose, statusAfterMessage, waitingSince, type FeedbackSide, type FeedbackStatus } from './feedbackThread';

// Issue 11, item 7: open → answered (on Sở Nội vụ's reply) → closed (either side); reopened by a new unit message.
describe('status moves of a feedback thread', () => {
  it.each<[FeedbackStatus, FeedbackSide, FeedbackStatus | null]>([
    ['open', 'secretariat', 'answered'],
    ['answered', 'secretariat', 'answered'],
    ['closed', 'secretariat', null],
    ['open', 'unit', 'open'],
    ['answered', 'unit', 'open'],
    ['closed', 'unit', 'open'],
  ])('%s + a message from the %s → %s', (from, side, to) => {
    const move = statusAfterMessage(from, side);
    expect(move.ok ? move.status : null).toBe(to);
    if (!move.ok) expect(move.message).toContain('đã đóng');
  });

  it.each<[FeedbackStatus, FeedbackStatus | null]>([
    ['open', 'closed'],
    ['answered', 'closed'],
    ['closed', null],
  ])('closing %s → %s', (from, to) => {
    const move = statusAfterClose(from);
    expect(move.ok ? move.status : null).toBe(to);
  });
});

describe('how long the unit has waited', () => {
  const at = (h: number) => new Date(Date.UTC(2021, 4, 10, h));
  it.each<[string, FeedbackStatus, { side: FeedbackSide; at: Date }[], Date | null]>([
    ['never answered: since the first message', 'open', [{ side: 'unit', at: at(1) }, { side: 'unit', at: at(3) }], at(1)],
    ['answered, last word the secretariat\'s: nothing waits', 'answered', [{ side: 'unit', at: at(1) }, { side: 'secretariat', at: at(2) }], null],
    ['the unit wrote again after the answer: since that message', 'open', [{ side: 'unit', at: at(1) }, { side: 'secretariat', at: at(2) }, { side: 'unit', at: at(5) }, { side: 'unit', at: at(6) }], at(5)],
    ['closed: nothing waits', 'closed', [{ side: 'unit', at: at(1) }], null],
    ['order of the list does not matter', 'open', [{ side: 'unit', at: at(6) }, { side: 'secretariat', at: at(2) }, { side: 'unit', at: at(1) }], at(6)],
  ])('%s', (_label, status, messages, expected) => {
    expect(waitingSince(status, messages)).toEqual(expected);
  });

  it.each([
    [0.5, 'dưới 1 giờ'],
    [5, '5 giờ'],
    [24, '1 ngày'],
    [24 * 3 + 4, '3 ngày 4 giờ'],
  ])('%s hours → %s', (hours, text) => {
    const since = new Date('2021-05-10T00:00:00Z');
    expect(formatWaiting(since, new Date(since.getTime() + hours * 3_600_000))).toBe(text);
  });
});
