import { describe, expect, it } from 'vitest';
import { runCase } from '../../src/core';
import { caseTimeline, formatEuros, timelineLines, type TimelineMonth } from '../../src/scenario/timeline';
import { partyNames } from '../../tools/party-names';
import { fixture } from '../helpers';

const scenario = fixture('timeline-month-by-month');
const route = scenario.routes.breakthrough;
const play = (seed: number) => runCase(scenario, route, seed);

/** The texts of a month's events. */
const said = (timeline: readonly TimelineMonth[], month: number): string[] =>
  timeline.find((m) => m.month === month)?.events.map((e) => e.text) ?? [];

/** Seeds whose approval of the breakthrough was given, and refused (the chance of refusal is 20%). */
const seeds = Array.from({ length: 60 }, (_, i) => i + 1);
const approvedSeed = seeds.find((s) => play(s).events.some((e) => e.type === 'approved')) ?? 0;
const refusedSeed = seeds.find((s) => play(s).events.some((e) => e.type === 'refused')) ?? 0;

describe('the timeline of a played case', () => {
  const result = play(approvedSeed);
  const timeline = caseTimeline(scenario, result, partyNames('nl'));

  it('has every played month in order, named by its calendar month', () => {
    expect(timeline.map((m) => m.month)).toEqual([0, 1, 2, 3, 4]);
    expect(timeline.map((m) => m.label)).toEqual([
      'maand 0 · september 2026',
      'maand 1 · oktober 2026',
      'maand 2 · november 2026',
      'maand 3 · december 2026',
      'maand 4 · januari 2027',
    ]);
  });

  it('holds every ledger entry once, in its own month and in booking order', () => {
    for (const month of timeline) {
      expect(month.entries.map((e) => [e.cause, e.amount, e.kind, e.from, e.to])).toEqual(
        result.ledger.filter((e) => e.month === month.month).map((e) => [e.cause, e.amount, e.kind, e.from, e.to]),
      );
    }
    expect(timeline.flatMap((m) => m.entries)).toHaveLength(result.ledger.length);
  });

  it('tells what happened and why, month by month', () => {
    expect(said(timeline, 0)).toEqual([
      'goedkeuring gevraagd: Boete betalen uit het wijkbudget',
      'nieuwe achterstand: Huur',
      'regel huurachterstand-gemeld gaat af (Wgs art. 3)',
    ]);
    expect(said(timeline, 1)).toEqual([
      'goedgekeurd: Boete betalen uit het wijkbudget',
      'gestart op besluit: Boete betalen uit het wijkbudget',
      'gebeurtenis buurvrouw-helpt: De buurvrouw helpt met de post.',
      'beslismoment keuze: Wat nu?',
    ]);
    expect(said(timeline, 2)).toEqual([
      'gekozen bij keuze: Hulp',
      'gestart: Budgetbeheer (door keuze "Hulp" bij beslismoment keuze); de hulp begint na 1 maand wachttijd',
    ]);
    expect(said(timeline, 4)).toEqual(['gestopt op besluit: Budgetbeheer']);
  });

  it('says a refusal as plainly as an approval', () => {
    expect(said(caseTimeline(scenario, play(refusedSeed), partyNames('nl')), 1)).toContain('afgewezen: Boete betalen uit het wijkbudget');
  });

  it("names a rule template's step when the fine is left unpaid", () => {
    const system = caseTimeline(scenario, runCase(scenario, scenario.routes.system, 1), partyNames('nl'));
    expect(system.flatMap((m) => m.events.map((e) => e.text))).toContain('regelsjabloon cjib-boete: stap first-reminder');
  });

  it('gives each entry its cause, amount, kind, payer and receiver, and price source', () => {
    const [rule] = timeline[0]?.entries.filter((e) => e.cause.type === 'rule') ?? [];
    expect(rule).toMatchObject({
      why: 'regel huurachterstand-gemeld (Wgs art. 3)',
      amount: 7500,
      amountText: '€ 75,00',
      kind: 'cost',
      kindText: 'kosten',
      fromName: 'Gemeente: Wmo',
      toName: 'Zorg- en dienstverleners',
      source: 'bedrag uit de casus zelf',
    });
    const [paid] = timeline[1]?.entries.filter((e) => e.cause.type === 'intervention') ?? [];
    expect(paid).toMatchObject({ kindText: 'overdracht', fromName: 'Gemeente: Schuldhulp', toName: 'CJIB' });
    expect(paid?.amountText).toBe(formatEuros(paid?.amount ?? Number.NaN));
    const [budget] = timeline[3]?.entries.filter((e) => e.cause.id === 'budgetbeheer') ?? [];
    expect(budget?.why).toBe('interventie Budgetbeheer');
    expect(budget?.price?.id).toBe('budgetbeheer');
    expect(budget?.source).toMatch(/^prijs budgetbeheer \(\d{4}\): \S/);
    expect(timeline[0]?.entries.find((e) => e.cause.type === 'income')?.why).toBe('inkomen Bijstand');
  });

  it('speaks English when asked', () => {
    const english = caseTimeline(scenario, result, partyNames('en'), 'en');
    expect(english[0]?.label).toBe('month 0 · September 2026');
    expect(said(english, 2)).toContain(
      'started: Budget management (because of choice "Hulp" at decision point keuze); help begins after 1 month of waiting',
    );
    expect(english[0]?.entries.find((e) => e.cause.type === 'rule')).toMatchObject({
      amountText: '€75.00',
      kindText: 'cost',
      toName: 'Care and service providers',
    });
  });

  it('is a pure function of the scenario and the result', () => {
    expect(caseTimeline(scenario, result, partyNames('nl'))).toEqual(timeline);
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
  });

  it('prints as lines: a heading per month, its events, then its entries', () => {
    const lines = timelineLines(timeline);
    expect(lines[0]).toBe('Maand 0 · september 2026');
    expect(lines[1]).toBe('  • goedkeuring gevraagd: Boete betalen uit het wijkbudget');
    const entryLines = lines.filter((l) => l.includes(' → '));
    expect(entryLines).toHaveLength(result.ledger.length);
    expect(entryLines).toContain(
      '     € 75,00  kosten      Gemeente: Wmo → Zorg- en dienstverleners  ·  waarom: regel huurachterstand-gemeld (Wgs art. 3)  ·  bedrag uit de casus zelf',
    );
    expect(timelineLines([{ month: 7, label: 'maand 7 · april 2027', events: [], entries: [] }])).toEqual([
      'Maand 7 · april 2027',
      '  niets gebeurd, niets geboekt',
    ]);
  });
});

describe('euros from cents', () => {
  it('in Dutch and in English, exactly to the cent', () => {
    expect(formatEuros(125050)).toBe('€ 1.250,50');
    expect(formatEuros(125050, 'en')).toBe('€1,250.50');
    expect(formatEuros(5)).toBe('€ 0,05');
    expect(formatEuros(-100)).toBe('-€ 1,00');
    expect(formatEuros(123456789012, 'en')).toBe('€1,234,567,890.12');
    expect(formatEuros(0)).toBe('€ 0,00');
  });
});
