/**
 * Result codes of many teams, made as the debrief makes them: each route is played
 * through the case machine in Node and its played decision log written as a code.
 */
import { join } from 'node:path';
import { createActor } from 'xstate';
import type { Decision, Scenario } from '../../src/core';
import { createCaseMachine, playRoute, resultCode } from '../../src/engine';
import { SCENARIO_DIR, readScenario } from '../../tools/files';

/** The tutorial case as the site ships it. */
export function tutorial(): Scenario {
  const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
  if (!scenario) throw new Error('the tutorial does not load');
  return scenario;
}

/** The code of a route played with this session code; the decisions are those the machine accepted. */
export function codeFor(scenario: Scenario, route: readonly Decision[], seed = 7): { code: string; decisions: readonly Decision[] } {
  const machine = createCaseMachine((id, version) => (id === scenario.id && version === scenario.version ? scenario : undefined));
  const actor = createActor(machine, { input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed, mode: 'all' } }).start();
  const decisions = playRoute(actor, scenario, route).decisions;
  actor.stop();
  return { code: resultCode(scenario, seed, 'all', decisions), decisions };
}

/** `count` different routes through the tutorial: subsets of its help at the start, and each option at its decision point. */
export function tutorialRoutes(scenario: Scenario, count: number): Decision[][] {
  const help = ['budgetbeheer', 'poh-ggz', 'toeslagen-herstellen', 'boete-betalen-uit-potje', 'huurachterstand-aflossen-uit-potje'];
  const point = scenario.decisionPoints[0];
  const options = point ? point.options.map((o) => o.id) : [];
  const routes: Decision[][] = [];
  for (let mask = 0; mask < 1 << help.length && routes.length < count; mask += 1) {
    for (const option of options) {
      if (routes.length >= count) break;
      const starts: Decision[] = help.filter((_, i) => mask & (1 << i)).map((intervention) => ({ month: 0, type: 'start', intervention }));
      // The machine takes the choice when the point comes up and logs it in that month.
      routes.push([...starts, ...(point ? [{ month: 0, type: 'choose' as const, point: point.id, option }] : [])]);
    }
  }
  return routes;
}
