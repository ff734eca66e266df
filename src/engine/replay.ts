import {
  playUntil,
  runCase,
  type CaseEvent,
  type CaseOptions,
  type CaseResult,
  type Decision,
  type LedgerEntry,
  type Scenario,
  type SimState,
} from '../core';

/** How much of the other payers the trainee sees while playing. */
export const VISIBILITY_MODES = ['all', 'own', 'pooled'] as const;
export type VisibilityMode = (typeof VISIBILITY_MODES)[number];

/** The core's run options that follow from the visibility mode. */
export function caseOptionsFor(mode: VisibilityMode): CaseOptions {
  return { pooledBudget: mode === 'pooled' };
}

export interface Replayed {
  readonly sim: SimState;
  readonly ledger: LedgerEntry[];
  readonly events: CaseEvent[];
}

/** Replays a decision log from the start up to a month: the log alone rebuilds the case. */
export function replayTo(scenario: Scenario, decisions: readonly Decision[], seed: number, mode: VisibilityMode, month: number): Replayed {
  const played = playUntil(scenario, decisions, seed, month, caseOptionsFor(mode));
  return { sim: played.state, ledger: played.ledger, events: played.events };
}

/** The whole case for a finished decision log. */
export function resultOf(scenario: Scenario, decisions: readonly Decision[], seed: number, mode: VisibilityMode): CaseResult {
  return runCase(scenario, decisions, seed, caseOptionsFor(mode));
}
