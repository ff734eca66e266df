import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAYERS, ZRM_DOMAINS, runCase, type PayerId } from '../../src/core';
import { routeArb } from '../arbitraries';
import { fixture, shipped } from '../helpers';

const scenarios = [
  shipped('eerste-huisbezoek'),
  shipped('auto-of-leerlingenvervoer'),
  shipped('van-de-bank-naar-een-kamer'),
  fixture('eviction-after-arrears'),
  fixture('car-sold-in-debt-arrangement'),
];
const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe.each(scenarios.map((s) => [s.id, s] as const))('ledger properties of %s', (_id, scenario) => {
  it("society's cost is the sum of the costs, and every payer's budget impact is its costs plus net transfers", () => {
    fc.assert(
      fc.property(routeArb(scenario), seed, (route, s) => {
        const { totals, ledger } = runCase(scenario, route, s);
        const costSum = ledger.filter((e) => e.kind === 'cost').reduce((sum, e) => sum + e.amount, 0);
        expect(totals.societyCost).toBe(costSum);
        expect(Object.values(totals.costsByPayer).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(costSum);
        expect(Object.values(totals.costsByGroup).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(costSum);
        for (const payer of Object.keys(PAYERS) as PayerId[]) {
          expect(totals.budgetImpactByPayer[payer] ?? 0).toBe((totals.costsByPayer[payer] ?? 0) + (totals.transfersByPayer[payer] ?? 0));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('transfers sum to zero across all parties', () => {
    fc.assert(
      fc.property(routeArb(scenario), seed, (route, s) => {
        const { totals } = runCase(scenario, route, s);
        expect(Object.values(totals.transfersByPayer).reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('books only positive whole cents', () => {
    fc.assert(
      fc.property(routeArb(scenario), seed, (route, s) => {
        for (const entry of runCase(scenario, route, s).ledger) {
          expect(Number.isSafeInteger(entry.amount)).toBe(true);
          expect(entry.amount).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives the same ledger for the same scenario, seed and decisions', () => {
    fc.assert(
      fc.property(routeArb(scenario), seed, (route, s) => {
        expect(JSON.stringify(runCase(scenario, route, s).ledger)).toBe(JSON.stringify(runCase(scenario, route, s).ledger));
      }),
      { numRuns: 40 },
    );
  });

  it('keeps every ZRM score within 1-5', () => {
    fc.assert(
      fc.property(routeArb(scenario), seed, (route, s) => {
        for (const member of runCase(scenario, route, s).final.members) {
          for (const domain of ZRM_DOMAINS) {
            const score = member.zrm[domain];
            if (score !== undefined) expect(score >= 1 && score <= 5 && Number.isInteger(score)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('leaves every month before k identical when the decision in month k changes', () => {
    fc.assert(
      fc.property(
        routeArb(scenario),
        routeArb(scenario, 3),
        fc.integer({ min: 0, max: scenario.months - 1 }),
        seed,
        (route, other, k, s) => {
          const prefix = route.filter((d) => d.month < k);
          const a = runCase(scenario, [...prefix, ...route.filter((d) => d.month >= k)], s);
          const b = runCase(scenario, [...prefix, ...other.map((d) => ({ ...d, month: Math.max(k, d.month) }))], s);
          expect(JSON.stringify(a.ledger.filter((e) => e.month < k))).toBe(JSON.stringify(b.ledger.filter((e) => e.month < k)));
          expect(JSON.stringify(a.months.slice(0, k))).toBe(JSON.stringify(b.months.slice(0, k)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('prices', () => {
  it('every intervention has a non-negative price with a year and a source', () => {
    for (const scenario of scenarios) {
      for (const i of scenario.interventions) {
        expect(i.price).toBeGreaterThanOrEqual(0);
        expect(i.priceRef.year).toBeGreaterThanOrEqual(2000);
        expect(i.priceRef.source.length).toBeGreaterThan(3);
      }
    }
  });
});
