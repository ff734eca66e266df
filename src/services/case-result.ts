/**
 * The outcome of a case as plain numbers, for the learning platforms (xAPI and SCORM).
 * `caseOutcomeOf` is the one place that reads them from the case hub's view.
 */
import { resultOfPlay, type HubView } from '../engine';

export interface CaseOutcome {
  /** Mean ZRM score (1-5) of the household at the start and at the end. */
  readonly zrmBefore: number;
  readonly zrmAfter: number;
  /** The scenario's threshold: a route that ends at or above it helps the family enough. */
  readonly zrmThreshold: number;
  readonly decisions: number;
  readonly months: number;
  /** What the route cost society, in euro cents (costs only; transfers cancel out). */
  readonly societyCost: number;
}

/** The platforms' score: 0-100, with success when the family ends at or above the threshold. */
export interface PlatformScore {
  readonly raw: number;
  readonly min: 0;
  readonly max: 100;
  readonly success: boolean;
}

/** The outcome of the case in `view`, from the result the engine keeps (no simulation runs). */
export function caseOutcomeOf(view: HubView): CaseOutcome {
  const context = view.snapshot.context;
  const result = resultOfPlay(view.scenario, context.play, context.seed, context.decisions);
  return {
    zrmBefore: result.zrmBefore,
    zrmAfter: result.zrmAfter,
    zrmThreshold: view.scenario.zrmThreshold,
    decisions: context.decisions.length,
    months: context.play.sim.month,
    societyCost: result.totals.societyCost,
  };
}

/** The score the platforms get: the household's mean ZRM at the end, from 1-5 onto 0-100. */
export function platformScore(result: CaseOutcome): PlatformScore {
  const raw = Math.round(((Math.min(5, Math.max(1, result.zrmAfter)) - 1) / 4) * 100);
  return { raw, min: 0, max: 100, success: result.zrmAfter >= result.zrmThreshold };
}
