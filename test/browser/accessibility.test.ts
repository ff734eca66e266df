/**
 * WCAG 2.1 AA checks in the browser: axe-core on every phase of the tutorial case,
 * reflow at 200% and 400% zoom, reduced motion, and a visible keyboard focus that
 * survives the screen being redrawn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROOT, SCENARIO_DIR } from '../../tools/files';
import { ARTIFACTS, phase, press, useBrowser, watchErrors } from './browser';
import { codeFor, tutorial, tutorialRoutes } from './team-codes';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SEED = 7;

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/**
 * Runs axe with the WCAG 2.0/2.1 A and AA rules and returns one line per violation.
 * The built page forbids inline scripts, so the pages that are audited are opened with `bypassCSP`.
 */
async function audit(page: Page, where: string): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    // Label in Name (2.5.3) is still experimental in axe, so it must be switched on by hand.
    rules: { 'label-content-name-mismatch': { enabled: true } },
    resultTypes: ['violations'],
  };
  const findings = await page.evaluate(async (opts): Promise<Finding[]> => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, opts);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' > ')),
    }));
  }, options);
  return findings.map((f) => `[${where}] ${f.id} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`);
}

/** Tabs (as a keyboard user) to the first button of the screen and tells whether its focus ring shows. */
async function focusRingOnButton(page: Page): Promise<{ tag: string; outline: string; width: string }> {
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLButtonElement)) return undefined;
      const style = getComputedStyle(el);
      return {
        tag: `${el.tagName.toLowerCase()}#${el.id}:${el.textContent ?? ''}`,
        outline: style.outlineStyle,
        width: style.outlineWidth,
      };
    });
    if (found) return found;
  }
  return { tag: 'none reached', outline: 'none', width: '0px' };
}

/** Starts the tutorial case from the menu by keyboard with the fixed seed. */
async function startTutorial(page: Page): Promise<void> {
  await press(page, page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
  await page.getByRole('spinbutton', { name: /Sessiecode/ }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(SEED));
  await press(page, page.getByRole('button', { name: 'Start de casus' }));
  await phase(page, 'intake');
}

/** Fills the estimate and goes to the plan. */
async function intakeToPlan(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: /Kosten voor de gemeente/ }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1.500');
  await page.getByRole('textbox', { name: /Kosten voor de samenleving/ }).focus();
  await page.keyboard.type('4000');
  await press(page, page.getByRole('button', { name: 'Naar het plan' }));
  await phase(page, 'plan');
}

/** Chooses two interventions by keyboard. */
async function choosePlan(page: Page): Promise<void> {
  await press(page, page.getByRole('checkbox', { name: 'Budgetbeheer' }), 'Space');
  await press(page, page.getByRole('checkbox', { name: /Boete betalen uit het wijkbudget/ }), 'Space');
}

/** Chooses the plan and lets the months start. */
async function planToRun(page: Page): Promise<void> {
  await choosePlan(page);
  await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
  await phase(page, 'run');
}

/** The id of the focused element, or its tag when it has none. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || el?.tagName.toLowerCase() || '';
  });
}

/** Plays the months by keyboard until the outcome; `visit` sees every phase before it is left. */
async function runToOutcome(page: Page, visit: (name: string) => Promise<void>): Promise<void> {
  for (let step = 0; step < 60; step += 1) {
    const now = await page.evaluate(() => document.documentElement.dataset.phase ?? '');
    if (now === 'outcome') break;
    await visit(now);
    if (now === 'run') await press(page, page.getByRole('button', { name: 'Volgende maand' }));
    else if (now === 'review') await press(page, page.getByRole('button', { name: 'Doorgaan met dit plan' }));
    else if (now === 'decision') await press(page, page.getByRole('button', { name: 'Kies' }));
  }
  await phase(page, 'outcome');
}

interface Reflow {
  readonly scrollWidth: number;
  readonly innerWidth: number;
  /** Elements outside a table's own scroll box whose right edge passes the window's. */
  readonly stickingOut: string[];
  /** Grid cells that overlap a neighbour, hiding part of its content. */
  readonly overlapping: string[];
}

