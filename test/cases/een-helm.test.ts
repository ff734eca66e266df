import { describe, expect, it } from 'vitest';
import { referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * One helmet (Zaanstad): four Wahv fines for a passenger without a helmet, a second
 * helmet for €50 from the neighbourhood budget, and the children's transport that
 * decides whether Nora keeps her internship. Every claim is checked over a range of
 * session codes, never on one.
 */
const scenario = shipped('een-helm');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const play = (route: Route, seed: number): CaseResult => runCase(scenario, route, seed, granted);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (month: number, point: string, option: string): Decision => ({ month, type: 'choose', point, option });
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);
const withoutHelmet = scenario.routes.breakthrough.filter((d) => !(d.type === 'start' && d.intervention === 'helm-uit-wijkbudget'));

const without = (route: Route, point: string): Decision[] => route.filter((d) => !(d.type === 'choose' && d.point === point));
const stepMonth = (r: CaseResult, template: string, detail: string): number | undefined =>
  r.events.find((e) => e.type === 'template' && e.id === template && e.detail === detail)?.month;
const booked = (r: CaseResult, cause: string, kind?: 'cost' | 'transfer'): number =>
  r.ledger.filter((e) => e.cause.id === cause && (kind === undefined || e.kind === kind)).reduce((s, e) => s + e.amount, 0);
const debt = (r: CaseResult, id: string): number => r.final.debts.find((d) => d.id === id)?.amount ?? 0;

