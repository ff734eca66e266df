import { describe, expect, it } from 'vitest';
import { epilogueOf, referenceOptionsFor, runCase, type CaseResult, type Route } from '../../src/core';
import { euro, shipped } from '../helpers';

/**
 * The care leaver in Leeuwarden: the shelter as the standard route (the named rule
 * naar-de-opvang), the zoektermijn, a Wahv fine that grows without post, and the
 * eviction rules that guard the room. Every claim is checked over a range of
 * session codes, never on one.
 */
const scenario = shipped('van-de-bank-naar-een-kamer');
const granted = referenceOptionsFor('all');
const CODES = Array.from({ length: 60 }, (_, i) => i + 1);
const play = (route: Route, seed: number): CaseResult => runCase(scenario, route, seed, granted);
const system = (seed: number): CaseResult => play(scenario.routes.system, seed);
const breakthrough = (seed: number): CaseResult => play(scenario.routes.breakthrough, seed);

const paid = (r: CaseResult, causeId: string, from?: string): number =>
  r.ledger.filter((e) => e.cause.id === causeId && (from === undefined || e.from === from)).reduce((s, e) => s + e.amount, 0);
const monthsOf = (r: CaseResult, causeId: string): number[] => [
  ...new Set(r.ledger.filter((e) => e.cause.id === causeId).map((e) => e.month)),
];
const bijstandIn = (r: CaseResult, months: readonly number[]): number =>
  r.ledger.filter((e) => e.cause.id === 'bijstand' && months.includes(e.month)).reduce((s, e) => s + e.amount, 0);

