import { join } from 'node:path';
import type { Scenario } from '../src/core';
import { formatProblem } from '../src/scenario/messages';
import { ROOT, readScenario, SCENARIO_DIR } from '../tools/files';

/** A compiled fixture from test/fixtures; fails loudly when it does not load. */
export function fixture(name: string): Scenario {
  return loadOrThrow(join(ROOT, 'test', 'fixtures', `${name}.json`));
}

/** A compiled shipped scenario from scenarios/. */
export function shipped(name: string): Scenario {
  return loadOrThrow(join(SCENARIO_DIR, `${name}.json`));
}

function loadOrThrow(file: string): Scenario {
  const loaded = readScenario(file);
  if (!loaded.scenario) throw new Error(loaded.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  return loaded.scenario;
}

/** Euros to cents for readable expectations. */
export const euro = (amount: number): number => Math.round(amount * 100);
