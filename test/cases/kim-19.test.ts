import { describe, expect, it } from 'vitest';
import { referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * Kim, 19 (Enschede): the 18-/18+ cliff for an own-budget round. Youth care ended at
 * 18 (jeugdhulp-18), the jongerennorm and its art. 12 supplement (kostendelersnorm),
 * the search period (zoektermijn), the CAK after six months of premium arrears. Every
 * claim is checked over a range of session codes, never on one.
 */
const scenario = shipped('kim-19');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const play = (route: Route, seed: number): CaseResult => runCase(scenario, route, seed, granted);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (month: number, point: string, option: string): Decision => ({ month, type: 'choose', point, option });
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);

const bijstandIn = (r: CaseResult, month: number): number =>
  r.ledger.filter((e) => e.cause.id === 'bijstand-kim' && e.month === month).reduce((s, e) => s + e.amount, 0);
const costOf = (r: CaseResult, cause: string): number =>
  r.ledger.filter((e) => e.cause.id === cause && e.kind === 'cost').reduce((s, e) => s + e.amount, 0);
const jeugd = (r: CaseResult): number => r.totals.budgetImpactByPayer['gemeente-jeugd'] ?? 0;

describe('Kim, 19 (Enschede)', () => {
  it('is a twelve-month own-budget case for the youth-care budget, with three dilemmas on both reference routes', () => {
    expect(scenario.title.nl).toContain('Enschede');
    expect(scenario.months).toBe(12);
    expect(scenario.ownBudget).toEqual({ payer: 'gemeente-jeugd', target: euro(6000) });
    for (const seed of CODES) {
      for (const r of [system(seed), breakthrough(seed)]) {
        expect(r.events.filter((e) => e.type === 'decisionRequired').map((e) => [e.id, e.month])).toEqual([
          ['moeder', 0],
          ['incassobrief', 1],
          ['werk-of-therapie', 7],
        ]);
      }
    }
  });

  describe('the rule jeugdhulp-18 (Jeugdwet art. 1.1)', () => {
    it('refuses the ordinary application for extended youth care: Kim left thirteen months ago, outside the half year', () => {
      for (const seed of CODES) {
        const r = system(seed);
        const refusal = r.events.find((e) => e.type === 'refused' && e.id === 'verlengde-jeugdhulp');
        expect(refusal).toMatchObject({ month: 0, detail: 'jeugdwet-1.1' });
        expect(costOf(r, 'verlengde-jeugdhulp')).toBe(0);
        expect(jeugd(r)).toBe(0);
      }
    });

    it('the breakthrough reads the perspective plan as a decision before 18: room training and treatment start after approval and run', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(r.events.some((e) => e.type === 'refused')).toBe(false);
        expect(costOf(r, 'kamertraining')).toBe(6 * 30 * euro(120));
        expect(costOf(r, 'traumabehandeling')).toBe(9 * 6 * euro(68.67));
        expect(r.events.find((e) => e.type === 'approved' && e.id === 'kamertraining')?.month).toBe(1);
      }
    });
  });

  describe('income at 19: the zoektermijn and the jongerennorm', () => {
    it('by the letter: four weeks of searching (September paid for 2 of 30 days), then the jongerennorm of €321.08', () => {
      for (const seed of CODES) {
        const r = system(seed);
        expect(bijstandIn(r, 0)).toBe(Math.round((euro(321.08) * 2) / 30));
        expect(bijstandIn(r, 1)).toBe(euro(321.08));
      }
    });

    it('exempt as a vulnerable young person and with the art. 12 supplement: the norm of a 21-year-old living alone from the first month', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(bijstandIn(r, 0)).toBe(euro(1369.06));
      }
    });

    it("at her mother's the gemeente assumes a home is provided: no supplement, only the jongerennorm, whoever lives there", () => {
      for (const seed of CODES) {
        const r = play([start(0, 'aanvullende-bijstand'), choose(1, 'moeder', 'naar-moeder')], seed);
        expect(bijstandIn(r, 0)).toBe(Math.round((euro(1369.06) * 2) / 30));
        expect(bijstandIn(r, 2)).toBe(euro(321.08));
      }
    });
  });

  describe('the own budget: what is cheapest for youth care is not cheapest for society', () => {
    it('the breakthrough costs youth care far above its €6,000 target, and society less than the route without', () => {
      for (const seed of CODES) {
        const b = breakthrough(seed);
        const s = system(seed);
        expect(jeugd(b)).toBeGreaterThan(scenario.ownBudget?.target ?? 0);
        expect(jeugd(s)).toBe(0);
        expect(s.totals.societyCost - b.totals.societyCost).toBeGreaterThan(euro(5000));
        expect(costOf(s, 'jongerenopvang')).toBe(9 * euro(3000));
      }
    });

    it('treatment alone fits the target but leaves Kim homeless: the Wmo pays the shelter and society pays more', () => {
      const alone = [start(0, 'traumabehandeling'), start(0, 'zoektermijn-vrijstelling'), start(0, 'zorgpremie-regelen')];
      for (const seed of CODES) {
        const r = play(alone, seed);
        expect(jeugd(r)).toBeLessThanOrEqual(scenario.ownBudget?.target ?? 0);
        expect(costOf(r, 'jongerenopvang')).toBeGreaterThan(0);
        expect(r.totals.societyCost).toBeGreaterThan(breakthrough(seed).totals.societyCost);
      }
    });
  });

  describe('the decoys', () => {
    it('sending Kim to her mother is cheapest in money and worst for Kim: no shelter, but her ZRM ends lowest', () => {
      for (const seed of CODES) {
        const mother = play([choose(1, 'moeder', 'naar-moeder')], seed);
        expect(mother.totals.societyCost).toBeLessThan(system(seed).totals.societyCost);
        expect(costOf(mother, 'jongerenopvang')).toBe(0);
        expect(mother.zrmAfter).toBeLessThan(breakthrough(seed).zrmAfter);
      }
    });

    it('sheltered housing is heavier care than she needs: it costs the Wmo more than the shelter it replaces', () => {
      for (const seed of CODES) {
        const r = play([start(0, 'beschermd-wonen')], seed);
        expect(costOf(r, 'beschermd-wonen')).toBeGreaterThan(euro(25000));
        expect(r.totals.societyCost).toBeGreaterThan(breakthrough(seed).totals.societyCost);
      }
    });
  });

  it('the care allowance and a payment plan keep the CAK away only when asked in September', () => {
    for (const seed of CODES) {
      const early = play([start(0, 'zorgpremie-regelen')], seed);
      expect(early.final.flags).not.toContain('cak');
      const late = play([start(4, 'zorgpremie-regelen')], seed);
      expect(late.final.flags).toContain('cak');
      expect(late.ledger.some((e) => e.to === 'cak' && e.amount === euro(160.6))).toBe(true);
    }
  });

  it('the web shops are a civil claim: 15% collection costs and a bailiff only if the creditor summons, never a Wahv increase', () => {
    for (const seed of CODES) {
      const r = system(seed);
      expect(r.final.debts.find((d) => d.id === 'webshops')?.amount).toBe(euro(450 + 67.5));
      expect(r.events.some((e) => e.type === 'template' && e.detail === 'first-reminder')).toBe(false);
    }
  });

  it('the lesson: on every code the breakthrough costs society less and leaves Kim better off', () => {
    for (const seed of CODES) {
      const s = system(seed);
      const b = breakthrough(seed);
      expect(b.totals.societyCost).toBeLessThan(s.totals.societyCost);
      expect(b.zrmAfter).toBeGreaterThan(s.zrmAfter + 0.4);
    }
  });
});
