/**
 * Scoring the trainee's estimate: cost awareness is estimation. 100 means exact; the
 * score falls by one point per percent the estimate is off, and never below zero.
 */
import type { Cents } from './money';

/** A score from 0 to 100 for an estimate against the true amount. */
export function estimateScore(estimate: Cents, actual: Cents): number {
  if (actual === 0) return estimate === 0 ? 100 : 0;
  const offPercent = (Math.abs(estimate - actual) * 100) / Math.abs(actual);
  return Math.max(0, Math.round(100 - offPercent));
}
