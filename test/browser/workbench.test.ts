import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActor } from 'xstate';
import { createCaseMachine, parseDecisions, playRoute, resultCode } from '../../src/engine';
import { ROOT, SCENARIO_DIR, readScenario } from '../../tools/files';
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
    await page.getByLabel('Resultaatcodes van de teams').fill(codes.join('\n'));
    await press(page, page.getByRole('button', { name: 'Vergelijk' }));
    const rows = page.locator('#compare-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['Team Noord', 'Team 2', 'Systeemroute', 'Doorbraakroute']);
    expect(await page.getByText('Regel 3 is geen geldige resultaatcode').count()).toBe(1);
    expect(await page.getByText('Regel 4: de code is veranderd').count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-teams.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download de vergelijking als CSV' }).click();
    const text = readFileSync(await (await download).path(), 'utf8');
    // For Dutch Excel: a byte-order mark and ; between the cells.
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = text.trim().split('\n');
    expect(csv[0]).toMatch(/^team;society_cost_eur;/);
    expect(csv).toHaveLength(5);
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
});
