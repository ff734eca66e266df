import { describe, expect, it } from 'vitest';
import { caseOptionsFor, epilogueOf, referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * Car or school transport (Enschede), the City Deal's own case: the named rule is
 * the schuldregeling-auto template (the car is sold for the creditors unless its
 * costs are allowed in the vrij te laten bedrag), with the taxi the gemeente must
 * then arrange (leerlingenvervoer-regelen). Every claim is checked over a range of
 * session codes, never on one.
 */
const scenario = shipped('auto-of-leerlingenvervoer');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const ALL_CODES = Array.from({ length: 200 }, (_, i) => i + 1);
const play = (route: Route, seed: number, options = granted): CaseResult => runCase(scenario, route, seed, options);
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (month: number, point: string, option: string): Decision => ({ month, type: 'choose', point, option });
const without = (route: Route, intervention: string): Route =>
  route.filter((d) => !(d.type === 'start' && d.intervention === intervention));

const impact = (r: CaseResult, payer: keyof CaseResult['totals']['budgetImpactByPayer']): number =>
  r.totals.budgetImpactByPayer[payer] ?? 0;
const paidBy = (r: CaseResult, causeId: string): number => r.ledger.filter((e) => e.cause.id === causeId).reduce((s, e) => s + e.amount, 0);
const monthsOf = (r: CaseResult, causeId: string): number[] => [
  ...new Set(r.ledger.filter((e) => e.cause.id === causeId).map((e) => e.month)),
];
const repayment = (r: CaseResult): number | undefined => r.final.bills.find((b) => b.id === 'aflossing')?.monthly;

describe('car or school transport (Enschede)', () => {
  describe('the rule schuldregeling-auto (Wgs; VTLB report 2024 §5.5)', () => {
    it('sells the car to the creditors in month 1 of the system route and stops its costs, whatever the code', () => {
      for (const seed of CODES) {
        const r = system(seed);
        const sale = r.ledger.filter((e) => e.cause.id === 'auto-in-schuldregeling');
        expect(sale).toHaveLength(1);
        expect(sale[0]).toMatchObject({ month: 1, from: 'huishouden', to: 'schuldeisers', kind: 'transfer', amount: euro(3000) });
        expect(r.final.assets).not.toContain('auto');
        expect(r.final.bills.find((b) => b.id === 'auto-kosten')?.active).toBe(false);
        expect(r.final.flags).toContain('verkocht:auto');
      }
    });

    it('then the gemeente must arrange a taxi for both children, paid from month 2 by the school-transport budget at €3,978 a year each', () => {
      for (const seed of CODES) {
        const r = system(seed);
        for (const taxi of ['leerlingenvervoer-taxi', 'leerlingenvervoer-taxi-lotte']) {
          expect(monthsOf(r, taxi)[0]).toBe(2);
          expect(r.ledger.filter((e) => e.cause.id === taxi).every((e) => e.kind === 'cost' && e.amount === euro(331.5))).toBe(true);
        }
      }
    });

    it('with the exception granted keeps the car and lowers the repayment once by the car’s €300, with no taxi', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(r.final.assets).toContain('auto');
        expect(repayment(r)).toBe(euro(556 - 300));
        expect(paidBy(r, 'leerlingenvervoer-taxi') + paidBy(r, 'leerlingenvervoer-taxi-lotte')).toBe(0);
      }
    });

    it('holds the sale while the request waits for approval, and sells a month after a refusal', () => {
      const refused = ALL_CODES.filter((seed) =>
        play(scenario.routes.breakthrough, seed, caseOptionsFor('all')).events.some(
          (e) => e.type === 'refused' && e.id === 'auto-behouden-in-schuldregeling',
        ),
      );
      expect(refused.length).toBeGreaterThan(20);
      for (const seed of refused.slice(0, 20)) {
        const r = play(scenario.routes.breakthrough, seed, caseOptionsFor('all'));
        expect(r.ledger.find((e) => e.cause.id === 'auto-in-schuldregeling')?.month).toBe(2);
      }
    });

    it('needs no approval with a pooled neighbourhood budget: the car is in the VTLB in month 0', () => {
      for (const seed of CODES) {
        const r = play(scenario.routes.breakthrough, seed, caseOptionsFor('pooled'));
        expect(r.events.find((e) => e.type === 'template' && e.detail === 'car-in-vtlb')?.month).toBe(0);
      }
    });
  });

  describe('the lesson, on every code 1-200', () => {
    it('the taxi is a cost; the mileage allowance is a transfer to the family, and even counted as a cost the breakthrough stays cheaper', () => {
      for (const seed of ALL_CODES) {
        const s = system(seed);
        const b = breakthrough(seed);
        const allowance = b.ledger.filter((e) => e.cause.id === 'kilometervergoeding-eigen-vervoer');
        expect(allowance.every((e) => e.kind === 'transfer' && e.to === 'huishouden' && e.from === 'gemeente-leerlingenvervoer')).toBe(
          true,
        );
        const kilometres = allowance.reduce((sum, e) => sum + e.amount, 0);
        expect(kilometres).toBe(24 * euro(107.41));
        expect(b.totals.societyCost + kilometres).toBeLessThan(s.totals.societyCost);
        expect(impact(s, 'gemeente-leerlingenvervoer')).toBeGreaterThan(4 * impact(b, 'gemeente-leerlingenvervoer'));
      }
    });

    it('selling keeps the debt-support budget within its €300 target; the breakthrough does not, so the own-budget player is tempted', () => {
      const target = scenario.ownBudget?.target ?? 0;
      expect(target).toBe(euro(300));
      expect(scenario.ownBudget?.payer).toBe('gemeente-schuldhulp');
      for (const seed of ALL_CODES) {
        expect(impact(system(seed), 'gemeente-schuldhulp')).toBeLessThanOrEqual(target);
        expect(impact(breakthrough(seed), 'gemeente-schuldhulp')).toBeGreaterThan(target);
      }
    });

    it('UWV and bijstand pay only in the system route, where Erik loses his job on almost every code', () => {
      const lost = ALL_CODES.filter((seed) => system(seed).final.flags.includes('baan-kwijt'));
      expect(lost.length).toBeGreaterThanOrEqual(190);
      for (const seed of ALL_CODES) {
        const b = breakthrough(seed);
        expect(b.final.flags).not.toContain('baan-kwijt');
        expect(impact(b, 'uwv')).toBe(0);
        expect(impact(b, 'gemeente-participatie')).toBe(0);
        expect(epilogueOf(scenario, b)?.id).toBe('auto-en-werk');
      }
    });
  });

  describe('what does not pay off', () => {
    it('the decoy: protective administration instead of budget management is free for debt support but costs society more and helps no more', () => {
      const withBewind: Route = [...without(scenario.routes.breakthrough, 'budgetbeheer'), start(0, 'beschermingsbewind')];
      for (const seed of CODES) {
        const b = breakthrough(seed);
        const d = play(withBewind, seed);
        expect(impact(d, 'gemeente-schuldhulp')).toBeLessThan(impact(b, 'gemeente-schuldhulp'));
        expect(impact(d, 'gemeente-participatie')).toBeGreaterThan(euro(901.45 + 20 * 206.51));
        expect(d.totals.societyCost).toBeGreaterThan(b.totals.societyCost);
        expect(d.zrmAfter).toBeLessThanOrEqual(b.zrmAfter);
      }
    });

    it('keeping the car without the MOT repair is worth little: it is taken off the road in October and the taxis come anyway', () => {
      const noRepair = without(scenario.routes.breakthrough, 'autoreparatie-uit-potje');
      for (const seed of CODES) {
        const r = play(noRepair, seed);
        expect(r.final.flags).toContain('auto-afgekeurd');
        expect(monthsOf(r, 'leerlingenvervoer-taxi')[0]).toBe(2);
        expect(r.totals.societyCost).toBeGreaterThan(breakthrough(seed).totals.societyCost);
      }
    });
  });

  describe('the dilemmas', () => {
    it('the late shift protects Erik’s job without a car, at €279 a month, and the repayment follows the income', () => {
      const late = [...scenario.routes.system, choose(1, 'winterrooster', 'late-dienst')];
      for (const seed of CODES) {
        const r = play(late, seed);
        expect(r.final.flags).not.toContain('baan-kwijt');
        expect(repayment(r)).toBe(euro(277.43));
      }
      const lateWithCar = [...scenario.routes.breakthrough, choose(1, 'winterrooster', 'late-dienst')];
      for (const seed of CODES) expect(repayment(play(lateWithCar, seed))).toBe(0);
    });

    it('the bike for Lotte ends her taxi after three months of training and pays for itself in the system route, on average over the codes', () => {
      const bike = [...scenario.routes.system, choose(3, 'fiets-lotte', 'fietstraining')];
      let withBike = 0;
      let withoutBike = 0;
      for (const seed of ALL_CODES) {
        const r = play(bike, seed);
        expect(r.events.some((e) => e.type === 'stopped' && e.id === 'leerlingenvervoer-taxi-lotte' && e.month === 6)).toBe(true);
        withBike += impact(r, 'gemeente-leerlingenvervoer');
        withoutBike += impact(system(seed), 'gemeente-leerlingenvervoer');
      }
      expect(withBike).toBeLessThan(withoutBike);
    });
  });
});
