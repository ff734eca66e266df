/**
 * The contract every shipped case keeps (issue: the lesson holds). A lesson is a
 * claim about every session code, so it is checked over codes 1-200; the route
 * search shows at codes 1-10 that what is cheapest for one payer is not cheapest for
 * society.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYER_IDS, referenceOptionsFor, runCase, searchRoute, type Scenario } from '../../src/core';
import { missingEnglish } from '../../src/scenario/analyse';
import { SCENARIO_DIR } from '../../tools/files';
import { shipped } from '../helpers';

const index = JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: string[] };
const cases = index.scenarios.map((file) => file.replace(/\.json$/, ''));
const TUTORIAL = 'eerste-huisbezoek';
const CITY_DEAL_CITIES = ['Eindhoven', 'Enschede', 'Leeuwarden', 'Utrecht', 'Zaanstad'];

describe('the shipped cases together', () => {
  const all = cases.map((id) => shipped(id));

  it('are eight: a tutorial and the seven documented cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(cases).toContain(TUTORIAL);
  });

  it('spread over the five City Deal cities, with a pooled-budget case and two own-budget cases', () => {
    const cities = new Set(
      CITY_DEAL_CITIES.filter((city) => all.some((s) => s.title.nl.includes(city) || s.text.summary.nl.includes(city))),
    );
    expect([...cities].sort()).toEqual([...CITY_DEAL_CITIES].sort());
    expect(all.filter((s) => s.ownBudget !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(
      all.some(
        (s) => s.text.facilitation?.nl.toLowerCase().includes('wijkbudget') || s.text.summary.nl.toLowerCase().includes('wijkbudget'),
      ),
    ).toBe(true);
  });
});

describe.each(cases)('the case %s', (id) => {
  const scenario: Scenario = shipped(id);
  const tutorial = id === TUTORIAL;
  const reference = referenceOptionsFor('all');

  it('runs 12-24 months (the tutorial 6), with a story, a goal, a lesson, goals, assumptions, 3-5 debrief questions', () => {
    if (tutorial) expect(scenario.months).toBe(6);
    else {
      expect(scenario.months).toBeGreaterThanOrEqual(12);
      expect(scenario.months).toBeLessThanOrEqual(24);
    }
    expect(scenario.text.lesson?.nl.length ?? 0).toBeGreaterThan(80);
    expect(scenario.text.facilitation?.nl.length ?? 0).toBeGreaterThan(200);
    expect(scenario.text.learningGoals.length).toBeGreaterThanOrEqual(2);
    expect(scenario.text.assumptions.length).toBeGreaterThanOrEqual(1);
    expect(scenario.text.debrief.length).toBeGreaterThanOrEqual(3);
    expect(scenario.text.debrief.length).toBeLessThanOrEqual(5);
    expect(scenario.text.debrief.every((q) => q.goodAnswer !== undefined)).toBe(true);
    expect(scenario.epilogues.length).toBeGreaterThanOrEqual(2);
    expect(missingEnglish(JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8')))).toEqual([]);
  });

  it('offers at least 8 interventions, a breakthrough among them, and an hours budget that binds', () => {
    const choosable = scenario.interventions.filter((i) => !i.automatic);
    expect(choosable.length).toBeGreaterThanOrEqual(tutorial ? 5 : 8);
    expect(choosable.some((i) => i.breakthrough !== undefined)).toBe(true);
    const hours = choosable.reduce((sum, i) => sum + i.wijkteamHours, 0);
    expect(hours).toBeGreaterThan(scenario.wijkteamHoursPerMonth * 1.5);
  });

  it(`stops the clock for ${tutorial ? 'a real dilemma' : 'at least three dilemmas'} on the reference routes`, () => {
    for (const route of [scenario.routes.system, scenario.routes.breakthrough]) {
      const raised = new Set(
        runCase(scenario, route, 1, reference)
          .events.filter((e) => e.type === 'decisionRequired')
          .map((e) => e.id),
      );
      expect(raised.size).toBeGreaterThanOrEqual(tutorial ? 1 : 3);
    }
    for (const point of scenario.decisionPoints) expect(point.options.length).toBeGreaterThanOrEqual(2);
  });

  it(
    'the breakthrough route beats the system route on society’s cost and on mean ZRM, on every session code 1-200',
    { timeout: 60_000 },
    () => {
      const lost: number[] = [];
      for (let seed = 1; seed <= 200; seed += 1) {
        const system = runCase(scenario, scenario.routes.system, seed, reference);
        const breakthrough = runCase(scenario, scenario.routes.breakthrough, seed, reference);
        if (!(breakthrough.totals.societyCost < system.totals.societyCost && breakthrough.zrmAfter > system.zrmAfter)) lost.push(seed);
      }
      expect(lost).toEqual([]);
    },
  );

  it('the breakthrough route has its approvals granted and bends a rule', () => {
    const result = runCase(scenario, scenario.routes.breakthrough, 1, reference);
    const bends = scenario.routes.breakthrough.some(
      (d) => d.type === 'start' && scenario.index.interventions.get(d.intervention)?.breakthrough !== undefined,
    );
    expect(bends).toBe(true);
    expect(result.events.some((e) => e.type === 'refused' && e.detail === undefined)).toBe(false);
  });

  it('at session codes 1-10, the route cheapest for some single payer is not the route cheapest for society', { timeout: 180_000 }, () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const society = searchRoute(scenario, { seed, goal: { type: 'society' }, maxMonths: 400_000 });
      const payers = PAYER_IDS.filter((p) => p !== 'huishouden' && society.result.totals.budgetImpactByPayer[p] !== undefined);
      const differs = payers.some((payer) => {
        const own = searchRoute(scenario, { seed, goal: { type: 'payer', payer }, maxMonths: 400_000 });
        return own.result.totals.societyCost > society.result.totals.societyCost;
      });
      expect(differs, `session code ${seed}`).toBe(true);
    }
  });
});
