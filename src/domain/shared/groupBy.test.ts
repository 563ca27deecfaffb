import { describe, expect, it } from 'vitest';
import { groupBy } from './groupBy';

describe('groupBy', () => {
  it('keeps first-seen key order and item order within a group', () => {
    const groups = groupBy([{ k: 'b', n: 1 }, { k: 'a', n: 2 }, { k: 'b', n: 3 }], (x) => x.k);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')?.map((x) => x.n)).toEqual([1, 3]);
    expect(groups.get('c')).toBeUndefined();
  });
  it('returns an empty map for no items', () => {
    expect(groupBy([], () => 1).size).toBe(0);
  });
});
