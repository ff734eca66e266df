import { describe, expect, it } from 'vitest';
import { caseOptionsFor, epilogueOf, referenceOptionsFor, runCase, type CaseResult, type Decision, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * Debt and mental-health deadlock (Leeuwarden). The mechanism is a mutual block of
 * two named rules: schuldhulp-wacht-op-ggz (the file is closed while Marieke is not
 * in treatment) and ggz-wacht-op-rust (treatment is put off while her finances are
 * not calm). Only the breakthrough, admission without the stability condition with a
 * broad moratorium, breaks it. Every claim is checked over a range of session codes.
 */
const scenario = shipped('wachten-op-elkaar');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const ALL_CODES = Array.from({ length: 200 }, (_, i) => i + 1);
const play = (route: Route, seed: number, options = granted): CaseResult => runCase(scenario, route, seed, options);
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);
const start = (month: number, intervention: string): Decision => ({ month, type: 'start', intervention });
const choose = (month: number, point: string, option: string): Decision => ({ month, type: 'choose', point, option });
const BREAKTHROUGH = 'schuldhulp-zonder-stabiliteitseis';

const ruleMonths = (r: CaseResult, id: string): number[] => r.events.filter((e) => e.type === 'rule' && e.id === id).map((e) => e.month);
const paidBy = (r: CaseResult, causeId: string): number => r.ledger.filter((e) => e.cause.id === causeId).reduce((s, e) => s + e.amount, 0);
const impact = (r: CaseResult, payer: keyof CaseResult['totals']['budgetImpactByPayer']): number =>
  r.totals.budgetImpactByPayer[payer] ?? 0;
const treated = (r: CaseResult): boolean => r.final.flags.includes('ggz-in-behandeling');
const evicted = (r: CaseResult): boolean => r.final.flags.includes('ontruimd');

