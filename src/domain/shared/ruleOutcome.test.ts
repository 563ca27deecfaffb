import { describe, expect, it } from 'vitest';
import { allOf, anyOf, verdictOfFlag, type Verdict } from './ruleOutcome';

describe('verdictOfFlag', () => {
  it.each<[boolean | null | undefined, Verdict]>([
    [true, 'pass'],
    [false, 'fail'],
    [null, 'unknown'],
    [undefined, 'unknown'],
  ])('turns %s into %s', (value, expected) => {
    expect(verdictOfFlag(value)).toBe(expected);
  });
});

describe('allOf', () => {
  it.each<[Verdict[], Verdict]>([
    [[], 'pass'],
    [['pass', 'pass'], 'pass'],
    [['pass', 'unknown'], 'unknown'],
    [['unknown', 'fail'], 'fail'],
  ])('combines %j into %s', (verdicts, expected) => {
    expect(allOf(verdicts)).toBe(expected);
  });
});

describe('anyOf', () => {
  it.each<[Verdict[], Verdict]>([
    [[], 'fail'],
    [['fail', 'fail'], 'fail'],
    [['fail', 'unknown'], 'unknown'],
    [['unknown', 'pass'], 'pass'],
  ])('combines %j into %s', (verdicts, expected) => {
    expect(anyOf(verdicts)).toBe(expected);
  });
});
