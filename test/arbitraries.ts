import fc from 'fast-check';
import type { Decision, Route, Scenario } from '../src/core';

/** Random routes for a scenario: starts, stops and choices at random months, sorted by month. */
export function routeArb(scenario: Scenario, maxLength = 8): fc.Arbitrary<Route> {
  const chooseable = scenario.interventions.filter((i) => !i.automatic).map((i) => i.id);
  const month = fc.integer({ min: 0, max: scenario.months - 1 });
  const intervention = fc.constantFrom(...chooseable);
  const decisions: fc.Arbitrary<Decision>[] = [
    fc.record({ month, type: fc.constant('start' as const), intervention }),
    fc.record({ month, type: fc.constant('stop' as const), intervention }),
  ];
  const points = scenario.decisionPoints;
  if (points.length > 0) {
    decisions.push(
      fc.record({ month, point: fc.constantFrom(...points), pick: fc.nat() }).map(({ month: m, point, pick }): Decision => ({
        month: m,
        type: 'choose',
        point: point.id,
        option: point.options[pick % point.options.length]?.id ?? point.defaultOption,
      })),
    );
  }
  return fc.array(fc.oneof(...decisions), { maxLength }).map((list) => [...list].sort((a, b) => a.month - b.month));
}
