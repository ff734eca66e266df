import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCase } from '../../src/core';
import { exploreReachability } from '../../src/scenario/analyse';
import { hasErrors, loadTariff } from '../../src/scenario/load';
import { readCatalogue, readScenario, readText, shippedScenarioFiles, SCENARIO_DIR } from '../../tools/files';
import { join } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';

const catalogue = readCatalogue();
const index = JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: string[] };

describe('the shipped catalogue', () => {
  it('has payer, unit, year and a source for every price, and no negative amounts', () => {
    for (const price of catalogue.prices) {
      expect(price.amount).toBeGreaterThanOrEqual(0);
      expect(price.year).toBeGreaterThanOrEqual(2000);
      expect(price.source.length).toBeGreaterThan(5);
      expect(price.payer).toBeTruthy();
      expect(price.unit).toBeTruthy();
    }
  });

  it('every tariff file is valid', () => {
    for (const file of readdirSync(join(SCENARIO_DIR, 'tariffs'))) {
      const loaded = loadTariff(file, readText(join(SCENARIO_DIR, 'tariffs', file)));
      expect(loaded.problems).toEqual([]);
    }
  });
});

describe.each(shippedScenarioFiles().map((f) => [basename(f), f] as const))('the shipped scenario %s, as a contract', (name, file) => {
  const loaded = readScenario(file, catalogue);

  it('is listed in scenarios/index.json', () => {
    expect(index.scenarios).toContain(name);
  });

  it('is valid, with English complete and no warnings', () => {
    const full = readScenario(file, catalogue);
    expect(hasErrors(full.problems)).toBe(false);
    expect(full.problems).toEqual([]);
  });

  it('is completable: every decision point can be reached and every route ends', () => {
    const scenario = loaded.scenario;
    if (!scenario) throw new Error('not valid');
    const reach = exploreReachability(scenario);
    for (const point of scenario.decisionPoints) expect(reach.reached.has(point.id)).toBe(true);
    expect(reach.allEnd).toBe(true);
    for (const route of [scenario.routes.system, scenario.routes.breakthrough]) expect(runCase(scenario, route, 1).final.ended).toBe(true);
  });

  it('is balanced: the breakthrough route is cheaper for society or better for the household than the system route', () => {
    const scenario = loaded.scenario;
    if (!scenario) throw new Error('not valid');
    let better = 0;
    for (let seed = 1; seed <= 10; seed += 1) {
      const system = runCase(scenario, scenario.routes.system, seed);
      const breakthrough = runCase(scenario, scenario.routes.breakthrough, seed);
      if (breakthrough.totals.societyCost < system.totals.societyCost || breakthrough.zrmAfter > system.zrmAfter) better += 1;
    }
    expect(better).toBeGreaterThanOrEqual(7);
  });
});
