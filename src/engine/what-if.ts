import {
  caseOptionsFor,
  diverge,
  forkRoute,
  runCase,
  type CaseResult,
  type Decision,
  type Divergence,
  type PlayMode,
  type Scenario,
} from '../core';

export interface WhatIf {
  readonly original: CaseResult;
  readonly alternative: CaseResult;
  readonly divergence: Divergence;
}

/** Forks a finished case at decision k with other decisions, replays it, and says where the routes part. */
export function whatIf(
  scenario: Scenario,
  seed: number,
  mode: PlayMode,
  decisions: readonly Decision[],
  k: number,
  replacement: readonly Decision[],
): WhatIf {
  const options = caseOptionsFor(mode);
  const original = runCase(scenario, decisions, seed, options);
  const alternative = runCase(scenario, forkRoute(decisions, k, replacement), seed, options);
  return { original, alternative, divergence: diverge(original, alternative) };
}

/** What each decision of a played route did: the route without it, against the route as played. */
export interface DecisionWhatIf {
  readonly index: number;
  readonly decision: Decision;
  readonly divergence: Divergence;
}

/** Every decision's what-if, running the played route once. */
export function whatIfsFor(scenario: Scenario, seed: number, mode: PlayMode, decisions: readonly Decision[]): DecisionWhatIf[] {
  const options = caseOptionsFor(mode);
  const original = runCase(scenario, decisions, seed, options);
  return decisions.map((decision, index) => ({
    index,
    decision,
    divergence: diverge(original, runCase(scenario, forkRoute(decisions, index, []), seed, options)),
  }));
}
