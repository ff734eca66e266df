import { describe, expect, it } from 'vitest';
import {
  countLowDomains,
  goalCost,
  lowDomainsIn,
  meanScore,
  runCase,
  searchRoute,
  totalsOf,
  zrmMeanIn,
  zrmMeanOf,
  type Decision,
  type Scenario,
} from '../../src/core';
import { shipped } from '../helpers';

/**
 * What a case run keeps as it goes (the ledger's sums, the ZRM sum, the flags and
 * assets as bits) must say what the ledger and the state's own lists say: these
 * are the same figures worked out the slow way.
 */
const IDS = [
  'eerste-huisbezoek',
  'auto-of-leerlingenvervoer',
  'van-de-bank-naar-een-kamer',
  'zelfredzaam-en-dakloos',
  'wachten-op-elkaar',
  'een-helm',
  'zelfstandig-en-ziek',
  'kim-19',
];

/** A route that starts, stops and chooses at random (seeded), so conditions, rules and templates take many paths. */
function randomRoute(scenario: Scenario, seed: number): Decision[] {
  let x = seed >>> 0;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const route: Decision[] = [];
  for (const month of scenario.checkpoints) {
    for (let k = 0; k < 3; k += 1) {
      const def = scenario.interventions[next(scenario.interventions.length)];
      if (def) route.push({ month, type: next(5) === 0 ? 'stop' : 'start', intervention: def.id });
    }
  }
  for (const point of scenario.decisionPoints) {
    for (let month = 0; month < scenario.months; month += 1) {
      const option = point.options[next(point.options.length)];
      if (option) route.push({ month, type: 'choose', point: point.id, option: option.id });
    }
  }
  return route;
}

describe('figures a case run keeps as it goes', () => {
  for (const id of IDS) {
    const scenario = shipped(id);
    it(`${id}: the running totals, ZRM mean, low domains and bits agree with the ledger and the state's lists`, () => {
      const routes = [scenario.routes.system, scenario.routes.breakthrough, [], ...[1, 2, 3, 4, 5].map((s) => randomRoute(scenario, s))];
      for (const [k, route] of routes.entries()) {
        for (const pooledBudget of [false, true]) {
          const result = runCase(scenario, route, k + 1, { pooledBudget });
          expect(result.totals).toEqual(totalsOf(result.ledger));
          expect(result.zrmAfter).toBe(zrmMeanOf(result.final));
          expect(result.zrmBefore).toBe(meanScore(result.initial.members.map((m) => m.zrm)));
          expect(zrmMeanIn(scenario, result.final)).toBe(result.zrmAfter);
          expect(lowDomainsIn(scenario, result.final)).toBe(countLowDomains(result.final.members.map((m) => m.zrm)));
          expect(result.lowDomainsBefore).toBe(countLowDomains(result.initial.members.map((m) => m.zrm)));
          const { slots } = scenario.index;
          for (const [flag, slot] of slots.flags)
            expect([flag, result.final.bits[slot]]).toEqual([flag, result.final.flags.includes(flag) ? 1 : 0]);
          for (const [asset, slot] of slots.assets)
            expect([asset, result.final.bits[slot]]).toEqual([asset, result.final.assets.includes(asset) ? 1 : 0]);
          for (const [key, slot] of slots.fireds)
            expect([key, result.final.bits[slot]]).toEqual([key, result.final.fired.includes(key) ? 1 : 0]);
        }
      }
    });
  }

  it('the route search scores its best route as a whole-case run of that route does', () => {
    const scenario = shipped('auto-of-leerlingenvervoer');
    const found = searchRoute(scenario, { seed: 3, goal: { type: 'society' } });
    const again = runCase(scenario, found.route, 3);
    expect(found.result.totals).toEqual(again.totals);
    expect(found.result.ledger).toEqual(again.ledger);
    expect(found.simulations).toBeGreaterThanOrEqual(found.routesEvaluated);
  });

  it('the best cost the search reports while it runs is the cost of the route it returns', () => {
    for (const id of ['wachten-op-elkaar', 'auto-of-leerlingenvervoer', 'eerste-huisbezoek']) {
      const scenario = shipped(id);
      for (const goal of [{ type: 'society' }, { type: 'payer', payer: 'gemeente-wmo' }] as const) {
        let bestCost: number | undefined;
        const found = searchRoute(scenario, { seed: 2, goal, onProgress: (p) => (bestCost = p.bestCost) });
        expect([id, goal.type, bestCost]).toEqual([id, goal.type, goalCost(runCase(scenario, found.route, 2), goal)]);
      }
    }
  });
});
