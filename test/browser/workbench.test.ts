import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActor } from 'xstate';
import { referenceOptionsFor, runCase } from '../../src/core';
import { createCaseMachine, parseDecisions, playRoute, resultCode } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { caseTimeline } from '../../src/scenario/timeline';
import { ROOT, SCENARIO_DIR, readCatalogue, readScenario } from '../../tools/files';
import { partyNames } from '../../tools/party-names';
import { ARTIFACTS, launch, phase, press, watchErrors } from './browser';

const broken = readFileSync(join(ROOT, 'test', 'fixtures', 'broken', 'trainer-mistakes.json'));
const tutorial = readFileSync(join(SCENARIO_DIR, 'eerste-huisbezoek.json'), 'utf8');

/** The result code the debrief gives a team that played these decisions in the tutorial with session code 7. */
function codeFor(decisions: string): string {
  const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
  if (!scenario) throw new Error('the tutorial does not load');
  const machine = createCaseMachine((id, version) => (id === scenario.id && version === scenario.version ? scenario : undefined));
  const actor = createActor(machine, {
    input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 7, mode: 'all' },
  }).start();
  const played = playRoute(actor, scenario, parseDecisions(decisions) ?? []).decisions;
  actor.stop();
  return resultCode(scenario, 7, 'all', played);
}

/** The case with an enormous price on the first help its breakthrough route starts: its simulation cannot run. */
function withHugePrice(text: string): string {
  const doc = JSON.parse(text) as {
    routes: { breakthrough: { type: string; intervention?: string }[] };
    interventions: Record<string, unknown>[];
  };
  const first = doc.routes.breakthrough.find((d) => d.type === 'start')?.intervention;
  const entry = doc.interventions.find((i) => (i.use ?? i.id) === first);
  if (!entry) throw new Error('the breakthrough route starts no help of the case');
  Object.assign(entry, { price: { amount: 90000000000000, year: 2026, source: 'aanname' }, dosage: 2 });
  return JSON.stringify(doc, null, 2);
}

/** The tutorial as a trainer's own case. */
function ownTutorial(): string {
  return tutorial
    .replace('"id": "eerste-huisbezoek"', '"id": "mijn-oefening"')
    .replace('"nl": "Eerste huisbezoek: Anouk en Milan"', '"nl": "Mijn oefening"');
}

/** The workbench's own key in the browser's storage (src/services/library.ts). */
const KEPT = 'wijkteam-kostenspel:workbench';

/** The timeline the engine gives for a reference route of the trainer's own tutorial, as the command line prints it. */
function engineTimeline(route: 'system' | 'breakthrough'): ReturnType<typeof caseTimeline> {
  const scenario = loadScenario('mijn-oefening.json', ownTutorial(), readCatalogue()).scenario;
  if (!scenario) throw new Error('the own tutorial does not load');
  return caseTimeline(scenario, runCase(scenario, scenario.routes[route], 1, referenceOptionsFor('all')), partyNames('nl'), 'nl');
}

/** What the workbench's timeline shows: per month its summary, its events and the amounts booked. */
async function shownTimeline(page: Page): Promise<{ summary: string; events: string[]; amounts: string[] }[]> {
  return page.locator('#workbench-timeline > li').evaluateAll((items) =>
    items.map((li) => ({
      summary: li.querySelector('summary')?.textContent?.trim() ?? '',
      events: [...li.querySelectorAll('.wb-events li')].map((e) => e.textContent?.trim() ?? ''),
      amounts: [...li.querySelectorAll('.wb-entries .amount')].map((e) => e.textContent?.trim() ?? ''),
    })),
  );
}

