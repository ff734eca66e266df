import { createActor } from 'xstate';
import type { PlayMode, Scenario } from '../../src/core';
import { createCaseMachine, type CaseActor } from '../../src/engine';

/** A machine for one scenario, the way the app builds it from its library. */
export function machineFor(...scenarios: Scenario[]) {
  return createCaseMachine((id, version) => scenarios.find((s) => s.id === id && s.version === version));
}

export function startActor(scenario: Scenario, seed = 1, mode: PlayMode = 'all'): CaseActor {
  return createActor(machineFor(scenario), { input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, mode } }).start();
}
