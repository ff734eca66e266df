import { describe, expect, it } from 'vitest';
import { referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * The tutorial (Utrecht): the loudest letter is not the most expensive. The CJIB fine
 * (wahv-boete, with the payment plan that stops the increases) only moves money; the
 * rent arrears (ontruiming) cost society real money. Every claim is checked over a
 * range of session codes, never on one.
 */
const scenario = shipped('eerste-huisbezoek');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const play = (route: Route, seed: number): CaseResult => runCase(scenario, route, seed, granted);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (option: string): Decision => ({ month: 4, type: 'choose', point: 'brief-cjib', option });
const rescue = [start(0, 'huurachterstand-aflossen-uit-potje'), start(0, 'toeslagen-herstellen')];

const steps = (r: CaseResult, template: string): { month: number; detail: string | undefined }[] =>
  r.events.filter((e) => e.type === 'template' && e.id === template).map((e) => ({ month: e.month, detail: e.detail }));
const stepMonth = (r: CaseResult, template: string, detail: string): number | undefined =>
  steps(r, template).find((s) => s.detail === detail)?.month;
const toCjib = (r: CaseResult, month?: number): number =>
  r.ledger.filter((e) => e.to === 'cjib' && (month === undefined || e.month === month)).reduce((s, e) => s + e.amount, 0);
const fine = (r: CaseResult): number => r.final.debts.find((d) => d.id === 'boete')?.amount ?? 0;

describe('eerste huisbezoek (the tutorial)', () => {
  it('is the six-month tutorial in a City Deal city, with one dilemma on both reference routes', () => {
    expect(scenario.months).toBe(6);
    expect(scenario.text.summary.nl).toContain('Utrecht');
    expect(scenario.version).toBeGreaterThanOrEqual(2);
    for (const route of [scenario.routes.system, scenario.routes.breakthrough]) {
      for (const seed of CODES) {
        const raised = play(route, seed).events.filter((e) => e.type === 'decisionRequired');
        expect(raised.map((e) => [e.id, e.month])).toEqual([['brief-cjib', 3]]);
      }
    }
  });

  describe('the rule wahv-boete (Wahv art. 23; a CJIB payment plan stops the increases)', () => {
    it('raises the €300 fine to €450 in December, after the free reminder, on every route that leaves it', () => {
      for (const seed of CODES) {
        const r = play(scenario.routes.system, seed);
        expect(stepMonth(r, 'cjib-boete', 'first-reminder')).toBe(3);
      }
    });

    it('left alone it triples to €900 in February; with the payment plan it never rises again and is paid off in terms of €37.50', () => {
      for (const seed of CODES) {
        const left = play([...rescue, choose('laten-liggen')], seed);
        expect(stepMonth(left, 'cjib-boete', 'second-reminder')).toBe(5);
        expect(fine(left)).toBe(euro(900));

        const plan = play(scenario.routes.breakthrough, seed);
        expect(stepMonth(plan, 'cjib-boete', 'payment-plan')).toBe(4);
        expect(stepMonth(plan, 'cjib-boete', 'second-reminder')).toBeUndefined();
        expect(toCjib(plan, 4)).toBe(euro(37.5));
        expect(toCjib(plan, 5)).toBe(euro(37.5));
        expect(fine(plan)).toBe(euro(375));
      }
    });

    it('a payment plan without room for the term lapses at once: first make the rent and the income safe', () => {
      for (const seed of CODES) {
        const r = play([choose('regeling-cjib')], seed);
        expect(stepMonth(r, 'cjib-boete', 'payment-plan-lapsed')).toBe(4);
        expect(toCjib(r)).toBe(0);
      }
    });

    it("the increases only move money: society's cost is the same whether the fine stays €450, triples or is paid off", () => {
      for (const seed of CODES) {
        const routes = ['regeling-cjib', 'laten-liggen', 'zelf-betalen'].map((option) => play([...rescue, choose(option)], seed));
        const costs = new Set(routes.map((r) => r.totals.societyCost));
        expect(costs.size).toBe(1);
        for (const r of routes) expect(r.ledger.filter((e) => e.to === 'cjib').every((e) => e.kind === 'transfer')).toBe(true);
        // For Anouk the difference is real: €450 more on the fine when she leaves it.
        expect(fine(routes[1]!) - fine(routes[0]!)).toBe(euro(900 - 375));
      }
    });
  });

  describe('the rent arrears (ontruiming): the real costs', () => {
    it('on the system route: summons in November, judgment in December, eviction in January, with the bailiff, the corporation and the family shelter paying', () => {
      for (const seed of CODES) {
        const r = play(scenario.routes.system, seed);
        expect(stepMonth(r, 'huurachterstand', 'summons')).toBe(2);
        expect(stepMonth(r, 'huurachterstand', 'ruling')).toBe(3);
        expect(stepMonth(r, 'huurachterstand', 'evicted')).toBe(4);
        const costs = r.ledger.filter((e) => e.kind === 'cost');
        const of = (cause: string): number => costs.filter((e) => e.cause.id === cause).reduce((s, e) => s + e.amount, 0);
        expect(of('huurachterstand')).toBe(euro(125.57 + 322.59 + 7500));
        expect(of('maatschappelijke-opvang')).toBe(euro(3000));
        expect(r.totals.societyCost).toBeGreaterThan(euro(11000));
      }
    });

    it('the breakthrough pays the arrears before the summons: no procedure, and society pays only the home visit', () => {
      for (const seed of CODES) {
        const r = play(scenario.routes.breakthrough, seed);
        expect(stepMonth(r, 'huurachterstand', 'summons')).toBeUndefined();
        expect(r.totals.societyCost).toBe(euro(136.27));
        expect(r.ledger.find((e) => e.cause.id === 'huurachterstand-aflossen-uit-potje')).toMatchObject({
          from: 'gemeente-schuldhulp',
          to: 'woningcorporatie',
          kind: 'transfer',
          month: 1,
        });
      }
    });

    it('restarting the rent allowance saves the home only when asked at the first visit: asked in December, the back pay comes after the eviction', () => {
      for (const seed of CODES) {
        const early = play([start(0, 'toeslagen-herstellen')], seed);
        expect(stepMonth(early, 'huurachterstand', 'summons')).toBe(2);
        expect(stepMonth(early, 'huurachterstand', 'withdrawn')).toBe(3);
        expect(early.final.flags).not.toContain('ontruimd');
        const late = play([start(3, 'toeslagen-herstellen')], seed);
        expect(late.final.flags).toContain('ontruimd');
      }
    });
  });

  describe('the decoy: paying the fine from the neighbourhood budget', () => {
    it('saves Anouk money but not society: the eviction goes ahead and costs exactly what the system route costs', () => {
      for (const seed of CODES) {
        const decoy = play([start(0, 'boete-betalen-uit-potje')], seed);
        const system = play(scenario.routes.system, seed);
        expect(decoy.final.flags).toContain('ontruimd');
        expect(decoy.totals.societyCost).toBe(system.totals.societyCost);
        expect(decoy.ledger.find((e) => e.cause.id === 'boete-betalen-uit-potje')).toMatchObject({ amount: euro(300), kind: 'transfer' });
        expect(decoy.events.some((e) => e.type === 'decisionRequired')).toBe(false);
      }
    });

    it('fits the debt-help target of the own-budget round, where the rent arrears do not', () => {
      const target = scenario.ownBudget?.target ?? 0;
      expect(target).toBe(euro(600));
      expect(scenario.ownBudget?.payer).toBe('gemeente-schuldhulp');
      for (const seed of CODES) {
        const decoy = play([start(0, 'boete-betalen-uit-potje')], seed);
        const breakthrough = play(scenario.routes.breakthrough, seed);
        expect(decoy.totals.budgetImpactByPayer['gemeente-schuldhulp']).toBeLessThanOrEqual(target);
        expect(breakthrough.totals.budgetImpactByPayer['gemeente-schuldhulp']).toBeGreaterThan(target);
      }
    });
  });

  it('the lesson: the breakthrough saves society more than €10,000 and leaves the family better off, on every code', () => {
    for (const seed of CODES) {
      const system = play(scenario.routes.system, seed);
      const breakthrough = play(scenario.routes.breakthrough, seed);
      expect(system.totals.societyCost - breakthrough.totals.societyCost).toBeGreaterThan(euro(10000));
      expect(breakthrough.zrmAfter).toBeGreaterThan(system.zrmAfter);
    }
  });
});
