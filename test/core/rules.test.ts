import { describe, expect, it } from 'vitest';
import { kostendelersBenefit } from '../../src/core/rules/kostendelersnorm';
import { runCase, type CaseResult, type Route } from '../../src/core';
import { euro, fixture } from '../helpers';

const debtOf = (result: CaseResult, id: string): number | undefined => result.final.debts.find((d) => d.id === id)?.amount;

function monthOf(result: CaseResult, detail: string): number | undefined {
  return result.events.find((e) => e.detail === detail)?.month;
}

describe('Wahv fine (CJIB)', () => {
  const scenario = fixture('fine-escalates');

  it('a €300 Wahv fine unpaid through two reminders costs €900', () => {
    const result = runCase({ ...scenario, months: 4 }, [], 1);
    expect(debtOf(result, 'boete')).toBe(euro(900));
    expect(monthOf(result, 'first-reminder')).toBe(1);
    expect(monthOf(result, 'second-reminder')).toBe(3);
  });

  it('is €450 after the first reminder only', () => {
    expect(debtOf(runCase({ ...scenario, months: 2 }, [], 1), 'boete')).toBe(euro(450));
  });

  it('ends in a dwangbevel when still unpaid after the second reminder', () => {
    const result = runCase(scenario, [], 1);
    expect(result.final.flags).toContain('dwangbevel:boete');
    expect(monthOf(result, 'dwangbevel')).toBe(5);
  });

  it('is paid in full, without increases, when the household has the money in time', () => {
    const result = runCase({ ...scenario, cash: euro(400) }, [], 1);
    expect(debtOf(result, 'boete')).toBeUndefined();
    expect(result.ledger.filter((e) => e.to === 'cjib').map((e) => e.amount)).toEqual([euro(300)]);
  });

  it('books the increases only as debt: a fine is a transfer, not a cost to society', () => {
    const result = runCase(scenario, [], 1);
    expect(result.totals.societyCost).toBe(0);
  });
});

describe('rent arrears to eviction', () => {
  const scenario = fixture('eviction-after-arrears');
  const result = runCase(scenario, [], 1);

  it('summons at three months of arrears, then a ruling, then the eviction', () => {
    const summons = monthOf(result, 'summons');
    expect(summons).toBeDefined();
    expect(monthOf(result, 'ruling')).toBe((summons ?? 0) + 1);
    expect(monthOf(result, 'evicted')).toBe((summons ?? 0) + 2);
  });

  it('costs the corporation €7,500 and starts the Wmo shelter at €100 a day', () => {
    expect(result.totals.costsByPayer.woningcorporatie).toBe(euro(7500));
    expect(result.totals.costsByPayer['gemeente-wmo']).toBeGreaterThan(0);
    expect(result.ledger.find((e) => e.cause.id === 'maatschappelijke-opvang')?.amount).toBe(euro(3000));
  });

  it('puts the arrears and the bailiff costs (Btag 2026: betekening €136,71, ontruiming €322,59) on the tenant', () => {
    expect(debtOf(result, 'huur:deurwaarder')).toBe(euro(136.71) + euro(322.59));
    expect(debtOf(result, 'huur:arrears')).toBeGreaterThanOrEqual(euro(2100));
  });

  it('paying the arrears from the pooled budget only buys time while the rent stays unaffordable', () => {
    const route: Route = [{ month: 3, type: 'start', intervention: 'huurachterstand-aflossen-uit-potje' }];
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].filter((seed) => runCase(scenario, route, seed).events.some((e) => e.type === 'approved'));
    expect(seeds.length).toBeGreaterThan(0);
    const paid = runCase(scenario, route, seeds[0] ?? 1);
    expect(monthOf(paid, 'summons')).toBe((monthOf(result, 'summons') ?? 0) + 4);
    expect(monthOf(paid, 'evicted')).toBe((monthOf(result, 'evicted') ?? 0) + 4);
    expect(paid.totals.transfersByPayer['gemeente-schuldhulp']).toBeGreaterThan(0);
  });

  it('withdraws the summons when the arrears drop under three months before the ruling', () => {
    const route: Route = [{ month: 4, type: 'start', intervention: 'huurachterstand-aflossen-uit-potje' }];
    const granted = [1, 2, 3, 4, 5, 6, 7, 8].find((seed) => runCase(scenario, route, seed).events.some((e) => e.type === 'approved'));
    const paid = runCase({ ...scenario, months: 8 }, route, granted ?? 1);
    expect(monthOf(paid, 'summons')).toBe(4);
    expect(monthOf(paid, 'withdrawn')).toBe(5);
    expect(paid.final.flags).not.toContain('ontruimingsprocedure');
  });
});

