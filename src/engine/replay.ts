import { caseOptionsFor, runCase, type CaseResult, type Decision, type PlayMode, type Scenario } from '../core';

/** The whole case for a decision log, played headlessly (saves, codes and tests; the screens read the engine's play). */
export function resultOf(scenario: Scenario, decisions: readonly Decision[], seed: number, mode: PlayMode): CaseResult {
  return runCase(scenario, decisions, seed, caseOptionsFor(mode));
}
