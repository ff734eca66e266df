/**
 * npm run bench: performance figures as `name: value` lines. Figures, not
 * assertions: the machines are shared and noisy.
 */
import { parseGoal, runCase, searchRoute, type Scenario } from '../src/core';
import { readScenario, shippedScenarioFiles } from './files';

function loadAll(): Scenario[] {
  return shippedScenarioFiles()
    .map((f) => readScenario(f).scenario)
    .filter((s): s is Scenario => s !== undefined);
}

/** Full cases (with the whole ledger) per second on one core, for a scenario. */
function casesPerSecond(scenario: Scenario, seconds = 2): { rate: number; entries: number } {
  const routes = [scenario.routes.system, scenario.routes.breakthrough];
  let n = 0;
  let entries = 0;
  for (let i = 0; i < 200; i += 1) runCase(scenario, routes[i % 2] ?? [], i);
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 100; i += 1) {
      entries += runCase(scenario, routes[n % 2] ?? [], n).ledger.length;
      n += 1;
    }
  }
  const elapsed = (performance.now() - start) / 1000;
  return { rate: n / elapsed, entries: entries / n };
}

function main(): void {
  const scenarios = loadAll();
  const largest = [...scenarios].sort((a, b) => b.months * b.interventions.length - a.months * a.interventions.length)[0];
  if (!largest) throw new Error('no scenarios');
  const { rate, entries } = casesPerSecond(largest);
  console.log(`largest_scenario: ${largest.id}`);
  console.log(`cases_per_second: ${Math.round(rate)}`);
  console.log(`ledger_entries_per_case: ${entries.toFixed(1)}`);
  let slowest = 0;
  for (const scenario of scenarios) {
    for (const goalText of ['best-society', 'best-for:gemeente']) {
      const goal = parseGoal(goalText);
      if (!goal) continue;
      const start = performance.now();
      const result = searchRoute(scenario, { seed: 1, goal });
      const ms = performance.now() - start;
      slowest = Math.max(slowest, ms);
      console.log(`route_search_ms[${scenario.id},${goalText},${result.method}]: ${ms.toFixed(0)}`);
    }
  }
  console.log(`route_search_ms_max: ${slowest.toFixed(0)}`);
}

main();
