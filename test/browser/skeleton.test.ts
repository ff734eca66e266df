import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAYER_IDS, runCase, type Decision } from '../../src/core';
import { readScenario, SCENARIO_DIR } from '../../tools/files';
import { ARTIFACTS, launch, phase, press, watchErrors } from './browser';

const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;

describe('the walking skeleton in the browser', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const shot = async (name: string): Promise<void> => {
    await page.screenshot({ path: join(ARTIFACTS, `skeleton-${name}.png`), fullPage: true });
  };

  it('reaches the menu without console errors', async () => {
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await shot('menu');
    expect(await page.getByRole('heading', { level: 1, name: 'Wie betaalt?' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('plays the tutorial case by keyboard only, and the outcome equals the core', async () => {
    expect(scenario).toBeDefined();
    if (!scenario) return;
    await press(page, page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
    await page.getByRole('spinbutton', { name: /Sessiecode/ }).focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7');
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    await shot('intake');
    await page.getByRole('textbox', { name: /Kosten voor de gemeente/ }).focus();
    await page.keyboard.type('1.500');
    await page.getByRole('textbox', { name: /Kosten voor de samenleving/ }).focus();
    await page.keyboard.type('4000');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    await phase(page, 'plan');
    await press(page, page.getByRole('checkbox', { name: 'Budgetbeheer' }), 'Space');
    await press(page, page.getByRole('checkbox', { name: /Boete betalen uit het wijkbudget/ }), 'Space');
    await shot('plan');
    await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
    await phase(page, 'run');
    await shot('run');
    for (let step = 0; step < 40; step += 1) {
      const now = await page.evaluate(() => document.documentElement.dataset.phase);
      if (now === 'outcome') break;
      if (now === 'run') await press(page, page.getByRole('button', { name: 'Volgende maand' }));
      else if (now === 'review') {
        await shot('review');
        await press(page, page.getByRole('button', { name: 'Doorgaan met dit plan' }));
      } else if (now === 'decision') {
        await shot('decision');
        await press(page, page.getByRole('button', { name: 'Kies' }));
      }
      await page.waitForFunction((before) => document.documentElement.dataset.phase !== before || true, now);
    }
    await phase(page, 'outcome');
    await shot('outcome');

    // The decisions the page saved are the trainee's log; the core must give the same totals.
    const save = await page.evaluate(
      () =>
        JSON.parse(localStorage.getItem('wijkteam-kostenspel:save:eerste-huisbezoek') ?? '{}') as { decisions: Decision[]; seed: number },
    );
    expect(save.seed).toBe(7);
    expect(save.decisions.filter((d) => d.type === 'start').map((d) => (d.type === 'start' ? d.intervention : ''))).toEqual([
      'budgetbeheer',
      'boete-betalen-uit-potje',
    ]);
    const expected = runCase(scenario, save.decisions, save.seed);
    const cells = await page
      .locator('[data-payer]')
      .evaluateAll((els) =>
        els.map((el): [string, number] => [el.getAttribute('data-payer') ?? '', Number(el.getAttribute('data-cents'))]),
      );
    const shown: Record<string, number> = Object.fromEntries(cells);
    for (const payer of PAYER_IDS) {
      if (expected.totals.costsByPayer[payer] !== undefined) expect(shown[payer]).toBe(expected.totals.costsByPayer[payer]);
    }
    const total = page.locator('#society-total');
    expect(Number(await total.getAttribute('data-cents'))).toBe(expected.totals.societyCost);
    const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(expected.totals.societyCost / 100);
    expect((await total.textContent())?.replace(/\s/g, ' ')).toBe(euros.replace(/\s/g, ' '));

    await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(page, 'debrief');
    await shot('debrief');
    expect(await page.locator('#result-code').textContent()).toContain(`eerste-huisbezoek@${scenario.version}/7/all/`);
    expect(errors).toEqual([]);
  });

  it('switches to English and formats euros the English way', async () => {
    // A language switch redraws the page and the canvas, and does nothing else: no save, no announcement.
    const saveKey = 'wijkteam-kostenspel:save:eerste-huisbezoek';
    await page.evaluate(() => {
      const writes: string[] = [];
      (window as unknown as { storageWrites: string[] }).storageWrites = writes;
      const setItem: unknown = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value;
      if (typeof setItem !== 'function') return;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string): void {
        writes.push(key);
        Reflect.apply(setItem, this, [key, value]);
      };
    });
    await page.waitForSelector('#stage[data-canvas-lang="nl"]');
    expect(await page.locator('#stage').getAttribute('data-canvas-heading')).toBe('Maand 6 van 6');
    const saveBefore = await page.evaluate((key) => localStorage.getItem(key), saveKey);
    const announcedBefore = await page.locator('#announcer').textContent();
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.waitForSelector('html[lang="en"]');
    await page.waitForSelector('#stage[data-canvas-lang="en"]');
    expect(await page.locator('#stage').getAttribute('data-canvas-heading')).toBe('Month 6 of 6');
    expect(await page.getByRole('heading', { level: 2, name: 'Debrief' }).isVisible()).toBe(true);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { storageWrites: string[] }).storageWrites)).toEqual([
      'wijkteam-kostenspel:settings',
    ]);
    expect(await page.evaluate((key) => localStorage.getItem(key), saveKey)).toBe(saveBefore);
    expect(await page.locator('#announcer').textContent()).toBe(announcedBefore);
    await press(page, page.getByRole('button', { name: 'Back to the outcome' }));
    await phase(page, 'outcome');
    const text = await page.locator('#society-total').textContent();
    expect(text).toMatch(/^€[\d,]+\.\d\d$/);
    await shot('outcome-en');
    await press(page, page.getByRole('button', { name: 'Nederlands', exact: false }));
    expect(errors).toEqual([]);
  });

  it('resumes a saved game after a reload', async () => {
    await page.reload();
    await phase(page, 'menu');
    await press(page, page.getByRole('button', { name: /Verder met Eerste huisbezoek/ }));
    await phase(page, 'outcome');
    expect(errors).toEqual([]);
  });

  it("shows the best route search's progress in the debrief, with a stop button, until it finds the route", async () => {
    // The search runs in a worker; holding the worker's script back keeps the search running while the test looks.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const searching = await context.newPage();
    const pageErrors = watchErrors(searching);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await searching.route(/analysis\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await searching.goto(`${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=7`);
    await phase(searching, 'intake');
    await press(searching, searching.getByRole('button', { name: 'Naar het plan' }));
    await phase(searching, 'plan');
    await press(searching, searching.getByRole('button', { name: /Plan vastleggen/ }));
    for (let step = 0; step < 40; step += 1) {
      const now = await searching.evaluate(() => document.documentElement.dataset.phase);
      if (now === 'outcome') break;
      if (now === 'run') await press(searching, searching.getByRole('button', { name: 'Volgende maand' }));
      else if (now === 'review') await press(searching, searching.getByRole('button', { name: 'Doorgaan met dit plan' }));
      else if (now === 'decision') await press(searching, searching.getByRole('button', { name: 'Kies' }));
    }
    await phase(searching, 'outcome');
    await press(searching, searching.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(searching, 'debrief');
    const status = searching.locator('#best-status');
    expect(await status.textContent()).toContain('De goedkoopste route wordt gezocht');
    expect(await searching.getByRole('button', { name: 'Zoeken stoppen' }).isVisible()).toBe(true);
    await searching.screenshot({ path: join(ARTIFACTS, 'skeleton-debrief-searching.png'), fullPage: true });
    // Every text the status line shows from now on, so the progress between start and end is seen too.
    await searching.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = seen;
      const best = document.getElementById('best-route');
      if (best)
        new MutationObserver(() => seen.push(document.getElementById('best-status')?.textContent ?? '')).observe(best, {
          subtree: true,
          childList: true,
          characterData: true,
        });
    });
    release();
    await searching.getByText(/Kosten voor de samenleving .*, ZRM aan het eind/).waitFor();
    const texts = await searching.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
    expect(
      texts.some((text) => /Zoeken: \d+ simulaties, \d+ maanden doorgerekend/.test(text)),
      texts.join('\n'),
    ).toBe(true);
    expect(await searching.getByRole('button', { name: 'Zoeken stoppen' }).count()).toBe(0);
    // The route found: its decisions, or (when doing nothing is cheapest) a sentence that says so instead of an empty list.
    const found = searching.locator('#best-route');
    expect((await found.locator('li').count()) + (await found.getByText('Deze route neemt geen beslissingen').count())).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
