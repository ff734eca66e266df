import { describe, expect, it } from 'vitest';
import { epilogueOf, referenceOptionsFor, runCase, type CaseResult, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * "Self-reliant" and homeless in Utrecht: no address means no bijstand (the named
 * rule geen-adres-geen-bijstand), the Wmo refuses shelter while Marco has the garage
 * box and must take him in once he is on the street (zelfredzaam-tot-de-straat), a
 * debt settlement waits for a fixed place to live, and a lease that flips after a
 * year. Every claim is checked over a range of session codes, never on one.
 */
const scenario = shipped('zelfredzaam-en-dakloos');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const ALL_CODES = Array.from({ length: 200 }, (_, i) => i + 1);
const play = (route: Route, seed: number): CaseResult => runCase(scenario, route, seed, granted);
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);

const paidBy = (r: CaseResult, causeId: string, from: string): number =>
  r.ledger.filter((e) => e.cause.id === causeId && e.from === from).reduce((s, e) => s + e.amount, 0);
const firstMonth = (r: CaseResult, causeId: string): number | undefined => r.ledger.find((e) => e.cause.id === causeId)?.month;
const happened = (r: CaseResult, id: string): number | undefined => r.events.find((e) => e.id === id && e.type === 'event')?.month;

describe('"zelfredzaam" en dakloos (Utrecht)', () => {
  it('is set in Utrecht, a City Deal city', () => {
    expect(scenario.title.nl).toContain('Utrecht');
  });

  describe('the rule geen-adres-geen-bijstand', () => {
    it('pays no bijstand and no care allowance before Marco has an address, and both once he has one', () => {
      for (const seed of CODES) {
        for (const r of [system(seed), breakthrough(seed)]) {
          const addressed = r.events.find((e) => e.type === 'rule' && e.id === 'geen-adres-geen-bijstand')?.month;
          expect(addressed).toBeDefined();
          expect(firstMonth(r, 'bijstand')).toBe((addressed ?? 0) + 1);
          expect(firstMonth(r, 'zorgtoeslag')).toBe((addressed ?? 0) + 1);
          expect(r.ledger.filter((e) => e.cause.id === 'bijstand').every((e) => e.kind === 'transfer')).toBe(true);
        }
      }
    });

    it('with a postal address in the first week the bijstand starts in the second month', () => {
      for (const seed of CODES) expect(firstMonth(breakthrough(seed), 'bijstand')).toBe(1);
    });
  });

  describe('the rule zelfredzaam-tot-de-straat (Wmo 2015 eigen-kracht-criterium, CRvB 2016)', () => {
    it('books no shelter while Marco still has his garage box, and starts the 24-hour shelter the month after enforcement puts him out', () => {
      for (const seed of CODES) {
        const r = system(seed);
        const evicted = happened(r, 'handhaving-garagebox');
        expect(evicted).toBeDefined();
        const started = r.events.find((e) => e.type === 'started' && e.id === 'maatschappelijke-opvang')?.month;
        expect(started).toBe((evicted ?? 0) + 1);
        expect(r.ledger.filter((e) => e.cause.id === 'maatschappelijke-opvang' && e.month <= (evicted ?? 0))).toEqual([]);
      }
    });

    it('so the system route still ends in months of shelter at €100 a night, on every code 1-200', () => {
      for (const seed of ALL_CODES) {
        const r = system(seed);
        expect(paidBy(r, 'maatschappelijke-opvang', 'gemeente-wmo')).toBeGreaterThanOrEqual(euro(8 * 3000));
        expect(epilogueOf(scenario, r)?.id).toBe('opvang');
      }
    });
  });

  describe('the breakthrough: renting under conditions', () => {
    it('the gemeente takes over the €6,000 old rent debt once, as a transfer to the corporation, and pays no shelter night', () => {
      for (const seed of ALL_CODES) {
        const r = breakthrough(seed);
        const takeOver = r.ledger.filter((e) => e.to === 'woningcorporatie' && e.from === 'gemeente-schuldhulp');
        expect(takeOver.map((e) => [e.amount, e.kind])).toEqual([[euro(6000), 'transfer']]);
        expect(paidBy(r, 'maatschappelijke-opvang', 'gemeente-wmo')).toBe(0);
      }
    });

    it('the lease flips to Marco after twelve months without arrears, and then he gets rent allowance', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        const flipped = r.events.find((e) => e.type === 'rule' && e.id === 'huurcontract-klapt-om')?.month;
        expect(flipped).toBe(14);
        expect(firstMonth(r, 'huurtoeslag')).toBe(15);
        expect(epilogueOf(scenario, r)?.id).toBe('eigen-contract');
      }
    });

    it('the eviction rules stay silent: the rent is paid every month', () => {
      for (const seed of ALL_CODES) {
        expect(breakthrough(seed).events.some((e) => e.type === 'template' && e.id === 'huur-studio')).toBe(false);
      }
    });
  });

  describe('the debt settlement waits for a fixed place to live', () => {
    it('debt help in the shelter brings no saneringskrediet; in the studio it does, and the creditors get €1,350 at once', () => {
      for (const seed of CODES) {
        const s = system(seed);
        const b = breakthrough(seed);
        expect(s.final.flags).toContain('schuldhulp');
        expect(s.final.flags).not.toContain('sanering');
        expect(s.final.debts.some((d) => d.id === 'overige')).toBe(true);
        expect(b.final.flags).toContain('sanering');
        expect(b.ledger.some((e) => e.cause.id === 'saneringskrediet' && e.to === 'schuldeisers' && e.amount === euro(1350))).toBe(true);
        expect(b.final.debts.some((d) => d.id === 'overige' || d.id === 'energie-oud' || d.id === 'zorgpremie-oud')).toBe(false);
      }
    });
  });

  describe('the decoy: Kees’s sofa', () => {
    const registered: Route = [
      ...scenario.routes.system,
      { month: 1, type: 'choose', point: 'bank-bij-kees', option: 'inschrijven-bij-kees' },
    ];
    const unregistered: Route = [...scenario.routes.system, { month: 1, type: 'choose', point: 'bank-bij-kees', option: 'zwart-bij-kees' }];

    const moved = (r: CaseResult): boolean =>
      r.events.some((e) => e.type === 'chosen' && e.id === 'bank-bij-kees' && e.detail !== 'niet-bij-kees');

    it('registered there, the kostendelersnorm cuts Kees’s bijstand by €391.16 and Marco’s to €977.90 too', () => {
      const results = CODES.map((seed) => play(registered, seed)).filter(moved);
      expect(results.length).toBeGreaterThan(20);
      for (const r of results) {
        const kees = r.ledger.find((e) => e.cause.id === 'bijstand-kees' && e.month === 1);
        expect(kees?.amount).toBe(euro(977.9));
        expect(euro(1369.06) - (kees?.amount ?? 0)).toBe(euro(391.16));
        const stillThere = happened(r, 'bank-bij-kees-eindigt') ?? 99;
        if (stillThere > 2) expect(r.ledger.find((e) => e.cause.id === 'bijstand' && e.month === 2)?.amount).toBe(euro(977.9));
      }
    });

    it('unregistered, the benefits stay whole until a check finds out, and then both are recovered with a fine', () => {
      const results = ALL_CODES.map((seed) => play(unregistered, seed)).filter(moved);
      const found = results.filter((r) => happened(r, 'woonfraude-ontdekt') !== undefined);
      expect(found.length).toBeGreaterThan(20);
      for (const r of found) expect(r.final.debts.some((d) => d.id === 'terugvordering')).toBe(true);
      for (const r of results) expect(r.ledger.find((e) => e.cause.id === 'bijstand-kees' && e.month === 1)?.amount).toBe(euro(1369.06));
    });

    it('is cheapest for the gemeente’s bijstand but leaves Marco less self-reliant than the studio, on every code', () => {
      for (const seed of CODES) {
        const sofa = play(registered, seed);
        if (!moved(sofa)) continue;
        const studio = breakthrough(seed);
        expect(sofa.totals.budgetImpactByPayer['gemeente-participatie'] ?? 0).toBeLessThan(
          studio.totals.budgetImpactByPayer['gemeente-participatie'] ?? 0,
        );
        expect(sofa.zrmAfter).toBeLessThan(studio.zrmAfter);
      }
    });
  });

  describe('the decoy: beschermd wonen', () => {
    const sheltered: Route = scenario.routes.breakthrough.map((d) =>
      d.type === 'start' && d.intervention === 'huren-onder-voorwaarden' ? { ...d, intervention: 'beschermd-wonen' } : d,
    );

    it('gives a roof with care Marco does not need, at almost the price of the shelter, and no lease of his own', () => {
      for (const seed of CODES) {
        const bw = play(sheltered, seed);
        const studio = breakthrough(seed);
        expect(bw.final.flags).toContain('beschermd-wonen');
        expect(bw.totals.societyCost).toBeGreaterThan(studio.totals.societyCost + euro(20000));
        expect(bw.zrmAfter).toBeLessThan(studio.zrmAfter);
        expect(bw.final.flags).not.toContain('sanering');
      }
    });
  });

  describe('the postal address pays off only early', () => {
    it('in the first week the new €84 fine is paid before any increase; three months later it has already risen', () => {
      for (const seed of CODES) {
        const early = breakthrough(seed);
        const late = system(seed);
        expect(early.events.some((e) => e.type === 'template' && e.id === 'fietsboete' && e.detail === 'first-reminder')).toBe(false);
        expect(late.events.some((e) => e.type === 'template' && e.id === 'fietsboete' && e.detail === 'first-reminder')).toBe(true);
      }
    });
  });

  describe('the objection against "zelfredzaam"', () => {
    const objection: Route = [{ month: 1, type: 'choose', point: 'dag-een', option: 'bezwaar-maken' }];

    it('wins shelter on about two codes in five, as in the court cases of 2025 (41%)', () => {
      const won = ALL_CODES.filter((seed) => happened(play(objection, seed), 'bezwaar-gegrond') !== undefined).length;
      expect(won / ALL_CODES.length).toBeGreaterThan(0.28);
      expect(won / ALL_CODES.length).toBeLessThan(0.55);
    });
  });

  describe('the lesson', () => {
    it('the studio costs society and the Wmo far less than a year of shelter and takes Marco further, on codes 1-200', () => {
      for (const seed of ALL_CODES) {
        const s = system(seed);
        const b = breakthrough(seed);
        expect(b.totals.societyCost * 2).toBeLessThan(s.totals.societyCost);
        expect((b.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0) * 2).toBeLessThan(s.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0);
        expect(b.zrmAfter - s.zrmAfter).toBeGreaterThan(0.4);
      }
    });

    it('housing goes from 1 to 4 and finances from 1 to 3 in the breakthrough route', () => {
      for (const seed of CODES) {
        const marco = breakthrough(seed).final.members.find((m) => m.id === 'marco');
        expect(marco?.zrm.huisvesting).toBe(4);
        expect(marco?.zrm.financien).toBe(3);
      }
    });
  });
});
