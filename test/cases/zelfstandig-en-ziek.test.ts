import { describe, expect, it } from 'vitest';
import { caseOptionsFor, epilogueOf, referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * Self-employed mother with cancer (Eindhoven), built for one pooled neighbourhood
 * budget. The named rule is bbz-levensvatbaarheid: Bbz living costs for an
 * established self-employed person come only after thirteen weeks of viability
 * research, and during chemotherapy the answer is "not viable". The breakthrough
 * (one arrangement, Bbz without the test) and the bookkeeper are gemeente
 * breakthroughs: with a pooled budget they need no approval. Every claim is checked
 * over a range of session codes, never on one.
 */
const scenario = shipped('zelfstandig-en-ziek');
const granted = referenceOptionsFor('all');
const separate = caseOptionsFor('all');
const pooled = caseOptionsFor('pooled');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const ALL_CODES = Array.from({ length: 200 }, (_, i) => i + 1);
const play = (route: Route, seed: number, options = granted): CaseResult => runCase(scenario, route, seed, options);
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number, options = granted): CaseResult => play(scenario.routes.breakthrough, seed, options);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (month: number, point: string, option: string): Decision => ({ month, type: 'choose', point, option });
const without = (route: Route, intervention: string): Route =>
  route.filter((d) => !(d.type === 'start' && d.intervention === intervention));

const evicted = (r: CaseResult): boolean => r.final.flags.includes('ontruimd');
const owes = (r: CaseResult, debt: string): boolean => r.final.debts.some((d) => d.id === debt);
const incomeMonths = (r: CaseResult, causeId: string): number[] => [
  ...new Set(r.ledger.filter((e) => e.cause.id === causeId && e.to === 'huishouden').map((e) => e.month)),
];

