/**
 * npm run bench: performance figures as `name: value` lines. Figures, not
 * assertions: the machines are shared and noisy.
 */
import { parseGoal, runCase, searchRoute, type Scenario } from '../src/core';
import { benchBrowser } from './bench-browser';
import { chromiumPath } from './chromium';
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const scenarios = loadAll();
  const enschede = scenarios.find((s) => s.id === 'auto-of-leerlingenvervoer');
  const largest = [...scenarios].sort((a, b) => b.months * b.interventions.length - a.months * a.interventions.length)[0];
  if (!largest || !enschede) throw new Error('no scenarios');
  const measured = casesPerSecond(enschede);
  console.log(`cases_per_second: ${Math.round(measured.rate)}`);
  console.log(`ledger_entries_per_case: ${measured.entries.toFixed(1)}`);
  if (largest !== enschede) {
    console.log(`largest_scenario: ${largest.id}`);
    console.log(`cases_per_second_largest: ${Math.round(casesPerSecond(largest).rate)}`);
  }
  let slowestCold = 0;
  let slowest = 0;
  for (const scenario of scenarios) {
    for (const goalText of ['best-society', 'best-for:gemeente']) {
      const goal = parseGoal(goalText);
      if (!goal) continue;
      const timed = (): { ms: number; result: ReturnType<typeof searchRoute> } => {
        const start = performance.now();
        const result = searchRoute(scenario, { seed: 1, goal });
        return { ms: performance.now() - start, result };
      };
      const cold = timed();
      const warm = median([timed().ms, timed().ms, timed().ms]);
      slowestCold = Math.max(slowestCold, cold.ms);
      slowest = Math.max(slowest, warm);
      console.log(
        `route_search_ms[${scenario.id},${goalText},${cold.result.method},${cold.result.simulations} simulations]: ${warm.toFixed(0)} (first run ${cold.ms.toFixed(0)})`,
      );
    }
  }
  console.log(`route_search_ms_max: ${slowest.toFixed(0)}`);
  console.log(`route_search_first_run_ms_max: ${slowestCold.toFixed(0)}`);
  if (process.argv.includes('--no-browser')) return;
  if (!chromiumPath()) {
    console.log('browser figures skipped: no Chromium (apt-get install chromium)');
    return;
  }
  await benchBrowser();
}

await main();