describe("the trainer's workbench in the browser", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists every problem of a broken file with line, column and hint, and the built-in cases stay playable', async () => {
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-casus.json', mimeType: 'application/json', buffer: broken });
    const items = page.locator('#workbench-problems li');
    await items.first().waitFor();
    const texts = await items.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const text of texts) expect(text).toMatch(/mijn-casus\.json regel \d+, kolom \d+/);
    expect(texts.join('\n')).toContain('bedoel je "belastingdienst"?');
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-errors.png'), fullPage: true });
    expect(await page.getByRole('radio', { name: /Auto of leerlingenvervoer/ }).isEnabled()).toBe(true);
  });

  it('shows the balance of the routes for a valid file and plays it at once', async () => {
    const own = ownTutorial();
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(own) });
    await page.locator('#balance-table').waitFor();
    expect(await page.locator('#balance-table tfoot, #balance-table tr.total').first().textContent()).toContain('€');
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-balance.png'), fullPage: true });
    await press(page, page.getByRole('button', { name: 'Speel deze casus' }));
    await phase(page, 'intake');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Mijn oefening');
    await press(page, page.getByRole('button', { name: 'Menu' }));
    await phase(page, 'menu');
    expect(errors).toEqual([]);
  });

  it('clears the result of a good file when a newer file fails, and says why its simulation fails', async () => {
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(ownTutorial()) });
    await page.locator('#balance-table').waitFor();
    expect(await page.getByRole('button', { name: 'Speel deze casus' }).count()).toBe(1);
    // A price so large that what the breakthrough route books is no longer a whole number of cents a computer can count exactly.
    const failing = withHugePrice(ownTutorial());
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'te-groot.json', mimeType: 'application/json', buffer: Buffer.from(failing) });
    await page.getByText(/te-groot\.json regel \d+, kolom \d+/).waitFor();
    expect(await page.locator('#workbench-problems').textContent()).toContain('de casus loopt vast bij het naspelen');
    expect(await page.locator('#balance-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Speel deze casus' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('applies a gemeente tariff file and says which prices it replaced', async () => {
    await page
      .getByLabel('Tarievenbestand van de gemeente (optioneel)')
      .setInputFiles(join(SCENARIO_DIR, 'tariffs', 'voorbeeldgemeente.json'));
    await page.getByLabel('Open een scenariobestand').setInputFiles(join(SCENARIO_DIR, 'auto-of-leerlingenvervoer.json'));
    await page.getByText(/Prijzen vervangen door tarieven van de gemeente: .*begeleiding-wmo/).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows the best route search with its progress in the balance, and stops it on request', async () => {
    // The search runs in a worker; holding the worker's script back keeps it running while the test looks.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const trainer = await context.newPage();
    const pageErrors = watchErrors(trainer);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await trainer.route(/analysis\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await trainer.goto(inject('baseUrl'));
    await phase(trainer, 'menu');
    await trainer
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(ownTutorial()) });
    await trainer.locator('#balance-table').waitFor();
    expect(await trainer.locator('#balance-table tr.total').textContent()).toContain('zoekt…');
    expect(await trainer.locator('#best-status').textContent()).toContain('De goedkoopste route wordt gezocht');
    await press(trainer, trainer.getByRole('button', { name: 'Zoeken stoppen' }));
    await trainer.getByText('Het zoeken is gestopt.').waitFor();
    expect(await trainer.locator('#balance-table tr.total').textContent()).toContain('gestopt');
    // The reference routes stay, and the case can still be played.
    expect(await trainer.locator('#balance-table tr.total').textContent()).toContain('€');
    expect(await trainer.getByRole('button', { name: 'Speel deze casus' }).isEnabled()).toBe(true);
    release();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('offers a starting file that is itself valid', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download een startbestand' }).click();
    const file = await (await download).path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ id: 'mijn-casus', $schema: './scenario.schema.json' });
  });

  it('jumps to a point from the URL for playtesting', async () => {
    const url = `${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=3&decisions=${encodeURIComponent('0+budgetbeheer;0+poh-ggz;2cbrief-cjib=regeling-cjib')}`;
    await page.goto(url);
    await phase(page, 'review');
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain('december 2026');
    expect(await page.locator('.status').textContent()).toContain('Budgetbeheer');
    expect(errors).toEqual([]);
  });

  it("compares the teams' result codes side by side with the system and breakthrough routes", async () => {
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    // Codes as the debrief writes them (the whole played log, the engine version and a checksum); a changed code is refused.
    const noord = codeFor('0+budgetbeheer');
    const changed = noord.replace('0+budgetbeheer', '0+poh-ggz');
    const codes = [`Team Noord: ${noord}`, codeFor('0+boete-betalen-uit-potje;0+poh-ggz'), 'onzin', changed];
    await press(page, page.getByRole('button', { name: 'Teams vergelijken' }));
    await page.getByLabel('Resultaatcodes van de teams').fill(codes.join('\n'));
    await press(page, page.getByRole('button', { name: 'Vergelijk' }));
    const rows = page.locator('#compare-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual([
      'Team Noord',
      'Team 2',
      'Systeemroute',
      'Doorbraakroute',
      'Beste route gevonden',
    ]);
    expect(await page.getByText('Regel 3: dit is geen resultaatcode').count()).toBe(1);
    expect(await page.getByText('Regel 4: de code is veranderd').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-teams.png'), fullPage: true });
    // The CSV holds the best route once the engine's search has found it.
    await page.locator('#compare-table tbody.landmarks tr:nth-child(3) td.num').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download de vergelijking als CSV' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    // For Dutch Excel: a byte-order mark and ; between the cells.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = text.trim().split('\n');
    expect(csv[0]).toMatch(/^\uFEFF?Team of route;Soort;Kosten samenleving \(€\);/);
    // Two teams and three landmarks: the system route, the breakthrough route and the best route found.
    expect(csv).toHaveLength(6);
    expect(errors).toEqual([]);
  });

  it('gives the trainer a session link that starts every team at the intake with the same settings', async () => {
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await press(page, page.getByRole('radio', { name: /Auto of leerlingenvervoer/ }), 'Space');
    await page.getByRole('combobox', { name: 'Zicht op de potjes' }).selectOption('own');
    const link = await page.locator('#session-link').textContent();
    expect(link).toContain('scenario=auto-of-leerlingenvervoer');
    expect(link).toContain('mode=own');
    await page.goto(link ?? '');
    await phase(page, 'intake');
    expect(errors).toEqual([]);
  });

  it('shows the route it plays month by month, as the engine played it: what happened and every booking with its cause', async () => {
    // Without the tariff file an earlier test kept: the engine's timeline below is for the catalogue's own prices.
    await page.evaluate((key) => localStorage.removeItem(key), KEPT);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(ownTutorial()) });
    await page.locator('#workbench-timeline').waitFor();
    for (const route of ['system', 'breakthrough'] as const) {
      await page.getByLabel('Route', { exact: true }).selectOption(route);
      await page.locator('#workbench-timeline').waitFor();
      const expected = engineTimeline(route);
      const shown = await shownTimeline(page);
      expect(shown.map((m) => m.summary)).toEqual(
        expected.map(
          (m) =>
            `${m.label.charAt(0).toUpperCase()}${m.label.slice(1)}: ${m.events.length} gebeurtenis(sen), ${m.entries.length} boeking(en)`,
        ),
      );
      expect(shown.map((m) => m.events)).toEqual(expected.map((m) => m.events.map((e) => e.text)));
      expect(shown.map((m) => m.amounts)).toEqual(
        expected.map((m) => m.entries.map((e) => `${e.amountText} ${e.kindText}, ${e.fromName} → ${e.toName}`)),
      );
    }
    // Collapsed per month; a month opens by keyboard and shows why each amount was booked.
    const first = page.locator('#workbench-timeline summary').first();
    expect(await page.locator('#workbench-timeline details[open]').count()).toBe(0);
    await first.focus();
    await page.keyboard.press('Enter');
    const opened = page.locator('#workbench-timeline details[open] .wb-entries li').first();
    expect(await opened.textContent()).toMatch(/waarom: .+/);
    await page.locator('#wb-timeline-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-timeline-1280.png') });
    // On a phone the months stay readable: each booking wraps onto its own lines.
    await page.setViewportSize({ width: 390, height: 844 });
    await page
      .locator('#workbench-timeline details[open]')
      .first()
      .evaluate((month) => month.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(ARTIFACTS, 'workbench-timeline-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(errors).toEqual([]);
  });

  it('keeps the opened file in this browser only: a reload shows the same check, and a case played from it resumes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const trainer = await context.newPage();
    const pageErrors = watchErrors(trainer);
    const sent: string[] = [];
    trainer.on('request', (request) => {
      if (request.method() !== 'GET') sent.push(`${request.method()} ${request.url()}`);
    });
    await trainer.goto(inject('baseUrl'));
    await phase(trainer, 'menu');
    await trainer
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(ownTutorial()) });
    await trainer.locator('#balance-table').waitFor();
    expect(await trainer.locator('#workbench-kept').textContent()).toContain('wordt nergens naartoe gestuurd');
    await press(trainer, trainer.getByRole('button', { name: 'Speel deze casus' }));
    await phase(trainer, 'intake');
    await press(trainer, trainer.getByRole('button', { name: 'Naar het plan' }));
    await phase(trainer, 'plan');

    await trainer.reload();
    await phase(trainer, 'menu');
    // The same check again, from the kept file.
    await trainer.locator('#balance-table').waitFor();
    expect(await trainer.locator('#workbench-kept').textContent()).toContain('Bewaard bestand van een vorig bezoek: mijn-oefening.json');
    // The case played from the workbench resumes: the library knew it at start-up.
    expect(await trainer.getByText('bestaat niet (meer)').count()).toBe(0);
    await press(trainer, trainer.getByRole('button', { name: /Mijn oefening/ }));
    await phase(trainer, 'plan');
    await press(trainer, trainer.getByRole('button', { name: 'Menu' }));
    await phase(trainer, 'menu');

    // Forgotten: gone from storage and from the menu's cases at once, and a reload shows an empty workbench.
    expect(await trainer.getByRole('radio', { name: /Mijn oefening/ }).count()).toBe(1);
    await press(trainer, trainer.getByRole('button', { name: 'Vergeet dit bestand' }));
    await trainer.getByText('Het bestand is vergeten').first().waitFor();
    expect(await trainer.evaluate((key) => localStorage.getItem(key), KEPT)).toBeNull();
    expect(await trainer.getByRole('radio', { name: /Mijn oefening/ }).count()).toBe(0);
    expect(await trainer.getByRole('radio', { name: /Eerste huisbezoek/ }).count()).toBe(1);
    await trainer.reload();
    await phase(trainer, 'menu');
    expect(await trainer.locator('#workbench-results').count()).toBe(0);
    expect(sent).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('reports a kept file that no longer validates, or cannot be read, and keeps the game running', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const trainer = await context.newPage();
    const pageErrors = watchErrors(trainer);
    await trainer.goto(inject('baseUrl'));
    await phase(trainer, 'menu');
    await trainer.evaluate(([key, text]) => localStorage.setItem(key, JSON.stringify({ scenario: { name: 'oud.json', text } })), [
      KEPT,
      broken.toString('utf8'),
    ] as const);
    await trainer.reload();
    await phase(trainer, 'menu');
    await trainer.locator('#workbench-problems li').first().waitFor();
    expect(await trainer.locator('#workbench-kept').textContent()).toContain('Het bewaarde bestand oud.json is niet meer geldig');
    expect(await trainer.getByRole('button', { name: 'Speel deze casus' }).count()).toBe(0);
    expect(await trainer.getByRole('radio', { name: /Eerste huisbezoek/ }).isEnabled()).toBe(true);

    await trainer.evaluate((key) => localStorage.setItem(key, '{"scenario": 42'), KEPT);
    await trainer.reload();
    await phase(trainer, 'menu');
    expect(await trainer.locator('#workbench-kept').textContent()).toContain('Het bewaarde bestand kon niet worden gelezen');
    expect(await trainer.evaluate((key) => localStorage.getItem(key), KEPT)).toBeNull();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