describe('waiting for each other (Leeuwarden)', () => {
  describe('the mutual block: schuldhulp-wacht-op-ggz and ggz-wacht-op-rust', () => {
    it('closes the debt-support file in the first month of sessions and puts off the treatment at intake, on every code', () => {
      for (const seed of CODES) {
        const r = system(seed);
        expect(ruleMonths(r, 'schuldhulp-wacht-op-ggz')).toEqual([1]);
        expect(ruleMonths(r, 'ggz-wacht-op-rust')).toEqual([7]);
        expect(paidBy(r, 'schuldhulpverlening')).toBe(2 * euro(136.27));
        expect(paidBy(r, 'ggz-specialistisch')).toBe(3 * euro(143.78));
        expect(treated(r)).toBe(false);
        expect(epilogueOf(scenario, r)?.id).not.toBe('rust-en-behandeling');
      }
    });

    it('holds against a complete file and a second application: the papers do not open it, only the condition does', () => {
      const persistent: Route = [
        ...scenario.routes.system,
        choose(1, 'dertig-documenten', 'samen-invullen'),
        start(3, 'schuldhulpverlening'),
        start(6, 'schuldhulpverlening'),
      ];
      for (const seed of CODES) {
        const r = play(persistent, seed);
        expect(ruleMonths(r, 'schuldhulp-wacht-op-ggz')).toEqual([1, 4, 7]);
        expect(r.final.flags).not.toContain('financien-stabiel');
        expect(treated(r)).toBe(false);
        expect(r.ledger.some((e) => e.cause.id === 'saneringskrediet')).toBe(false);
      }
    });

    it('breaks when the gemeente admits Marieke without the condition: the moratorium brings calm and treatment starts at month 7', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(ruleMonths(r, 'schuldhulp-wacht-op-ggz')).toEqual([]);
        expect(ruleMonths(r, 'ggz-wacht-op-rust')).toEqual([]);
        expect(ruleMonths(r, 'rust-in-financien')).toEqual([1]);
        expect(r.ledger.filter((e) => e.cause.id === 'ggz-specialistisch').map((e) => e.month)).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15]);
        expect(epilogueOf(scenario, r)?.id).toBe('rust-en-behandeling');
      }
    });

    it('holds until the breakthrough breaks it: asked by month 6 it still opens treatment and keeps the home; asked at month 9 it is too late', () => {
      for (const seed of CODES) {
        for (const month of [3, 6]) {
          const r = play([...scenario.routes.system, start(month, BREAKTHROUGH)], seed);
          expect(Math.max(...ruleMonths(r, 'schuldhulp-wacht-op-ggz'))).toBeLessThan(month + 1);
          expect(treated(r)).toBe(true);
          expect(evicted(r)).toBe(false);
        }
        const late = play([...scenario.routes.system, start(9, BREAKTHROUGH)], seed);
        expect(treated(late)).toBe(false);
        expect(evicted(late)).toBe(true);
      }
    });

    it('needs approval in the separate budgets (refused on some codes) and none with a pooled neighbourhood budget', () => {
      const refused = ALL_CODES.filter((seed) =>
        play(scenario.routes.breakthrough, seed, caseOptionsFor('all')).events.some((e) => e.type === 'refused' && e.id === BREAKTHROUGH),
      );
      expect(refused.length).toBeGreaterThan(20);
      expect(refused.length).toBeLessThan(70);
      for (const seed of CODES) {
        const r = play(scenario.routes.breakthrough, seed, caseOptionsFor('pooled'));
        expect(r.events.find((e) => e.type === 'started' && e.id === BREAKTHROUGH)?.month).toBe(0);
      }
    });
  });

  describe('the lesson, on every code 1-200', () => {
    it('waiting costs the corporation, the shelter, youth protection and foster care; the breakthrough costs debt support more', () => {
      const target = scenario.ownBudget?.target ?? 0;
      expect(target).toBe(euro(1000));
      for (const seed of ALL_CODES) {
        const s = system(seed);
        const b = breakthrough(seed);
        expect(evicted(s)).toBe(true);
        expect(evicted(b)).toBe(false);
        expect(s.totals.costsByPayer.woningcorporatie).toBeGreaterThanOrEqual(euro(7500));
        expect(s.totals.costsByPayer['gemeente-wmo']).toBeGreaterThanOrEqual(euro(15000));
        expect(b.totals.costsByPayer.woningcorporatie ?? 0).toBe(0);
        expect(impact(s, 'gemeente-schuldhulp')).toBeLessThanOrEqual(target);
        expect(impact(b, 'gemeente-schuldhulp')).toBeGreaterThan(target);
        expect(b.totals.societyCost).toBeLessThan(s.totals.societyCost);
      }
      const placed = ALL_CODES.filter((seed) => system(seed).ledger.some((e) => e.cause.id === 'pleegzorg-sem'));
      expect(placed.length).toBeGreaterThan(180);
    });

    it('the loan and the write-off only move money: the creditors get €1,350 at once, the rest of the debt is gone without a cost', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        const loan = r.ledger.filter((e) => e.cause.id === 'saneringskrediet');
        expect(loan.filter((e) => e.to === 'schuldeisers')).toEqual([
          expect.objectContaining({ month: 3, kind: 'transfer', from: 'gemeente-schuldhulp', amount: euro(1350) }),
        ]);
        expect(loan.every((e) => e.kind === 'transfer')).toBe(true);
        expect(r.final.debts.map((d) => d.id)).toEqual(['krediet']);
        expect(r.final.bills.find((b) => b.id === 'cak-premie')?.active).toBe(false);
      }
    });
  });

  describe('what does not pay off, or only early', () => {
    it('answering the corporation’s signal keeps the home only before the summons; after it the plan is gone', () => {
      for (const seed of CODES) {
        const early = play([...scenario.routes.system, start(0, 'huurregeling-corporatie')], seed);
        expect(evicted(early)).toBe(false);
        expect(early.ledger.some((e) => e.cause.id === 'huurachterstand')).toBe(false);
        const late = play([...scenario.routes.system, start(6, 'huurregeling-corporatie')], seed);
        expect(late.events.some((e) => e.type === 'started' && e.id === 'huurregeling-corporatie')).toBe(false);
        expect(evicted(late)).toBe(true);
      }
    });

    it('the decoy: protective administration protects the rent at Participatie’s cost, but opens neither door; a free payment plan does as much', () => {
      const bewind = [...scenario.routes.system, start(0, 'beschermingsbewind')];
      const plan = [...scenario.routes.system, start(0, 'huurregeling-corporatie')];
      for (const seed of CODES) {
        const d = play(bewind, seed);
        const p = play(plan, seed);
        const b = breakthrough(seed);
        expect(evicted(d)).toBe(false);
        expect(treated(d)).toBe(false);
        expect(impact(d, 'gemeente-participatie') - impact(b, 'gemeente-participatie')).toBeGreaterThan(euro(751.41 + 16 * 172.12));
        expect(d.totals.societyCost).toBeGreaterThan(p.totals.societyCost);
        expect(d.zrmAfter).toBeLessThanOrEqual(p.zrmAfter);
        expect(d.zrmAfter).toBeLessThan(b.zrmAfter);
      }
    });

    it('a formal report against Marieke’s wishes makes her stop all help on some codes', () => {
      const dropped = ALL_CODES.filter((seed) => system(seed).events.some((e) => e.type === 'event' && e.id === 'marieke-haakt-af'));
      expect(dropped.length).toBeGreaterThan(40);
      for (const seed of ALL_CODES) expect(breakthrough(seed).events.some((e) => e.id === 'marieke-haakt-af')).toBe(false);
    });
  });
});