describe('self-employed and ill (Eindhoven)', () => {
  it('says wijkbudget in its summary and facilitation, and names Eindhoven', () => {
    expect(scenario.text.summary.nl.toLowerCase()).toContain('wijkbudget');
    expect(scenario.text.facilitation?.nl.toLowerCase()).toContain('wijkbudget');
    expect(scenario.title.nl).toContain('Eindhoven');
  });

  describe('the rule bbz-levensvatbaarheid (Bbz 2004 art. 2-3; Stb. 2025, 220)', () => {
    it('leaves Ingrid without Bbz for the thirteen weeks of research, then closes the business as "not viable" and pays back to the application', () => {
      for (const seed of CODES) {
        const r = system(seed);
        const research = r.ledger.filter((e) => e.cause.id === 'bbz-aanvraag');
        expect(research.map((e) => e.month)).toEqual([1, 2, 3]);
        expect(research.every((e) => e.kind === 'cost' && e.from === 'gemeente-participatie' && e.amount === euro(274.68))).toBe(true);
        expect(r.events.filter((e) => e.type === 'rule' && e.id === 'bbz-levensvatbaarheid').map((e) => e.month)).toEqual([4]);
        expect(incomeMonths(r, 'bbz')[0]).toBe(5);
        expect(r.ledger.some((e) => e.month === 4 && e.kind === 'transfer' && e.amount === euro(3 * 1019.06))).toBe(true);
        expect(r.final.flags).toContain('zaak-gesloten');
      }
    });

    it('comes too late for the home: the landlord sues in month 0 and evicts in month 4, then the shelter runs until month 10, on every code', () => {
      for (const seed of ALL_CODES) {
        const r = system(seed);
        expect(r.events.find((e) => e.type === 'template' && e.detail === 'evicted')?.month).toBe(4);
        expect(r.totals.costsByPayer.woningcorporatie).toBeGreaterThanOrEqual(euro(7500));
        expect(r.totals.costsByPayer['gemeente-wmo']).toBe(euro(5 * 3000));
      }
    });

    it('is bent by the breakthrough: Bbz without the test, no "not viable", and the business runs again after treatment', () => {
      for (const seed of ALL_CODES) {
        const r = breakthrough(seed);
        expect(r.events.some((e) => e.type === 'rule' && e.id === 'bbz-levensvatbaarheid')).toBe(false);
        expect(r.final.flags).not.toContain('zaak-gesloten');
        expect(r.final.flags).toContain('weer-aan-het-werk');
        expect(evicted(r)).toBe(false);
        expect(epilogueOf(scenario, r)?.id).toBe('weer-aan-het-werk');
      }
    });

    it('closing the business first closes that door: no Bbz, ordinary bijstand after eight weeks, and the breakthrough is no longer there', () => {
      const closeFirst: Route = [choose(1, 'zaak-sluiten', 'nu-sluiten'), start(2, 'integrale-regeling')];
      for (const seed of CODES) {
        const r = play(closeFirst, seed);
        expect(r.ledger.some((e) => e.cause.id === 'bbz-aanvraag' || e.cause.id === 'bbz')).toBe(false);
        expect(r.events.some((e) => e.id === 'integrale-regeling')).toBe(false);
        expect(incomeMonths(r, 'bijstand')[0]).toBe(3);
        expect(evicted(r)).toBe(true);
      }
    });
  });

  describe('the pooled neighbourhood budget (Brede Geldstroom)', () => {
    it('starts both gemeente breakthroughs in month 0 without approval, so no summons comes at all', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed, pooled);
        for (const id of ['integrale-regeling', 'boekhouder-uit-wijkbudget']) {
          expect(r.events.find((e) => e.type === 'started' && e.id === id)?.month).toBe(0);
        }
        expect(r.events.some((e) => e.type === 'template' && e.detail === 'summons')).toBe(false);
        expect(r.totals.costsByPayer.woningcorporatie ?? 0).toBe(0);
      }
    });

    it('is worth something on the codes: with separate budgets refusals end in eviction on a quarter or more of the codes, pooled on none', () => {
      let separateCost = 0;
      let pooledCost = 0;
      const separateEvictions = ALL_CODES.filter((seed) => evicted(breakthrough(seed, separate))).length;
      for (const seed of ALL_CODES) {
        const p = breakthrough(seed, pooled);
        expect(evicted(p)).toBe(false);
        pooledCost += p.totals.societyCost;
        separateCost += breakthrough(seed, separate).totals.societyCost;
      }
      expect(separateEvictions).toBeGreaterThanOrEqual(50);
      expect(pooledCost).toBeLessThan(separateCost / 2);
    });

    it('files the returns within the six-week objection term, so the fines fall away even without a pro-forma objection', () => {
      const noObjection = without(scenario.routes.breakthrough, 'bezwaar-pro-forma');
      for (const seed of CODES) {
        expect(owes(play(noObjection, seed, pooled), 'verzuimboetes')).toBe(false);
        expect(owes(play(noObjection, seed), 'verzuimboetes')).toBe(true);
        expect(owes(breakthrough(seed), 'verzuimboetes')).toBe(false);
      }
    });
  });

  describe('costs and transfers', () => {
    it('the estimate, the reclaims and the write-offs move no resources: society pays the eviction, the shelter, the order and the placement', () => {
      for (const seed of ALL_CODES) {
        const s = system(seed);
        const b = breakthrough(seed);
        expect(owes(b, 'belasting-schatting')).toBe(false);
        expect(owes(s, 'belasting-schatting')).toBe(true);
        expect(b.ledger.filter((e) => e.cause.id === 'integrale-regeling').every((e) => e.kind === 'transfer')).toBe(true);
        expect(s.totals.costsByPayer['gemeente-jeugd'] ?? 0).toBeGreaterThan(euro(15000));
        expect(b.totals.costsByPayer['gemeente-jeugd']).toBe(euro(9 * 6 * 68.67));
        expect(b.totals.societyCost * 5).toBeLessThan(s.totals.societyCost);
      }
    });
  });

  describe('what does not pay off', () => {
    it('the decoy loan pays the arrears at once, yet the eviction only comes a month later, with €4,800 more debt', () => {
      for (const seed of CODES) {
        const r = play([start(0, 'persoonlijke-lening')], seed);
        expect(r.events.find((e) => e.type === 'template' && e.detail === 'evicted')?.month).toBe(5);
        expect(owes(r, 'lening')).toBe(true);
        expect(r.totals.societyCost).toBeGreaterThan(10 * breakthrough(seed).totals.societyCost);
      }
    });

    it('selling the equipment brings the creditors €1,200 and ends the business, so the breakthrough cannot be asked', () => {
      for (const seed of CODES) {
        const r = play([start(0, 'apparatuur-verkopen'), start(2, 'integrale-regeling')], seed);
        expect(r.ledger.some((e) => e.to === 'schuldeisers' && e.amount === euro(1200))).toBe(true);
        expect(r.events.some((e) => e.id === 'integrale-regeling')).toBe(false);
        expect(evicted(r)).toBe(true);
      }
    });

    it('the informal stay with the sister keeps the board away unless it came first; formal foster care costs youth care every month', () => {
      const informal = [choose(5, 'zus-biedt-aan', 'informeel')];
      const none = CODES.filter((seed) => {
        const r = play(informal, seed);
        const youth = r.totals.costsByPayer['gemeente-jeugd'] ?? 0;
        expect(youth).toBeLessThanOrEqual(system(seed).totals.costsByPayer['gemeente-jeugd'] ?? 0);
        expect(system(seed).ledger.some((e) => e.cause.id === 'pleegzorg-jesse' && e.amount === euro(783))).toBe(true);
        return youth === 0;
      });
      expect(none.length).toBeGreaterThan(CODES.length / 3);
    });
  });
});