describe('één helm (Zaanstad)', () => {
  it('is a twelve-month case in Zaanstad with three dilemmas on both reference routes', () => {
    expect(scenario.title.nl).toContain('Zaanstad');
    expect(scenario.months).toBe(12);
    for (const seed of CODES) {
      for (const r of [system(seed), breakthrough(seed)]) {
        const raised = r.events.filter((e) => e.type === 'decisionRequired').map((e) => [e.id, e.month]);
        expect(raised).toEqual([
          ['vijfde-boete', 0],
          ['wie-rijdt-mee', 1],
          ['leerplicht', 3],
        ]);
      }
    }
  });

  describe('the rule wahv-boete on the four helmet fines', () => {
    it('unpaid, €400 becomes €600 in December and €1,200 in February, and the dwangbevel in April costs the CJIB a bailiff', () => {
      for (const seed of CODES) {
        const r = system(seed);
        expect(stepMonth(r, 'cjib-helmboetes', 'first-reminder')).toBe(3);
        expect(stepMonth(r, 'cjib-helmboetes', 'second-reminder')).toBe(5);
        expect(stepMonth(r, 'cjib-helmboetes', 'dwangbevel')).toBe(7);
        const bailiff = r.ledger.filter((e) => e.cause.id === 'cjib-helmboetes' && e.kind === 'cost' && e.from === 'cjib');
        expect(bailiff.map((e) => e.amount)).toEqual([euro(136.71)]);
        expect(r.ledger.filter((e) => e.to === 'cjib').every((e) => e.kind === 'transfer')).toBe(true);
      }
    });

    it('a payment plan asked in week three (the fifth fine) stops every increase: nine terms of €44.45, no dwangbevel', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(stepMonth(r, 'cjib-helmboetes', 'payment-plan')).toBe(1);
        expect(stepMonth(r, 'cjib-helmboetes', 'first-reminder')).toBeUndefined();
        expect(r.final.flags).not.toContain('dwangbevel:helmboetes');
        const terms = r.ledger.filter((e) => e.cause.id === 'cjib-helmboetes' && e.to === 'cjib').map((e) => e.amount);
        expect(terms[0]).toBe(euro(44.45));
        expect(terms.reduce((s, t) => s + t, 0)).toBe(euro(400));
      }
    });

    it('asked in January the plan still prevents the dwangbevel, but the first increase stays: the family pays €200 more', () => {
      for (const seed of CODES) {
        const late = play([...without(withoutHelmet, 'vijfde-boete'), start(4, 'betalingsregeling-cjib')], seed);
        expect(stepMonth(late, 'cjib-helmboetes', 'first-reminder')).toBe(3);
        expect(stepMonth(late, 'cjib-helmboetes', 'payment-plan')).toBe(4);
        expect(late.final.flags).not.toContain('dwangbevel:helmboetes');
        const paid = late.ledger.filter((e) => e.cause.id === 'cjib-helmboetes' && e.to === 'cjib').reduce((s, e) => s + e.amount, 0);
        expect(paid + debt(late, 'helmboetes')).toBe(euro(600));
      }
    });
  });

  describe('the helmet: the breakthrough that pays off only in the first weeks', () => {
    it('without a second helmet nobody rides, Nora misses two months of internship and repeats the year, even with her travel card on the way', () => {
      for (const seed of CODES) {
        const r = play(withoutHelmet, seed);
        expect(r.final.flags).toContain('bpv-kwijt');
        expect(booked(r, 'studievertraging-nora', 'cost')).toBe(10 * euro(1721.36));
      }
    });

    it('with the helmet in September Nora rides legally until her travel card comes: internship kept, no new fine, and society saves more than €10,000 for €50', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        const other = play(withoutHelmet, seed);
        expect(r.final.flags).not.toContain('bpv-kwijt');
        expect(r.final.debts.some((d) => d.id === 'boete-6')).toBe(false);
        expect(booked(r, 'helm-uit-wijkbudget', 'cost')).toBe(euro(50));
        expect(other.totals.societyCost - r.totals.societyCost).toBeGreaterThan(euro(10000));
        // The neighbourhood budget is €50 cheaper without it: the silo's cheapest is not society's.
        expect((other.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0) + euro(50)).toBe(r.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0);
      }
    });

    it('bought in January it comes too late: the internship is already lost', () => {
      for (const seed of CODES) {
        const r = play([...withoutHelmet, start(4, 'helm-uit-wijkbudget')], seed);
        expect(r.final.flags).toContain('bpv-kwijt');
      }
    });

    it('riding along costs the employer an hour a day; without a helmet it also risks a new fine', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        const late = r.ledger.filter((e) => e.cause.id === 'te-laat-op-de-vroege-dienst');
        expect(late.map((e) => e.month)).toEqual([0, 1]);
        expect(late.every((e) => e.amount === euro(20 * 42.79) && e.from === 'werkgever' && e.kind === 'cost')).toBe(true);
      }
      const fined = CODES.filter((seed) => {
        const r = play([...without(withoutHelmet, 'wie-rijdt-mee'), choose(2, 'wie-rijdt-mee', 'nora')], seed);
        return r.events.some((e) => e.type === 'event' && e.id === 'politiecontrole');
      });
      expect(fined.length).toBeGreaterThan(CODES.length / 2);
    });
  });

  describe('the decoys', () => {
    it('beschermingsbewind also gets a payment plan, but costs €751.41 and €172.12 a month and leaves the children without transport', () => {
      for (const seed of CODES) {
        const r = play([start(0, 'beschermingsbewind')], seed);
        expect(stepMonth(r, 'cjib-helmboetes', 'payment-plan')).toBe(1);
        expect(booked(r, 'beschermingsbewind', 'cost')).toBe(euro(751.41) + 11 * euro(172.12));
        expect(r.final.flags).toContain('bpv-kwijt');
        expect(r.totals.societyCost).toBeGreaterThan(breakthrough(seed).totals.societyCost + euro(10000));
      }
    });

    it('school transport for Ilyas is refused: a regular secondary pupil qualifies only with a disability, so the absence goes on', () => {
      for (const seed of CODES) {
        const r = play([start(0, 'leerlingenvervoer-aanvragen')], seed);
        expect(r.ledger.some((e) => e.cause.id === 'leerlingenvervoer-aanvragen')).toBe(false);
        expect(r.final.flags).toContain('leerlingenvervoer-afgewezen');
        expect(r.final.flags).toContain('verzuimmelding-ilyas');
      }
    });
  });

  it('the surcharge for travelling without a ticket is a civil claim: fixed collection costs of €15, never a 50% increase', () => {
    let seen = 0;
    for (const seed of CODES) {
      const r = system(seed);
      if (!r.events.some((e) => e.type === 'event' && e.id === 'ov-zonder-kaartje')) continue;
      seen += 1;
      expect(stepMonth(r, 'ov-toeslag-nora', 'collection-costs')).toBeDefined();
      expect(debt(r, 'ov-toeslag')).toBe(euro(50 + 15));
      expect(r.events.some((e) => e.id === 'ov-toeslag-nora' && e.detail === 'first-reminder')).toBe(false);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('the lesson: the breakthrough costs society at least €10,000 less than the system route and leaves the family better off, on every code', () => {
    for (const seed of CODES) {
      const s = system(seed);
      const b = breakthrough(seed);
      expect(s.totals.societyCost - b.totals.societyCost).toBeGreaterThan(euro(10000));
      expect(b.zrmAfter).toBeGreaterThan(s.zrmAfter);
    }
  });
});