describe('energy arrears under the 2023 rules', () => {
  const scenario = fixture('energy-arrears');

  it('tips off the gemeente after the reminders and disconnects at three months of arrears', () => {
    const result = runCase(scenario, [], 1);
    expect(result.final.flags).toContain('vroegsignaal');
    // €100 short on a €200 bill each month: two months of arrears in month 3, three in month 5.
    expect(monthOf(result, 'tip-to-gemeente')).toBe(2);
    expect(monthOf(result, 'disconnected')).toBe(4);
    expect(debtOf(result, 'energie:reconnect')).toBe(euro(150));
  });

  it('never disconnects a household in schuldhulp', () => {
    const result = runCase({ ...scenario, flags: ['schuldhulp'] }, [], 1);
    expect(result.final.flags).not.toContain('afgesloten-energie');
  });

  it('never disconnects when health is at risk', () => {
    const result = runCase({ ...scenario, flags: ['gezondheidsrisico'] }, [], 1);
    expect(result.final.flags).not.toContain('afgesloten-energie');
  });
});

describe('vroegsignalering (Wgs art. 3a)', () => {
  it('books one outreach contact on the schuldhulp budget when arrears reach the threshold', () => {
    const result = runCase(fixture('energy-arrears'), [], 1);
    const outreach = result.ledger.filter((e) => e.cause.id === 'signalen');
    expect(outreach).toHaveLength(1);
    expect(outreach[0]).toMatchObject({ from: 'gemeente-schuldhulp', kind: 'cost', amount: euro(136.27) });
  });
});

describe('youth care ending at 18 (Jeugdwet art. 1.1)', () => {
  const scenario = fixture('youth-care-ends-at-18');
  const start: Route = [{ month: 0, type: 'start', intervention: 'jeugdhulp-ambulant' }];

  it('stops youth care in the month of the 18th birthday', () => {
    const result = runCase(scenario, start, 1);
    expect(result.events.find((e) => e.type === 'stopped' && e.id === 'jeugdhulp-ambulant')?.month).toBe(3);
    expect(result.final.flags).toContain('jeugdhulp-gestopt:kim');
  });

  it('continues as verlengde jeugdhulp when that was decided before 18', () => {
    const result = runCase(scenario, [...start, { month: 1, type: 'start', intervention: 'verlengde-jeugdhulp' }], 1);
    expect(result.final.running.some((r) => r.id === 'verlengde-jeugdhulp')).toBe(true);
    expect(result.final.flags).not.toContain('jeugdhulp-gestopt:kim');
  });

  it('allows verlengde jeugdhulp again within half a year after it ended', () => {
    const result = runCase(scenario, [...start, { month: 8, type: 'start', intervention: 'verlengde-jeugdhulp' }], 1);
    expect(result.final.running.some((r) => r.id === 'verlengde-jeugdhulp')).toBe(true);
  });

  it('refuses verlengde jeugdhulp asked for more than half a year after it ended', () => {
    const result = runCase(scenario, [...start, { month: 11, type: 'start', intervention: 'verlengde-jeugdhulp' }], 1);
    expect(result.final.running.some((r) => r.id === 'verlengde-jeugdhulp')).toBe(false);
    expect(result.events.some((e) => e.type === 'refused' && e.id === 'verlengde-jeugdhulp')).toBe(true);
  });
});

