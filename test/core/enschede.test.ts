import { describe, expect, it } from 'vitest';
import { epilogueOf, runCase, type CaseResult } from '../../src/core';
import { shipped } from '../helpers';

/**
 * The seeds' own case (Enschede, 2016), both routes on a seed where the exception is
 * granted; the directions are those the case sheet lists.
 */
const scenario = shipped('auto-of-leerlingenvervoer');
const seed =
  [1, 2, 3, 4, 5].find((s) =>
    runCase(scenario, scenario.routes.breakthrough, s).events.some(
      (e) => e.type === 'approved' && e.id === 'auto-behouden-in-schuldregeling',
    ),
  ) ?? 1;
const system = runCase(scenario, scenario.routes.system, seed);
const breakthrough = runCase(scenario, scenario.routes.breakthrough, seed);
const impact = (r: CaseResult, payer: keyof CaseResult['totals']['budgetImpactByPayer']): number =>
  r.totals.budgetImpactByPayer[payer] ?? 0;

describe('car or school transport (Enschede)', () => {
  it('the system route sells the car; the breakthrough route keeps it', () => {
    expect(system.final.assets).not.toContain('auto');
    expect(breakthrough.final.assets).toContain('auto');
  });

  it('leerlingenvervoer pays a taxi in the system route and only a kilometre allowance in the breakthrough route', () => {
    expect(impact(system, 'gemeente-leerlingenvervoer')).toBeGreaterThan(3 * impact(breakthrough, 'gemeente-leerlingenvervoer'));
    expect(system.ledger.some((e) => e.cause.id === 'leerlingenvervoer-taxi')).toBe(true);
    expect(breakthrough.ledger.some((e) => e.cause.id === 'leerlingenvervoer-taxi')).toBe(false);
  });

  it("the creditors get the car's €3,000 at once in the system route, and a little less each month in the breakthrough route", () => {
    expect(system.ledger.some((e) => e.to === 'schuldeisers' && e.amount === 300000)).toBe(true);
    expect(breakthrough.ledger.some((e) => e.to === 'schuldeisers' && e.amount === 300000)).toBe(false);
    const repayment = (r: CaseResult): number | undefined => r.final.bills.find((b) => b.id === 'aflossing')?.monthly;
    const agreed = scenario.bills.find((b) => b.id === 'aflossing')?.monthly ?? 0;
    const carCosts = scenario.bills.find((b) => b.id === 'auto-kosten')?.monthly ?? 0;
    expect(repayment(breakthrough)).toBe(agreed - carCosts);
  });

  it("UWV and the gemeente's bijstand pay only in the system route, once Erik loses his job", () => {
    expect(system.final.flags).toContain('baan-kwijt');
    expect(impact(system, 'uwv')).toBeGreaterThan(0);
    expect(impact(breakthrough, 'uwv')).toBe(0);
    expect(impact(breakthrough, 'gemeente-participatie')).toBe(0);
  });

  it('society pays less in the breakthrough route, counting costs only', () => {
    expect(breakthrough.totals.societyCost).toBeLessThan(system.totals.societyCost);
  });

  it('the household is more self-sufficient after 24 months in the breakthrough route', () => {
    expect(breakthrough.zrmAfter).toBeGreaterThan(system.zrmAfter);
    expect(breakthrough.lowDomainsAfter).toBeLessThan(system.lowDomainsAfter);
  });

  it("the children's school days are kept in the breakthrough route", () => {
    const school = (r: CaseResult): number =>
      r.final.members.filter((m) => m.id === 'daan' || m.id === 'lotte').reduce((s, m) => s + (m.zrm['werk-opleiding'] ?? 0), 0);
    expect(school(breakthrough)).toBeGreaterThan(school(system));
  });

  it('tells the ending that fits each route', () => {
    expect(epilogueOf(scenario, breakthrough)?.id).toBe('auto-en-werk');
    expect(epilogueOf(scenario, system)?.id).toBe('werk-kwijt');
  });
});
