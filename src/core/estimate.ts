/**
 * Scoring the trainee's estimate: cost awareness is estimation. The score is
 * symmetric in ratio: guessing double the truth scores the same as guessing half of
 * it. 100 means exact; an estimate four times too high or too low, or worse, scores 0.
 */
import type { Cents } from './money';

/** The ratio at which the score reaches zero, both ways. */
const ZERO_AT_RATIO = 4;

/** How many times the true amount the estimate was (2 is double, 0.5 half); undefined when either is zero. */
export function estimateRatio(estimate: Cents, actual: Cents): number | undefined {
  if (estimate <= 0 || actual <= 0) return undefined;
  return estimate / actual;
}

/** A score from 0 to 100 for an estimate against the true amount: max(0, 100 · (1 − |ln(estimate/actual)| / ln 4)), rounded. */
export function estimateScore(estimate: Cents, actual: Cents): number {
  if (actual === 0 || estimate === 0) return estimate === actual ? 100 : 0;
  const ratio = estimateRatio(estimate, actual);
  if (ratio === undefined) return 0;
  return Math.max(0, Math.round(100 * (1 - Math.abs(Math.log(ratio)) / Math.log(ZERO_AT_RATIO))));
}
