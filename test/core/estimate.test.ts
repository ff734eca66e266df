import { describe, expect, it } from 'vitest';
import { estimateRatio, estimateScore } from '../../src/core';

describe('scoring the estimate', () => {
  it('gives 100 for an exact estimate', () => {
    expect(estimateScore(100000, 100000)).toBe(100);
    expect(estimateScore(0, 0)).toBe(100);
  });

  it('scores double and half the truth the same: 50 of 100', () => {
    expect(estimateScore(200000, 100000)).toBe(50);
    expect(estimateScore(50000, 100000)).toBe(50);
  });

  it('scores an estimate off by the same ratio the same, whichever way', () => {
    for (const ratio of [1.1, 1.25, 1.6, 3]) {
      expect(estimateScore(Math.round(100000 * ratio), 100000)).toBe(estimateScore(Math.round(100000 / ratio), 100000));
    }
    expect(estimateScore(110000, 100000)).toBe(93);
    expect(estimateScore(160000, 100000)).toBe(66);
  });

  it('falls as the estimate moves away from the truth, and reaches 0 at four times too high or too low', () => {
    const scores = [1, 1.2, 1.5, 2, 3, 4, 10].map((r) => estimateScore(100000 * r, 100000));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(estimateScore(400000, 100000)).toBe(0);
    expect(estimateScore(25000, 100000)).toBe(0);
    expect(estimateScore(5000000, 100000)).toBe(0);
  });

  it('gives 0 for nothing guessed where something was spent, or something guessed where nothing was', () => {
    expect(estimateScore(0, 100000)).toBe(0);
    expect(estimateScore(100000, 0)).toBe(0);
  });

  it('says how many times the truth the estimate was', () => {
    expect(estimateRatio(160000, 100000)).toBe(1.6);
    expect(estimateRatio(50000, 100000)).toBe(0.5);
    expect(estimateRatio(0, 100000)).toBeUndefined();
    expect(estimateRatio(100000, 0)).toBeUndefined();
  });
});