describe('kostendelersnorm (Participatiewet art. 22a)', () => {
  it('gives a single adult 70% of the gehuwdennorm and two cost sharers 50% each', () => {
    expect(kostendelersBenefit(euro(1922.07), 1, 1)).toBe(euro(1345.45));
    expect(kostendelersBenefit(euro(1922.07), 1, 2)).toBe(euro(961.04));
    expect(kostendelersBenefit(euro(1922.07), 1, 3)).toBe(Math.round((192207 * 130) / 300));
  });

  it("cuts the mother's bijstand in the month her son turns 27", () => {
    const result = runCase(fixture('kostendelersnorm'), [], 1);
    const paid = result.ledger.filter((e) => e.cause.id === 'bijstand').map((e) => e.amount);
    expect(paid.slice(0, 2)).toEqual([euro(1345.45), euro(1345.45)]);
    expect(paid[2]).toBe(euro(961.04));
  });

  it('does not count a son who pays as a lodger', () => {
    const scenario = fixture('kostendelersnorm');
    const result = runCase({ ...scenario, flags: ['geen-kostendeler:tom'] }, [], 1);
    expect(new Set(result.ledger.filter((e) => e.cause.id === 'bijstand').map((e) => e.amount))).toEqual(new Set([euro(1345.45)]));
  });
});

describe('four-week search period for young people (Participatiewet art. 41 lid 4)', () => {
  const scenario = fixture('search-period-young-person');

  it('pays no bijstand in the first month for a 19-year-old', () => {
    const result = runCase(scenario, [], 1);
    expect(result.ledger.find((e) => e.cause.id === 'bijstand')?.month).toBe(1);
  });

  it('pays at once when the gemeente exempts a vulnerable young person', () => {
    const result = runCase({ ...scenario, flags: ['bijstand-aangevraagd', 'zoektermijn-vrijstelling:kim'] }, [], 1);
    expect(result.ledger.find((e) => e.cause.id === 'bijstand')?.month).toBe(0);
  });
});

describe('a debt arrangement that requires selling the car', () => {
  const scenario = fixture('car-sold-in-debt-arrangement');

  it('sells the car in the second month and gives its value to the creditors', () => {
    const result = runCase(scenario, [], 1);
    const sale = result.ledger.find((e) => e.cause.id === 'auto' && e.to === 'schuldeisers');
    expect(sale).toMatchObject({ month: 1, amount: euro(3000), kind: 'transfer', from: 'huishouden' });
    expect(result.final.assets).not.toContain('auto');
  });

  it('keeps the car when the exception is granted, and lowers the repayment by its costs', () => {
    const route: Route = [{ month: 0, type: 'start', intervention: 'auto-behouden-in-schuldregeling' }];
    let granted = 0;
    let refused = 0;
    for (let seed = 1; seed <= 40; seed += 1) {
      const result = runCase(scenario, route, seed);
      if (result.events.some((e) => e.type === 'approved')) {
        granted += 1;
        expect(result.final.assets).toContain('auto');
        const repayments = result.ledger.filter((e) => e.cause.id === 'aflossing' && e.month >= 2).map((e) => e.amount);
        expect(Math.max(...repayments)).toBe(euro(200));
      } else {
        refused += 1;
        expect(result.final.assets).not.toContain('auto');
      }
    }
    expect(granted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('losing a job: WW, then bijstand', () => {
  it('pays 75% for two months, then 70%, then bijstand after the WW ends', () => {
    // Dismissed at the end of November (month 2): WW from December.
    const result = runCase(fixture('job-lost-ww-then-bijstand'), [], 1);
    const ww = result.ledger.filter((e) => e.from === 'uwv').map((e) => [e.month, e.amount]);
    expect(ww).toEqual([
      [3, euro(1500)],
      [4, euro(1500)],
      [5, euro(1400)],
      [6, euro(1400)],
    ]);
    expect(result.ledger.find((e) => e.from === 'gemeente-participatie')?.month).toBe(7);
  });
});

describe('reference routes', () => {
  it("have their approvals granted whatever the session code, while a player's own request is decided by chance", async () => {
    const { caseOptionsFor, referenceOptionsFor } = await import('../../src/core');
    const scenario = fixture('every-template-parameter');
    const refused = new Set<number>();
    for (let seed = 1; seed <= 40; seed += 1) {
      const own = runCase(scenario, scenario.routes.breakthrough, seed, caseOptionsFor('all'));
      const reference = runCase(scenario, scenario.routes.breakthrough, seed, referenceOptionsFor('all'));
      // A refusal by a rule (verlengde jeugdhulp asked too late) carries its legal ground; a refused approval does not.
      const approvalRefused = (r: CaseResult): boolean => r.events.some((e) => e.type === 'refused' && e.detail === undefined);
      if (approvalRefused(own)) refused.add(seed);
      expect(approvalRefused(reference)).toBe(false);
    }
    expect(refused.size).toBeGreaterThan(0);
  });
});