describe('van de bank naar een kamer (Leeuwarden)', () => {
  it('names a City Deal city and keeps the Hague shelter price only as a cited source', () => {
    expect(scenario.title.nl).toContain('Leeuwarden');
    expect(scenario.text.facilitation?.nl).toContain('Den Haag');
    const shelter = scenario.index.interventions.get('maatschappelijke-opvang');
    expect(shelter?.price).toBe(euro(100));
  });

  describe('the rule naar-de-opvang (Wmo 2015: the shelter is the standard route)', () => {
    it('takes homeless Sanne into the shelter at once, and the Wmo pays 30 nights of €100 a month less her €6.50 a day', () => {
      for (const seed of CODES) {
        const r = system(seed);
        expect(r.events.some((e) => e.type === 'rule' && e.id === 'naar-de-opvang' && e.month === 0)).toBe(true);
        for (const month of monthsOf(r, 'maatschappelijke-opvang')) {
          const wmo = r.ledger.filter((e) => e.month === month && e.cause.id === 'maatschappelijke-opvang');
          expect(wmo.find((e) => e.kind === 'cost')?.amount).toBe(euro(3000));
          expect(wmo.find((e) => e.kind === 'transfer' && e.from === 'huishouden')?.amount).toBe(euro(195));
        }
      }
    });

    it('keeps her there until the move-on room comes after nine months, so the Wmo pays at least eight months of shelter', () => {
      for (const seed of CODES) {
        const r = system(seed);
        expect(paid(r, 'maatschappelijke-opvang', 'gemeente-wmo')).toBeGreaterThanOrEqual(euro(8 * 3000));
        expect(r.final.flags).toContain('kamer');
      }
    });

    it('ends the shelter the month the room from the breakthrough budget starts, so the Wmo pays no shelter night', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(paid(r, 'maatschappelijke-opvang', 'gemeente-wmo')).toBe(0);
        expect(
          r.ledger.some((e) => e.cause.id === 'kamer-via-doorbraakbudget' && e.to === 'woningcorporatie' && e.amount === euro(900)),
        ).toBe(true);
        expect(r.ledger.find((e) => e.cause.id === 'kamer-via-doorbraakbudget')?.kind).toBe('transfer');
      }
    });
  });

  describe('the zoektermijn (Participatiewet art. 41 lid 4)', () => {
    it('without the exemption the bijstand comes later and less of it in the first three months', () => {
      for (const seed of CODES.slice(0, 20)) {
        const without = system(seed);
        const withExemption = breakthrough(seed);
        expect(bijstandIn(without, [0, 1, 2])).toBeLessThan(bijstandIn(withExemption, [0, 1, 2]));
        expect(bijstandIn(withExemption, [0])).toBe(euro(1369.06));
        expect(bijstandIn(without, [0])).toBe(0);
      }
    });
  });

  describe('the Wahv fine without post', () => {
    it('grows from €179 to three times as much and ends in a dwangbevel when the post stays unopened', () => {
      for (const seed of CODES) {
        const r = system(seed);
        const increases = r.events.filter((e) => e.type === 'template' && e.id === 'fietsboete').map((e) => `${e.month}:${e.detail}`);
        expect(increases).toEqual(expect.arrayContaining(['1:first-reminder', '3:second-reminder', '5:dwangbevel']));
        expect(r.final.flags).toContain('dwangbevel:boete');
        expect(r.final.debts.find((d) => d.id === 'boete')?.amount).toBeGreaterThanOrEqual(euro(537));
        expect(r.events.some((e) => e.type === 'rule' && e.id === 'dwangbevel-boete')).toBe(true);
      }
    });

    it('stops rising when Sanne asks the CJIB for a payment plan instead', () => {
      const plan: Route = scenario.routes.breakthrough.map((d) =>
        d.type === 'choose' && d.point === 'stapel-post' ? { ...d, option: 'betalingsregeling' } : d,
      );
      for (const seed of CODES.slice(0, 20)) {
        const r = play(plan, seed);
        expect(r.final.flags).not.toContain('dwangbevel:boete');
        expect(r.ledger.filter((e) => e.to === 'cjib').reduce((s, e) => s + e.amount, 0)).toBeLessThan(euro(537));
      }
    });

    it('costs €179 and nothing more when the pile is opened the month the first reminder is due', () => {
      for (const seed of CODES) {
        const r = breakthrough(seed);
        expect(r.final.debts.some((d) => d.id === 'boete')).toBe(false);
        expect(r.ledger.filter((e) => e.to === 'cjib').reduce((s, e) => s + e.amount, 0)).toBe(euro(179));
        expect(r.final.flags).not.toContain('dwangbevel:boete');
      }
    });
  });

  describe('the eviction rules guard the room', () => {
    const roomAlone: Route = [
      { month: 0, type: 'start', intervention: 'briefadres' },
      { month: 0, type: 'start', intervention: 'zoektermijn-vrijstelling' },
      { month: 0, type: 'start', intervention: 'kamer-via-doorbraakbudget' },
    ];
    const rentSteps = (r: CaseResult): string[] =>
      r.events.filter((e) => e.type === 'template' && e.id === 'huur-kamer').map((e) => e.detail ?? '');

    it('stay silent on the breakthrough route: with a support worker the post is answered and the rent is paid, on codes 1-200', () => {
      for (let seed = 1; seed <= 200; seed += 1) expect(rentSteps(breakthrough(seed))).toEqual([]);
    });

    it('send reminders and an aanmaning on some codes when Sanne has the room alone and a letter goes unanswered', () => {
      const results = Array.from({ length: 200 }, (_, i) => play(roomAlone, i + 1));
      const warned = results.filter((r) => rentSteps(r).includes('aanmaning'));
      expect(warned.length).toBeGreaterThan(20);
      for (const r of warned) expect(r.events.some((e) => e.type === 'event' && e.id === 'uitkering-opgeschort')).toBe(true);
    });
  });

  describe('the decoy: beschermd wonen', () => {
    const sheltered: Route = scenario.routes.breakthrough
      .map((d) => (d.type === 'start' && d.intervention === 'kamer-via-doorbraakbudget' ? { ...d, intervention: 'beschermd-wonen' } : d))
      .filter((d) => !(d.type === 'start' && d.intervention === 're-integratie'));

    it('looks like a home with support, but costs society far more than the room and leaves Sanne less self-reliant, on every code', () => {
      for (const seed of CODES) {
        const bw = play(sheltered, seed);
        const room = breakthrough(seed);
        expect(bw.final.flags).toContain('beschermd-wonen');
        expect(bw.totals.societyCost).toBeGreaterThan(room.totals.societyCost + euro(20000));
        expect(bw.zrmAfter).toBeLessThan(room.zrmAfter);
      }
    });

    it('is hardly cheaper for the Wmo than the shelter: it only swaps one daily price for another', () => {
      for (const seed of CODES.slice(0, 20)) {
        const bw = play(sheltered, seed);
        const wmo = bw.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0;
        const shelter = system(seed).totals.budgetImpactByPayer['gemeente-wmo'] ?? 0;
        expect(wmo).toBeGreaterThan(shelter * 0.8);
      }
    });
  });

  describe('the lesson', () => {
    it('the room costs the Wmo and society less than the shelter and brings Sanne further, on codes 1-200', () => {
      for (let seed = 1; seed <= 200; seed += 1) {
        const s = system(seed);
        const b = breakthrough(seed);
        expect(b.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0).toBeLessThan((s.totals.budgetImpactByPayer['gemeente-wmo'] ?? 0) / 2);
        expect(b.totals.societyCost).toBeLessThan(s.totals.societyCost - euro(10000));
        expect(b.zrmAfter - s.zrmAfter).toBeGreaterThan(0.5);
      }
    });

    it('the bijstand is a transfer in both routes, never a cost to society', () => {
      for (const seed of CODES.slice(0, 10)) {
        for (const r of [system(seed), breakthrough(seed)]) {
          expect(r.ledger.filter((e) => e.cause.id === 'bijstand').every((e) => e.kind === 'transfer')).toBe(true);
        }
      }
    });

    it('tells the ending that fits: a room of her own with school ahead in the breakthrough route', () => {
      for (const seed of CODES) expect(epilogueOf(scenario, breakthrough(seed))?.id).toBe('eigen-kamer');
    });
  });
});