/** Measures whether the page reflows: no sideways page scroll and nothing hidden under a neighbour. */
function reflow(page: Page): Promise<Reflow> {
  return page.evaluate(() => {
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const limit = window.innerWidth + 1;
    const stickingOut = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > limit && !el.closest('.table-wrap'))
      .slice(0, 8)
      .map(name);
    const overlapping: string[] = [];
    for (const grid of document.querySelectorAll('.grid')) {
      const cells = [...grid.children].map((el) => ({ el, box: el.getBoundingClientRect() }));
      cells.forEach((a, i) =>
        cells.slice(i + 1).forEach((b) => {
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 1 && y > 1) overlapping.push(`${name(a.el)} overlaps ${name(b.el)}`);
        }),
      );
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, stickingOut, overlapping };
  });
}

describe('accessibility (WCAG 2.1 AA)', () => {
  const browser = useBrowser();

  it('every phase of the tutorial case passes axe, by keyboard, with a visible focus ring', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchErrors(page);
    const violations: string[] = [];
    const hiddenFocus: string[] = [];
    const seen = new Set<string>();
    const check = async (name: string): Promise<void> => {
      if (seen.has(name)) return;
      seen.add(name);
      violations.push(...(await audit(page, name)));
      await page.screenshot({ path: join(ARTIFACTS, `a11y-${name}.png`), fullPage: true });
      const ring = await focusRingOnButton(page);
      if (ring.outline === 'none' || ring.width === '0px') hiddenFocus.push(`[${name}] ${ring.tag}: outline ${ring.outline} ${ring.width}`);
    };

    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await check('menu');
    await startTutorial(page);
    await check('intake');

    // A wrong amount is named at the field it belongs to, and the cursor goes there.
    await page.getByRole('textbox', { name: /Kosten voor de gemeente/ }).focus();
    await page.keyboard.type('veel');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    expect(await focusedId(page)).toBe('estimate-gemeente');
    expect(await page.locator('#estimate-gemeente').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').textContent()).toMatch(/bedrag/);
    violations.push(...(await audit(page, 'intake-error')));
    await intakeToPlan(page);

    // Ticking a box redraws the plan; the keyboard must stay on that box, not fall back to the page start.
    await press(page, page.getByRole('checkbox', { name: 'Budgetbeheer' }), 'Space');
    expect(await focusedId(page)).toBe('iv-budgetbeheer');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Budgetbeheer' }).isChecked()).toBe(false);
    await choosePlan(page);
    await check('plan');
    await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
    await phase(page, 'run');
    await check('run');
    await press(page, page.getByRole('button', { name: 'Volgende maand' }));
    if ((await page.evaluate(() => document.documentElement.dataset.phase)) === 'run') expect(await focusedId(page)).toBe('next-month');
    await runToOutcome(page, check);
    // The charts load their library on first use: axe looks once they are drawn.
    await page.locator('#chart-impact-canvas[data-drawn="true"]').waitFor();
    await page.locator('#chart-cumulative-canvas[data-drawn="true"]').waitFor();
    await check('outcome');
    // The "why" details and the charts' figures hold more content; axe must see it opened too.
    for (const summary of await page.locator('details > summary').all()) await press(page, summary);
    violations.push(...(await audit(page, 'outcome-details')));
    await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(page, 'debrief');
    await page.locator('#chart-cost-gain-canvas[data-drawn="true"]').waitFor();
    await check('debrief');
    // The sound button's name changes with its state; axe checks it in both.
    await press(page, page.getByRole('button', { name: 'Geluid aan' }));
    violations.push(...(await audit(page, 'debrief-muted')));
    await press(page, page.getByRole('button', { name: 'Geluid uit' }));
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.waitForSelector('html[lang="en"]');
    // The page is redrawn in English in place: the keyboard stays on the button that was pressed.
    expect(await focusedId(page)).toBe('lang-toggle');
    violations.push(...(await audit(page, 'debrief-en')));
    await press(page, page.getByRole('button', { name: 'Back to the outcome' }));
    await phase(page, 'outcome');
    violations.push(...(await audit(page, 'outcome-en')));
    await press(page, page.getByRole('button', { name: 'Menu' }));
    await phase(page, 'menu');
    violations.push(...(await audit(page, 'menu-en-with-save')));

    expect(['menu', 'intake', 'plan', 'run', 'review', 'outcome', 'debrief'].filter((p) => !seen.has(p))).toEqual([]);
    expect(violations, violations.join('\n')).toEqual([]);
    expect(hiddenFocus, hiddenFocus.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the coach bubble passes axe on the tutorial it coaches, in both languages', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const violations = await audit(page, 'coach-offer');
    await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
    await phase(page, 'intake');
    await page.locator('#coach-bubble').waitFor();
    violations.push(...(await audit(page, 'coach-intake')));
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.getByRole('button', { name: 'Skip the tutorial' }).waitFor();
    violations.push(...(await audit(page, 'coach-intake-en')));
    expect(violations).toEqual([]);
    await page.close();
  });

  it("the trainer's workbench results pass axe", async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const open = page.getByLabel('Open een scenariobestand');
    const broken = readFileSync(join(ROOT, 'test', 'fixtures', 'broken', 'trainer-mistakes.json'));
    await open.setInputFiles({ name: 'mijn-casus.json', mimeType: 'application/json', buffer: broken });
    await page.locator('#workbench-problems li').first().waitFor();
    const violations = await audit(page, 'workbench-problems');
    const tutorial = readFileSync(join(SCENARIO_DIR, 'eerste-huisbezoek.json'), 'utf8').replace(
      '"id": "eerste-huisbezoek"',
      '"id": "mijn-oefening"',
    );
    await open.setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(tutorial) });
    await page.locator('#balance-table').waitFor();
    violations.push(...(await audit(page, 'workbench-balance')));
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-workbench.png'), fullPage: true });
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a running route search and its stop button pass axe, and stopping it keeps the keyboard on the search', async () => {
    // The search runs in a worker; holding the worker's script back keeps it running while axe looks.
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/analysis\.worker-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const tutorial = readFileSync(join(SCENARIO_DIR, 'eerste-huisbezoek.json'), 'utf8').replace(
      '"id": "eerste-huisbezoek"',
      '"id": "mijn-oefening"',
    );
    await page
      .getByLabel('Open een scenariobestand')
      .setInputFiles({ name: 'mijn-oefening.json', mimeType: 'application/json', buffer: Buffer.from(tutorial) });
    await page.getByRole('button', { name: 'Zoeken stoppen' }).waitFor();
    const violations = await audit(page, 'workbench-searching');
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-workbench-searching.png'), fullPage: true });
    await press(page, page.getByRole('button', { name: 'Zoeken stoppen' }));
    await page.getByText('Het zoeken is gestopt.').waitFor();
    expect(await focusedId(page)).toBe('best-status');
    violations.push(...(await audit(page, 'workbench-stopped')));
    release();
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // 640×450 CSS pixels at a device scale of 2 is a 1280×900 window zoomed to 200% (1.4.4);
  // 320 CSS pixels wide is the same window at 400%, the width Reflow (1.4.10) asks for.
  for (const zoom of [
    { label: '200', width: 640, height: 450, deviceScaleFactor: 2 },
    { label: '400', width: 320, height: 225, deviceScaleFactor: 1 },
  ]) {
    it(`reflows at ${zoom.label}% zoom: no sideways page scroll and nothing hidden, in every phase`, async () => {
      const page = await browser().newPage({
        viewport: { width: zoom.width, height: zoom.height },
        deviceScaleFactor: zoom.deviceScaleFactor,
        bypassCSP: true,
      });
      const errors = watchErrors(page);
      const problems: string[] = [];
      const violations: string[] = [];
      const seen = new Set<string>();
      const check = async (name: string): Promise<void> => {
        if (seen.has(name)) return;
        seen.add(name);
        const r = await reflow(page);
        if (r.scrollWidth > r.innerWidth + 1) problems.push(`[${name}] page is ${r.scrollWidth}px wide: ${r.stickingOut.join(', ')}`);
        problems.push(...r.overlapping.map((o) => `[${name}] ${o}`));
        if (name === 'menu' || name === 'outcome') {
          violations.push(...(await audit(page, `zoom${zoom.label}-${name}`)));
          await page.screenshot({ path: join(ARTIFACTS, `a11y-zoom${zoom.label}-${name}.png`), fullPage: true });
        }
      };

      await page.goto(inject('baseUrl'));
      await phase(page, 'menu');
      await check('menu');
      await startTutorial(page);
      await check('intake');
      await intakeToPlan(page);
      await choosePlan(page);
      await check('plan');
      await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
      await phase(page, 'run');
      await runToOutcome(page, check);
      await check('outcome');
      await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
      await phase(page, 'debrief');
      await check('debrief');

      expect(problems, problems.join('\n')).toEqual([]);
      expect(violations, violations.join('\n')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("a training session's screens pass axe: the setup, the trainer's view, the team label, the pause gate and the held routes", async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 }, bypassCSP: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations: string[] = [];
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await press(page, page.getByRole('button', { name: 'Sessie opzetten' }));
    await phase(page, 'session-setup');
    await page.locator('img.qr').waitFor();
    violations.push(...(await audit(page, 'session-setup')));
    const link = (await page.locator('#session-team-link').textContent()) ?? '';
    await press(page, page.getByRole('link', { name: 'Open het trainerscherm' }));
    await phase(page, 'facilitator');
    for (const name of ['Toon: Systeemroute', 'Toon: Doorbraakroute', 'Toon: Beste route gevonden'])
      await press(page, page.getByRole('button', { name }));
    // Each code shown turns its button into "Verberg de code".
    while ((await page.getByRole('button', { name: 'Toon de code' }).count()) > 0)
      await press(page, page.getByRole('button', { name: 'Toon de code' }).first());
    for (const summary of await page.locator('details > summary').all()) await press(page, summary);
    violations.push(...(await audit(page, 'facilitator')));
    await page.goto(link);
    await phase(page, 'session-team');
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await page.getByText('Vul een teamnaam in.').waitFor();
    violations.push(...(await audit(page, 'session-team-empty')));
    await page.getByRole('textbox', { name: 'Teamnaam' }).fill('Team Axe');
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    await phase(page, 'plan');
    await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
    let gated = false;
    for (let step = 0; step < 60; step += 1) {
      const now = await page.evaluate(() => document.documentElement.dataset.phase ?? '');
      if (now === 'outcome') break;
      if (now === 'decision') {
        gated = true;
        await page.getByRole('heading', { name: 'Wacht op je trainer' }).waitFor();
        await page.getByRole('textbox', { name: 'Code van de trainer' }).fill('nee');
        await press(page, page.getByRole('button', { name: 'Verder naar de keuze' }));
        await page.getByText('Deze code klopt niet').waitFor();
        violations.push(...(await audit(page, 'pause-gate-wrong')));
        // The trainer's code for this session, from its projector view, lifts the gate.
        const trainer = await context.newPage();
        await trainer.goto(link.replace('?', '?trainer=1&'));
        await phase(trainer, 'facilitator');
        await press(trainer, trainer.locator('.pause-point').first().getByRole('button', { name: 'Toon de code' }));
        const code = (await trainer.locator('.pause-point .unlock-code').first().textContent()) ?? '';
        await trainer.close();
        await page.getByRole('textbox', { name: 'Code van de trainer' }).fill(code.trim());
        await press(page, page.getByRole('button', { name: 'Verder naar de keuze' }));
        await press(page, page.getByRole('button', { name: 'Kies' }));
      } else if (now === 'run') await press(page, page.getByRole('button', { name: 'Volgende maand' }));
      else if (now === 'review') await press(page, page.getByRole('button', { name: 'Doorgaan met dit plan' }));
    }
    await phase(page, 'outcome');
    expect(gated).toBe(true);
    await page.getByRole('textbox', { name: 'Code voor de nabespreking' }).waitFor();
    violations.push(...(await audit(page, 'outcome-held')));
    await press(page, page.getByRole('button', { name: 'Opnieuw beginnen' }));
    violations.push(...(await audit(page, 'session-restart-question')));
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the team comparison, the completion summary and the notice of a failed save pass axe', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 }, bypassCSP: true });
    const errors = watchErrors(page);
    // Storage refuses every save, so the notice that says so shows at the start of the case.
    await page.addInitScript(() => {
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')?.value as (this: Storage, k: string, v: string) => void;
      Object.defineProperty(Storage.prototype, 'setItem', {
        value(this: Storage, key: string, value: string) {
          if (key.startsWith('wijkteam-kostenspel:save:')) throw new DOMException('full', 'QuotaExceededError');
          setItem.call(this, key, value);
        },
      });
    });
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const scenario = tutorial();
    const codes = tutorialRoutes(scenario, 6).map((route, i) => `Team ${i + 1}\t${codeFor(scenario, route).code}`);
    await press(page, page.getByRole('button', { name: 'Teams vergelijken' }));
    await page.getByLabel('Resultaatcodes van de teams').fill([...codes, 'geen code'].join('\n'));
    await press(page, page.getByRole('button', { name: 'Vergelijk', exact: true }));
    await page.locator('#compare-chart-canvas[data-drawn="true"]').waitFor();
    await page
      .locator('#compare-choices-most')
      .getByText(/samenleving/)
      .waitFor({ timeout: 60_000 });
    await press(page, page.getByRole('button', { name: /Kosten samenleving/ }));
    for (const summary of await page.locator('details > summary').all()) await press(page, summary);
    const violations = await audit(page, 'compare');
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-compare.png'), fullPage: true });
    await press(page, page.getByRole('button', { name: 'Terug naar het menu' }));
    await startTutorial(page);
    await page.locator('#save-notice').waitFor();
    violations.push(...(await audit(page, 'save-notice')));
    await press(page, page.getByRole('button', { name: 'Sluiten' }));
    await intakeToPlan(page);
    await planToRun(page);
    await runToOutcome(page, async () => {});
    await press(page, page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(page, 'debrief');
    await press(page, page.getByRole('button', { name: 'Samenvatting voor je portfolio' }));
    await page.getByRole('heading', { level: 1, name: 'Samenvatting voor je portfolio' }).waitFor();
    violations.push(...(await audit(page, 'summary')));
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-summary.png'), fullPage: true });
    expect(violations, violations.join('\n')).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('honours prefers-reduced-motion: months play on without errors', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    expect(await page.evaluate(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await startTutorial(page);
    await intakeToPlan(page);
    await planToRun(page);
    for (let month = 0; month < 3; month += 1) {
      if ((await page.evaluate(() => document.documentElement.dataset.phase)) !== 'run') break;
      await press(page, page.getByRole('button', { name: 'Volgende maand' }));
      // Long enough for the canvas to show the month's coins, which jump instead of flying.
      await page.waitForTimeout(250);
    }
    // Playing on to the next planning moment runs the months without an animated pause.
    if ((await page.evaluate(() => document.documentElement.dataset.phase)) === 'run') {
      await press(page, page.getByRole('button', { name: 'Doorspelen tot het volgende planmoment' }));
      await page.waitForFunction(() => document.documentElement.dataset.phase !== 'run', undefined, { timeout: 10_000 });
    }
    const motion = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('button') ?? document.body);
      return {
        transition: style.transitionDuration,
        animation: style.animationName,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      };
    });
    expect(motion).toEqual({ transition: '0s', animation: 'none', scroll: 'auto' });
    await page.screenshot({ path: join(ARTIFACTS, 'a11y-reduced-motion.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
