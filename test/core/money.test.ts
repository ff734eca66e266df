import { describe, expect, it } from 'vitest';
import { divideRounded, eurosToCents, percentOf, roundHalfAwayFromZero } from '../../src/core';

describe('money in integer cents', () => {
  it('rounds half away from zero, at booking', () => {
    expect(roundHalfAwayFromZero(0.5)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(1.49)).toBe(1);
  });

  it('takes 50% of an odd amount of cents half away from zero', () => {
    expect(percentOf(301, 50)).toBe(151);
    expect(percentOf(-301, 50)).toBe(-151);
    expect(percentOf(30000, 50)).toBe(15000);
  });

  it('takes 70% and 75% exactly', () => {
    expect(percentOf(195000, 70)).toBe(136500);
    expect(percentOf(195001, 75)).toBe(146251);
  });

  it('divides a yearly amount into months without losing the half cent', () => {
    expect(divideRounded(397800, 12)).toBe(33150);
    expect(divideRounded(100, 8)).toBe(13);
    expect(divideRounded(-100, 8)).toBe(-13);
  });

  it('reads authored euros with at most two decimals', () => {
    expect(eurosToCents(64.5)).toBe(6450);
    expect(eurosToCents(1345.45)).toBe(134545);
    expect(eurosToCents(0.1 + 0.2)).toBe(30);
    expect(eurosToCents(1.005)).toBeUndefined();
    expect(eurosToCents(Number.NaN)).toBeUndefined();
  });
});
