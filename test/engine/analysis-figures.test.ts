/** The figures the analysis gives the screens: forecasts, spreads, month totals and failing conditions, each checked against plain runs. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, caseOptionsFor, playUntil, runCase, type Decision } from '../../src/core';
import {
  FORECAST_CODES,
  cumulativeSocietyCost,
  forecastRoute,
  routeWithDraft,
  spreadOf,
  unmetConditions,
  zrmByMember,
} from '../../src/engine';
import { SCENARIO_DIR, readScenario } from '../../tools/files';

const scenario = (() => {
  const loaded = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
  if (!loaded) throw new Error('the tutorial does not load');
  return loaded;
})();
const route: Decision[] = [
  { month: 0, type: 'start', intervention: 'budgetbeheer' },
  { month: 0, type: 'start', intervention: 'boete-betalen-uit-potje' },
];

describe('the analysis figures', () => {
  it('adds society’s cost up month by month to the case total', () => {
    const result = runCase(scenario, route, 7, caseOptionsFor('all'));
    const line = cumulativeSocietyCost(result.ledger, scenario.months);
    expect(line).toHaveLength(scenario.months);
    expect(line.at(-1)).toBe(result.totals.societyCost);
    line.forEach((v, m) => expect(v).toBeGreaterThanOrEqual(line[m - 1] ?? 0));
  });

  it('forecasts a plan over the player’s own code and the fixed others, each figure between its smallest and largest run', () => {
    const forecast = forecastRoute(scenario, 7, 'all', route);
    expect(forecast.codes).toBe(12);
    const runs = [7, ...FORECAST_CODES.filter((c) => c !== 7)]
      .slice(0, 12)
      .map((code) => runCase(scenario, route, code, caseOptionsFor('all')));
    expect(forecast.societyCost).toEqual({
      min: Math.min(...runs.map((r) => r.totals.societyCost)),
      max: Math.max(...runs.map((r) => r.totals.societyCost)),
    });
    expect(forecast.zrmAfter.min).toBe(Math.min(...runs.map((r) => r.zrmAfter)));
    expect(forecast.budgetImpact.huishouden?.max).toBe(Math.max(...runs.map((r) => r.totals.budgetImpactByPayer.huishouden ?? 0)));
    expect(forecastRoute(scenario, 7, 'all', route)).toEqual(forecast);
  });

  it('makes the route of a plan as ticked as the machine commits it: stops, then starts, in this month', () => {
    expect(routeWithDraft(route.slice(0, 1), 3, { start: ['poh-ggz'], stop: ['budgetbeheer'] })).toEqual([
      route[0],
      { month: 3, type: 'stop', intervention: 'budgetbeheer' },
      { month: 3, type: 'start', intervention: 'poh-ggz' },
    ]);
    expect(routeWithDraft(route, 0, EMPTY_DRAFT)).toEqual(route);
  });

  it('plays the spread with every code for the player’s route and the system route', () => {
    const spread = spreadOf(scenario, 'all', route);
    expect(spread.codes).toHaveLength(20);
    spread.codes.forEach((code, i) => {
      expect(spread.mine[i]?.societyCost).toBe(runCase(scenario, route, code, caseOptionsFor('all')).totals.societyCost);
      expect(spread.system[i]?.societyCost).toBe(runCase(scenario, scenario.routes.system, code, caseOptionsFor('all')).totals.societyCost);
    });
  });

  it('names the part of a start condition that fails: the fine must still be owed', () => {
    const start = playUntil(scenario, route, 7, 0, caseOptionsFor('all')).state;
    expect(unmetConditions(scenario, start, 'boete-betalen-uit-potje')).toEqual([]);
    const later = playUntil(scenario, route, 7, 3, caseOptionsFor('all')).state;
    expect(unmetConditions(scenario, later, 'boete-betalen-uit-potje')).toEqual([{ condition: { owes: 'boete' }, negated: false }]);
    expect(unmetConditions(scenario, later, 'budgetbeheer')).toEqual([]);
  });

  it('gives each member’s mean ZRM before and after', () => {
    const result = runCase(scenario, route, 7, caseOptionsFor('all'));
    const members = zrmByMember(result);
    expect(members.map((m) => m.member)).toEqual(scenario.members.map((m) => m.id));
    for (const m of members) {
      expect(m.before).toBeGreaterThanOrEqual(1);
      expect(m.after).toBeLessThanOrEqual(5);
    }
  });
});
