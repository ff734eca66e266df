/**
 * The screens that show consequences, on the production build: the plan's feedback
 * (from the engine, changing as a box is ticked), a card that names the condition it
 * fails, the outcome's and the debrief's charts (their tables hold the engine's
 * figures), and "waarom?" for a transfer naming its rule and law. The same case is
 * played in Node with the same session code and decisions, and the figures compared.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  PAYERS,
  PAYER_IDS,
  caseOptionsFor,
  referenceOptionsFor,
  runCase,
  type CaseResult,
  type Decision,
  type Scenario,
} from '../../src/core';
import { cumulativeSocietyCost, forecastRoute, parseResultCode, spreadOf, zrmByMember } from '../../src/engine';
import { SCENARIO_DIR, readScenario } from '../../tools/files';
import { ARTIFACTS, phase, press, useBrowser, watchErrors } from './browser';

const SEED = 7;

function tutorial(): Scenario {
  const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
  if (!scenario) throw new Error('the tutorial does not load');
  return scenario;
}

/** The figures of a chart's data table: per row header, the raw value of each cell. */
async function chartTable(page: Page, id: string): Promise<Record<string, number[]>> {
  return page.locator(`#${id}-table`).evaluate((table) => {
    const rows: Record<string, number[]> = {};
    for (const tr of table.querySelectorAll('tbody tr')) {
      const head = tr.querySelector('th')?.textContent?.trim() ?? '';
      rows[head] = [...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value')));
    }
    return rows;
  });
}

/** The forecast table's figures per payer, and society's, as [min, max], once the worker has answered. */
async function forecastOnScreen(page: Page): Promise<Record<string, [number, number]>> {
  await page.locator('#plan-feedback[aria-busy="false"] #plan-forecast').waitFor();
  return page.locator('#plan-forecast').evaluate((table) => {
    const out: Record<string, [number, number]> = {};
    for (const tr of table.querySelectorAll('tr[data-min]')) {
      out[tr.getAttribute('data-payer') ?? 'society'] = [Number(tr.getAttribute('data-min')), Number(tr.getAttribute('data-max'))];
    }
    return out;
  });
}

function expectedForecast(scenario: Scenario, route: readonly Decision[]): Record<string, [number, number]> {
  const forecast = forecastRoute(scenario, SEED, 'all', route);
  const out: Record<string, [number, number]> = {};
  for (const p of PAYER_IDS) {
    const range = forecast.budgetImpact[p];
    if (range) out[p] = [range.min, range.max];
  }
  out.society = [forecast.societyCost.min, forecast.societyCost.max];
  return out;
}

/** Plays months by keyboard until the phase is one of `until`. */
async function playOn(page: Page, until: readonly string[]): Promise<string> {
  for (let step = 0; step < 60; step += 1) {
    const now = await page.evaluate(() => document.documentElement.dataset.phase ?? '');
    if (until.includes(now)) return now;
    if (now === 'run') await press(page, page.getByRole('button', { name: 'Volgende maand' }));
    else if (now === 'review') await press(page, page.getByRole('button', { name: 'Doorgaan met dit plan' }));
    else if (now === 'decision') await press(page, page.getByRole('button', { name: /^Kies$/ }));
    else if (now === 'plan') await press(page, page.locator('#confirm-plan'));
  }
  throw new Error(`never reached ${until.join(' or ')}`);
}

describe('screens that show consequences', () => {
  const browser = useBrowser();

  it('plan feedback, the failed condition, the charts and "waarom?" all show what the engine computes', async () => {
    const scenario = tutorial();
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await press(page, page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
    await page.getByRole('spinbutton', { name: /Sessiecode/ }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(SEED));
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    // The intake says what the estimate counts: costs, not transfers.
    expect(await page.locator('#estimate-counts').textContent()).toMatch(/uitkeringen, toeslagen/);
    await page.getByRole('textbox', { name: /Kosten voor de gemeente/ }).focus();
    await page.keyboard.type('1500');
    await page.getByRole('textbox', { name: /Kosten voor de samenleving/ }).focus();
    await page.keyboard.type('4000');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    await phase(page, 'plan');

    // The plan as ticked, forecast by the engine in its worker; ticking a box changes it.
    const start = (intervention: string): Decision => ({ month: 0, type: 'start', intervention });
    const nothingTicked = await forecastOnScreen(page);
    expect(nothingTicked).toEqual(expectedForecast(scenario, []));
    await press(page, page.getByRole('checkbox', { name: 'Budgetbeheer' }), 'Space');
    const withBudget = expectedForecast(scenario, [start('budgetbeheer')]);
    expect(withBudget).not.toEqual(nothingTicked);
    expect(await page.getByRole('checkbox', { name: 'Budgetbeheer' }).isChecked()).toBe(true);
    expect(await forecastOnScreen(page)).toEqual(withBudget);
    await press(page, page.getByRole('checkbox', { name: /Boete betalen uit het wijkbudget/ }), 'Space');
    const withBoth = expectedForecast(scenario, [start('budgetbeheer'), start('boete-betalen-uit-potje')]);
    expect(withBoth).not.toEqual(withBudget);
    expect(await forecastOnScreen(page)).toEqual(withBoth);
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-plan-1280.png'), fullPage: true });
    await press(page, page.locator('#confirm-plan'));

    // At the next planning moment the fine is paid: its card says which condition fails, in words.
    expect(await playOn(page, ['review'])).toBe('review');
    await press(page, page.getByRole('button', { name: 'Plan aanpassen' }));
    await phase(page, 'plan');
    const debt = scenario.debts.find((d) => d.id === 'boete');
    const facts = await page.locator('#iv-boete-betalen-uit-potje-facts').textContent();
    expect(facts).toContain('Kan nu niet, omdat:');
    expect(facts).toContain(`er moet een schuld zijn: ${debt?.label.nl ?? 'boete'}`);
    expect(await page.locator('#iv-boete-betalen-uit-potje').isDisabled()).toBe(true);
    await press(page, page.locator('#confirm-plan'));
    await playOn(page, ['outcome']);

    await page.locator('#chart-impact-canvas[data-drawn="true"]').waitFor();
    await page.locator('#chart-cumulative-canvas[data-drawn="true"]').waitFor();
    // The chart below the first screenful is drawn too, without scrolling to it.
    await page.locator('#chart-zrm-canvas[data-drawn="true"]').waitFor();
    const impact = await chartTable(page, 'chart-impact');
    const cumulative = await chartTable(page, 'chart-cumulative');
    const zrm = await chartTable(page, 'chart-zrm');
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-outcome-1280.png'), fullPage: true });
    const whyTransfer = await page
      .locator('details[data-why-payer="belastingdienst"] li[data-kind="transfer"]')
      .first()
      .evaluate((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(page, 'debrief');

    // The decisions the trainee made, from the result code, played again in Node.
    const parts = parseResultCode((await page.locator('#result-code').textContent()) ?? '');
    if (!parts) throw new Error('the debrief shows no readable result code');
    const mine = runCase(scenario, parts.decisions, SEED, caseOptionsFor('all'));
    const system = runCase(scenario, scenario.routes.system, SEED, referenceOptionsFor('all'));
    const breakthrough = runCase(scenario, scenario.routes.breakthrough, SEED, referenceOptionsFor('all'));
    const routes: readonly CaseResult[] = [mine, system, breakthrough];
    const payers = PAYER_IDS.filter((p) => routes.some((r) => r.totals.budgetImpactByPayer[p] !== undefined));
    expect(Object.values(impact)).toEqual(payers.map((p) => routes.map((r) => r.totals.budgetImpactByPayer[p] ?? 0)));
    const months = scenario.months;
    const lines = routes.map((r) => cumulativeSocietyCost(r.ledger, months));
    expect(Object.values(cumulative)).toEqual(Array.from({ length: months }, (_, m) => lines.map((line) => line[m])));
    expect(Object.values(cumulative).at(-1)).toEqual(routes.map((r) => r.totals.societyCost));

    const round = (x: number): number => Math.round(x * 100) / 100;
    const perMember = routes.map((r) => zrmByMember(r));
    expect(zrm).toEqual(
      Object.fromEntries(
        scenario.members.map((m, i) => [
          m.name,
          [round(perMember[0]?.[i]?.before ?? 0), ...perMember.map((route) => round(route[i]?.after ?? 0))],
        ]),
      ),
    );

    // "Waarom?" of a transfer names what paid it (the allowance) and its law, with the direction in words.
    const transfer = mine.ledger.find((e) => e.kind === 'transfer' && e.from === 'belastingdienst');
    if (!transfer || transfer.cause.type !== 'income') throw new Error('the tutorial books no allowance');
    const income = scenario.incomes.find((i) => i.id === transfer.cause.id);
    expect(whyTransfer).toContain(income?.label.nl ?? transfer.cause.id);
    if (income?.kind === 'toeslag') expect(whyTransfer).toContain('(toeslag)');
    expect(whyTransfer).toContain('betaald aan Huishouden');
    expect(whyTransfer).toContain(`wet: ${PAYERS.belastingdienst.law ?? ''}`);

    // The debrief plots society's cost against the ZRM gain; its table holds the routes' figures.
    await page.locator('#chart-cost-gain-canvas[data-drawn="true"]').waitFor();
    const scatter = await chartTable(page, 'chart-cost-gain');
    const gain = (r: CaseResult): number => Math.round((r.zrmAfter - r.zrmBefore) * 100) / 100;
    expect(Object.values(scatter).slice(0, 3)).toEqual(routes.map((r) => [r.totals.societyCost, gain(r)]));
    // The spread over session codes, played in the worker: each code's cost for both routes.
    await page.locator('#chart-spread-canvas[data-drawn="true"]').waitFor({ timeout: 60_000 });
    const spread = spreadOf(scenario, 'all', parts.decisions);
    expect(await chartTable(page, 'chart-spread')).toEqual(
      Object.fromEntries(spread.codes.map((code, i) => [String(code), [spread.mine[i]?.societyCost, spread.system[i]?.societyCost]])),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-debrief-1280.png'), fullPage: true });

    // In English the charts speak English and keep the engine's figures.
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.waitForSelector('html[lang="en"]');
    expect(await page.locator('#chart-cost-gain summary').textContent()).toContain('Figures behind the chart');
    expect(Object.values(await chartTable(page, 'chart-cost-gain'))).toEqual(Object.values(scatter));
    await press(page, page.getByRole('button', { name: 'Back to the outcome' }));
    await phase(page, 'outcome');
    expect(await page.locator('#chart-impact-title').textContent()).toBe('Budget impact per payer');
    expect(Object.values(await chartTable(page, 'chart-impact'))).toEqual(Object.values(impact));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 390 px the outcome tables become cards that fit the screen', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await press(page, page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    await phase(page, 'plan');
    await press(page, page.getByRole('checkbox', { name: 'Budgetbeheer' }), 'Space');
    await page.locator('#plan-forecast').waitFor();
    // The forecast stays a table on a phone, and fits it.
    const forecastFit = await page
      .locator('#plan-forecast')
      .evaluate((table) => ({ width: table.scrollWidth, box: table.closest('.table-wrap')?.clientWidth ?? 0 }));
    expect(forecastFit.width).toBeLessThanOrEqual(forecastFit.box + 1);
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-plan-390.png'), fullPage: true });
    await press(page, page.locator('#confirm-plan'));
    await playOn(page, ['outcome']);
    await page.locator('#chart-impact-canvas[data-drawn="true"]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-outcome-390.png'), fullPage: true });
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll('table.cards')].map((table) => {
        const wrap = table.closest('.table-wrap') ?? table;
        return {
          id: table.id || table.className,
          width: table.scrollWidth,
          box: wrap.clientWidth,
          display: getComputedStyle(table).display,
        };
      }),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.display, table.id).toBe('block');
      expect(table.width, table.id).toBeLessThanOrEqual(table.box + 1);
    }
    await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(page, 'debrief');
    await page.screenshot({ path: join(ARTIFACTS, 'consequences-debrief-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
