/**
 * A trainer's large case: many decision points of several options over many months.
 * The route search must stop within its budget with the best route so far and say
 * so, and the validator must not call a point unreachable that a plain run reaches.
 */
import { describe, expect, it } from 'vitest';
import { searchRoute } from '../../src/core';
import { loadScenario } from '../../src/scenario/load';
import { readCatalogue } from '../../tools/files';

const catalogue = readCatalogue();

/** A case with `points` decision points of `options` options, one every `every` months, over `months` months. */
export function largeCase(points: number, options: number, months: number): string {
  const every = Math.max(1, Math.floor(months / (points + 1)));
  const dateOf = (month: number): string => {
    const y = 2026 + Math.floor((8 + month) / 12);
    const m = ((8 + month) % 12) + 1;
    return `${y}-${String(m).padStart(2, '0')}-01`;
  };
  const doc = {
    $schema: '../scenarios/scenario.schema.json',
    id: 'grote-casus',
    version: 1,
    title: { nl: 'Grote casus', en: 'Large case' },
    summary: { nl: 'Veel beslismomenten.', en: 'Many decision points.' },
    start: '2026-09-01',
    months,
    checkpoints: Array.from({ length: Math.floor(months / 6) }, (_, i) => i * 6),
    wijkteamHoursPerMonth: 24,
    household: {
      name: 'Jansen',
      story: { nl: 'Een man van 45.', en: 'A man of 45.' },
      goal: { nl: 'Rust.', en: 'Calm.' },
      members: [
        {
          id: 'henk',
          name: 'Henk',
          role: 'adult',
          birthDate: '1981-02-01',
          zrm: { financien: 2, 'geestelijke-gezondheid': 2, huisvesting: 3, 'sociaal-netwerk': 2 },
        },
      ],
      incomes: [
        { id: 'bijstand', label: { nl: 'Bijstand', en: 'Bijstand' }, kind: 'benefit', payer: 'gemeente-participatie', monthly: 1369.06 },
      ],
      bills: [{ id: 'huur', label: { nl: 'Huur', en: 'Rent' }, payee: 'woningcorporatie', monthly: 700, priority: 1 }],
    },
    interventions: [
      { use: 'schuldhulpverlening' },
      { use: 'budgetbeheer' },
      { use: 'ggz-basis' },
      { use: 'poh-ggz' },
      { use: 'begeleiding-wmo' },
      { use: 'dagbesteding' },
      { use: 're-integratie' },
      { use: 'huishoudelijke-hulp' },
    ],
    decisionPoints: Array.from({ length: points }, (_, p) => ({
      id: `punt-${p + 1}`,
      prompt: { nl: `Keuze ${p + 1}`, en: `Choice ${p + 1}` },
      when: { date: { op: '>=', value: dateOf((p + 1) * every) } },
      options: Array.from({ length: options }, (_, o) => ({
        id: `optie-${o + 1}`,
        label: { nl: `Optie ${o + 1}`, en: `Option ${o + 1}` },
        effects: [
          {
            type: 'zrm',
            member: 'henk',
            domain: ['financien', 'geestelijke-gezondheid', 'huisvesting', 'sociaal-netwerk'][o % 4],
            delta: o % 2 === 0 ? 1 : -1,
          },
          ...(o > 0 ? [{ type: 'book', kind: 'cost', from: 'gemeente-wmo', to: 'aanbieder', amount: 150 * o }] : []),
        ],
      })),
      default: 'optie-1',
    })),
    routes: { system: [], breakthrough: [{ month: 0, type: 'start', intervention: 'schuldhulpverlening' }] },
    epilogues: [{ id: 'einde', text: { nl: 'Einde.', en: 'The end.' } }],
  };
  return JSON.stringify(doc, null, 2);
}

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
