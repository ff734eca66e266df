/**
 * A trainer's large case: many decision points of several options over many months.
 * The route search must stop within its budget with the best route so far and say
 * so, and the validator must not call a point unreachable that a plain run reaches.
 */
import { describe, expect, it } from 'vitest';
import { searchRoute } from '../../src/core';
import { loadScenario } from '../../src/scenario/load';
import { readCatalogue } from '../../tools/files';
import { largeCase } from '../large-case';

const catalogue = readCatalogue();

describe('a large case written by a trainer', () => {
  for (const [points, options, months] of [
    [25, 5, 30],
    [59, 4, 60],
  ] as const) {
    const loaded = loadScenario('grote-casus.json', largeCase(points, options, months), catalogue, undefined, { analyse: true });

    it(`${points} points of ${options} options over ${months} months: validates without false "never reached" warnings`, () => {
      expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(loaded.problems.filter((p) => p.code === 'unreachablePoint')).toEqual([]);
    });

    it(`${points} points of ${options} options over ${months} months: the search stops at its budget with the best route so far`, () => {
      const scenario = loaded.scenario;
      if (!scenario) throw new Error('the large case did not load');
      const found = searchRoute(scenario, { seed: 1, goal: { type: 'society' }, maxMonths: 200_000 });
      expect(found.method).toBe('beam');
      expect(found.complete).toBe(false);
      expect(found.monthsSimulated).toBeLessThan(200_000 + 2 * months);
      expect(found.simulations).toBeGreaterThan(0);
      expect(found.result.final.ended).toBe(true);
      // The search's own figures count what it ran: at least one simulation per evaluated route.
      expect(found.simulations).toBeGreaterThanOrEqual(found.routesEvaluated);
    });
  }

  it('a search stopped by its caller (a clock, a cancel button) returns at once with what it has', () => {
    const loaded = loadScenario('grote-casus.json', largeCase(25, 5, 30), catalogue);
    if (!loaded.scenario) throw new Error('the large case did not load');
    let asked = 0;
    const found = searchRoute(loaded.scenario, { seed: 1, goal: { type: 'society' }, shouldStop: () => (asked += 1) > 50 });
    expect(found.complete).toBe(false);
    expect(found.route).toBeDefined();
  });
});
