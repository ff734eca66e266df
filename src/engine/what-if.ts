import { diverge, forkRoute, type CaseResult, type Decision, type Divergence, type Scenario } from '../core';
import { resultOf, type VisibilityMode } from './replay';

export interface WhatIf {
  readonly original: CaseResult;
  readonly alternative: CaseResult;
  readonly divergence: Divergence;
}

/** Forks a finished case at decision k with other decisions, replays it, and says where the routes part. */
export function whatIf(
  scenario: Scenario,
  seed: number,
  mode: VisibilityMode,
  decisions: readonly Decision[],
  k: number,
  replacement: readonly Decision[],
): WhatIf {
  const original = resultOf(scenario, decisions, seed, mode);
  const alternative = resultOf(scenario, forkRoute(decisions, k, replacement), seed, mode);
  return { original, alternative, divergence: diverge(original, alternative) };
}
