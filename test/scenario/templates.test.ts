/**
 * The guide, the schema, the compiled form and the rule agree: every parameter of
 * every template, written as the guide documents it, compiles and plays to a
 * finite, reconciled ledger on every session code and mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAY_MODES, TEMPLATE_IDS, caseOptionsFor, runCase, type CaseResult } from '../../src/core';
import { loadScenario } from '../../src/scenario/load';
import { TEMPLATE_SPECS } from '../../src/scenario/templates';
import { ROOT, readCatalogue } from '../../tools/files';
import { fixture } from '../helpers';

const catalogue = readCatalogue();
const fixtureText = readFileSync(join(ROOT, 'test', 'fixtures', 'every-template-parameter.json'), 'utf8');

/** The parameter names the guide's table lists for a template (first column of its table in chapter 5). */
function documentedParameters(guide: string, template: string): string[] {
  const section = guide.split(/\n### /).find((s) => s.startsWith(`\`${template}\``));
  if (!section) return [];
  return [...section.matchAll(/^\| `([a-zA-Z]+)` +\|/gm)].map((m) => m[1] ?? '');
}

function schemaKeys(template: (typeof TEMPLATE_IDS)[number]): string[] {
  const schema = TEMPLATE_SPECS[template].schema;
  const shape = 'shape' in schema && schema.shape && typeof schema.shape === 'object' ? Object.keys(schema.shape) : [];
  return shape.sort();
}

/** Costs plus transfers to providers equal the sum of every payer's budget impact: nothing appears or vanishes. */
function reconciles(result: CaseResult): boolean {
  const impact = Object.values(result.totals.budgetImpactByPayer).reduce((s, v) => s + (v ?? 0), 0);
  const toProviders = result.ledger.filter((e) => e.kind === 'transfer' && e.to === 'aanbieder').reduce((s, e) => s + e.amount, 0);
  return impact === result.totals.societyCost + toProviders;
}

describe.each(['authoring.md', 'authoring.en.md'])('the guide %s and the template schemas', (file) => {
  const guide = readFileSync(join(ROOT, 'docs', file), 'utf8');
  it.each([...TEMPLATE_IDS])('documents exactly the parameters %s takes', (template) => {
    expect(documentedParameters(guide, template).sort()).toEqual(schemaKeys(template));
  });
});

describe('every parameter of every template', () => {
  const scenario = fixture('every-template-parameter');
  const doc = JSON.parse(fixtureText) as { templates: { template: string; params: Record<string, unknown> }[] };

  it('sets every parameter the schema knows, for every template', () => {
    for (const template of TEMPLATE_IDS) {
      const used = doc.templates.find((t) => t.template === template);
      expect(used, template).toBeDefined();
      expect(Object.keys(used?.params ?? {}).sort(), template).toEqual(schemaKeys(template));
    }
  });

  it('plays to finite whole cents that reconcile, on session codes 1-50 in every mode', () => {
    for (const route of [[], scenario.routes.system, scenario.routes.breakthrough]) {
      for (const mode of PLAY_MODES) {
        for (let seed = 1; seed <= 50; seed += 1) {
          const result = runCase(scenario, route, seed, caseOptionsFor(mode));
          for (const entry of result.ledger) expect(Number.isSafeInteger(entry.amount) && entry.amount > 0).toBe(true);
          expect(Number.isFinite(result.totals.societyCost)).toBe(true);
          expect(reconciles(result)).toBe(true);
        }
      }
    }
  });

  it('books the gijzeling of the guide at the day price times the days', () => {
    const result = runCase(scenario, [], 1);
    const gijzeling = result.ledger.find((e) => e.cause.id === 'cjib-boete' && e.from === 'justitie');
    const day = catalogue.prices.find((p) => p.id === 'detentie-dag')?.amount ?? 0;
    expect(gijzeling?.amount).toBe(Math.round(day * 100) * 3);
  });

  it('fires the steps the parameters ask for: eviction to the shelter, the car sold, WW then bijstand, the fine up to gijzeling', () => {
    const result = runCase(scenario, scenario.routes.system, 1);
    const details = new Set(result.events.map((e) => e.detail));
    for (const step of ['summons', 'evicted', 'car-sold', 'job-lost', 'first-reminder', 'dwangbevel', 'gijzeling']) {
      expect(details, step).toContain(step);
    }
    expect(result.events.some((e) => e.type === 'started' && e.id === 'maatschappelijke-opvang')).toBe(true);
  });
});

describe('what the validator says about template parameters', () => {
  it('clamps gijzeling to a week per fine, with a warning at the parameter', () => {
    const text = fixtureText.replace('"days": 3', '"days": 30');
    const loaded = loadScenario('fixture.json', text, catalogue);
    expect(loaded.problems.map((p) => p.code)).toContain('gijzelingClamped');
    expect(loaded.scenario).toBeDefined();
    const day = catalogue.prices.find((p) => p.id === 'detentie-dag')?.amount ?? 0;
    const result = loaded.scenario ? runCase(loaded.scenario, [], 1) : undefined;
    expect(result?.ledger.find((e) => e.from === 'justitie')?.amount).toBe(Math.round(day * 100) * 7);
  });

  it('turns the CJIB free reminder on by default for a case that starts after 1 July 2026', () => {
    const on = loadScenario('on.json', fixtureText.replace('"freeReminder": false,', ''), catalogue).scenario;
    const off = loadScenario(
      'off.json',
      fixtureText.replace('"freeReminder": false,', '').replace('"start": "2026-09-01"', '"start": "2026-03-01"'),
      catalogue,
    ).scenario;
    const firstIncrease = (s: typeof on): number | undefined =>
      s ? runCase(s, [], 1).events.find((e) => e.detail === 'first-reminder')?.month : undefined;
    expect(firstIncrease(on)).toBeGreaterThan(firstIncrease(off) ?? 99);
  });

  it('turns it off by default once the trial of a year and a half has ended, for a case that starts in 2028', () => {
    const text = fixtureText.replace('"freeReminder": false,', '');
    const firstIncrease = (start: string): number | undefined => {
      const s = loadScenario('trial.json', text.replace('"start": "2026-09-01"', `"start": "${start}"`), catalogue).scenario;
      return s ? runCase(s, [], 1).events.find((e) => e.detail === 'first-reminder')?.month : undefined;
    };
    expect(firstIncrease('2027-12-01')).toBeGreaterThan(firstIncrease('2028-01-01') ?? 99);
    expect(firstIncrease('2028-01-01')).toBe(firstIncrease('2026-03-01'));
  });

  it('refuses a file whose simulation would fail, at the place that caused it', () => {
    // A price so large that twice it is no longer a whole number of cents a computer can count exactly.
    const text = fixtureText
      .replace(
        '"price": { "amount": 400, "year": 2026, "source": "aanname: fixture" }',
        '"price": { "amount": 90000000000000, "year": 2026, "source": "aanname: fixture" }, "dosage": 2',
      )
      .replace('"refusalChance": 0.3 }', '"refusalChance": 0 }');
    const loaded = loadScenario('bad.json', text, catalogue);
    const failed = loaded.problems.find((p) => p.code === 'simulationFailed');
    expect(failed?.path).toEqual(['interventions', 6]);
    expect(failed?.position.line).toBeGreaterThan(1);
    expect(loaded.scenario).toBeUndefined();
  });
});

describe('format features a case can use', () => {
  const scenario = fixture('every-template-parameter');

  it('a case defines its own breakthrough: it asks approval, waits, and is granted or refused by the session code', () => {
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 30; seed += 1) {
      const events = runCase(scenario, [{ month: 0, type: 'start', intervention: 'eigen-doorbraak' }], seed).events;
      expect(events.some((e) => e.detail === 'approval-requested' && e.id === 'eigen-doorbraak' && e.month === 0)).toBe(true);
      const decided = events.find((e) => (e.type === 'approved' || e.type === 'refused') && e.id === 'eigen-doorbraak');
      expect(decided?.month).toBe(1);
      outcomes.add(decided?.type ?? 'none');
    }
    expect([...outcomes].sort()).toEqual(['approved', 'refused']);
  });

  it('arrears written on a bill exist from the start: the landlord sends the aanmaning in the first month', () => {
    const result = runCase(scenario, [], 1);
    expect(result.initial.bills.find((b) => b.id === 'huur')?.arrearsMonths).toBe(2);
    expect(result.events.find((e) => e.id === 'huurachterstand' && e.month === 0)?.detail).toBe('aanmaning');
  });

  it('a condition on whether a bill is active: budgetbeheer can be chosen while the rent runs, not after the eviction', () => {
    const budgetbeheer = scenario.index.interventions.get('budgetbeheer');
    const result = runCase(scenario, scenario.routes.system, 1);
    expect(budgetbeheer?.available?.(result.initial, 0)).toBe(true);
    expect(result.final.bills.find((b) => b.id === 'huur')?.active).toBe(false);
    expect(budgetbeheer?.available?.(result.final, result.final.month - 1)).toBe(false);
  });
});

describe('a flag that nothing reads', () => {
  it('is a warning at the effect that sets it: the choice does nothing', () => {
    const text = fixtureText.replace(
      '"onStart": [{ "type": "setFlag", "flag": "vtlb-auto" }]',
      '"onStart": [{ "type": "setFlag", "flag": "vtlb-auto" }, { "type": "setFlag", "flag": "regeling-afgesproken" }]',
    );
    expect(text).not.toBe(fixtureText);
    const loaded = loadScenario('fixture.json', text, catalogue, undefined, { analyse: true });
    const unread = loaded.problems.filter((p) => p.code === 'unreadFlag');
    expect(unread.map((p) => p.params.id)).toEqual(['regeling-afgesproken']);
    expect(unread[0]?.path).toEqual(['interventions', 1, 'onStart', 1, 'flag']);
  });

  it('is no warning when a template reads it by a default parameter', () => {
    const loaded = loadScenario('fixture.json', fixtureText, catalogue, undefined, { analyse: true });
    expect(loaded.problems.filter((p) => p.code === 'unreadFlag')).toEqual([]);
  });
});
