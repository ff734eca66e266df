/**
 * The neighbourhood on the production build: it stays in view through a whole case
 * played by keyboard (beside the screens at 1280x720, a pinned strip on a phone),
 * speaks the language the page speaks, stands still for reduced motion, and draws
 * the household's state as the engine keeps it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { runCase, type Decision } from '../../src/core';
import { homeOf } from '../../src/game/household';
import { readScenario, SCENARIO_DIR } from '../../tools/files';
import { phase, press, useBrowser, watchErrors } from './browser';
import { startTutorial, inPage } from './play-case';
import { phaseOf, playByKeyboard, stageBox, stageOf } from './stage-play';

const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
const SAVE = 'wijkteam-kostenspel:save:eerste-huisbezoek';

/** The stage lies wholly inside the window, and the canvas fills it: no blank band below the picture. */
async function expectStageInView(page: Page, where: string): Promise<void> {
  const box = await stageBox(page);
  expect(box.y, where).toBeGreaterThanOrEqual(-0.5);
  expect(box.x, where).toBeGreaterThanOrEqual(-0.5);
  expect(box.y + box.height, where).toBeLessThanOrEqual(box.vh + 0.5);
  expect(box.x + box.width, where).toBeLessThanOrEqual(box.vw + 0.5);
  const canvas = await page.locator('#stage canvas').boundingBox();
  expect(canvas, where).not.toBeNull();
  if (!canvas) return;
  expect(canvas.height, where).toBeGreaterThanOrEqual(box.height - 4);
  expect(canvas.width, where).toBeGreaterThanOrEqual(box.width - 4);
}

/** The focused control is not hidden under the pinned stage. */
async function expectFocusClear(page: Page, where: string): Promise<void> {
  const overlap = await page.evaluate(() => {
    const focused = document.activeElement?.getBoundingClientRect();
    const stage = document.getElementById('stage')?.getBoundingClientRect();
    if (!focused || !stage) return 0;
    const x = Math.max(0, Math.min(focused.right, stage.right) - Math.max(focused.left, stage.left));
    const y = Math.max(0, Math.min(focused.bottom, stage.bottom) - Math.max(focused.top, stage.top));
    return x * y;
  });
  expect(overlap, where).toBe(0);
}

describe('the neighbourhood on the stage', () => {
  const browser = useBrowser();

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`stays in view through a whole case played by keyboard at ${viewport.width}x${viewport.height}`, async () => {
      const page = await browser().newPage({ viewport });
      const errors = watchErrors(page);
      await page.goto(inject('baseUrl'));
      await phase(page, 'menu');
      await stageOf(page);
      await expectStageInView(page, 'menu');
      await startTutorial(inPage(page), 7);
      const phases = new Set<string>();
      await playByKeyboard(page, {
        plan: [/^Budgetbeheer/],
        onStep: async ({ phase: now }) => {
          phases.add(now);
          await expectStageInView(page, now);
          await expectFocusClear(page, now);
        },
      });
      await expectStageInView(page, 'debrief');
      expect([...phases]).toEqual(expect.arrayContaining(['intake', 'plan', 'run', 'outcome']));
      // Beside the screens the stage is the window's full height; on a phone a strip the window's width and a small share of its height.
      const box = await stageBox(page);
      if (viewport.width < 600) {
        expect(box.width).toBeGreaterThanOrEqual(box.vw - 1);
        expect(box.height).toBeLessThan(viewport.height * 0.35);
      } else {
        expect(box.height).toBeGreaterThanOrEqual(box.vh - 1);
        expect(box.width).toBeGreaterThan(box.vw * 0.3);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('draws its heading, building names and legend in English after a language switch', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=7`);
    await phase(page, 'intake');
    const dutch = await stageOf(page);
    expect(dutch.lang).toBe('nl');
    expect(dutch.heading).toBe('Maand 1 van 6');
    expect(dutch.labels).toEqual(expect.arrayContaining(['Gemeente', 'Aanbieders']));
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.waitForFunction(() => window.wieBetaaltStage?.lang === 'en');
    const english = await stageOf(page);
    expect(english.heading).toBe('Month 1 of 6');
    expect(english.labels).toEqual(expect.arrayContaining(['Municipality', 'Housing corp.', 'Providers', 'costs (care, time)']));
    for (const word of ['Gemeente', 'Corporatie', 'Aanbieders', 'kosten (zorg, tijd)', 'overdracht (geld verschuift)'])
      expect(english.labels).not.toContain(word);
    expect(await page.locator('#stage').getAttribute('data-canvas-lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stands still for reduced motion: money streams are drawn in place, nothing tweens', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=7`);
    await phase(page, 'intake');
    expect((await stageOf(page)).reducedMotion).toBe(true);
    let months = 0;
    await playByKeyboard(page, {
      onStep: async ({ phase: now }) => {
        if (now !== 'run') return;
        const seen = await stageOf(page);
        expect(seen.tweens).toBe(0);
        if (seen.heading !== 'Maand 1 van 6') months += seen.streams > 0 ? 1 : 0;
      },
    });
    // The months did book money, and it was shown without motion.
    expect(months).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the household as the engine keeps it: arrears, the summons, the eviction and the shelter', async () => {
    expect(scenario).toBeDefined();
    if (!scenario) return;
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=7`);
    await phase(page, 'intake');
    const dwellings: string[] = [];
    const letters = new Set<string>();
    await playByKeyboard(page, {
      onStep: async ({ phase: now }) => {
        if (now !== 'run' && now !== 'review' && now !== 'decision') return;
        const seen = await stageOf(page);
        if (dwellings.at(-1) !== seen.dwelling) dwellings.push(seen.dwelling);
        for (const letter of seen.letters) letters.add(letter);
      },
    });
    const end = await stageOf(page);
    const save = await page.evaluate(
      (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { decisions: Decision[]; seed: number },
      SAVE,
    );
    const played = runCase(scenario, save.decisions, save.seed);
    // With no help the rent arrears run to an eviction (the case's system route): the engine says so, the canvas shows it.
    expect(played.final.flags).toContain('ontruimd');
    const expected = homeOf(scenario, played.final);
    expect(end.dwelling).toBe(expected.dwelling);
    expect(end.dwelling).toBe('shelter');
    expect(end.evicted).toBe(true);
    expect(end.moods).toEqual(expected.moods.map((m) => m.mood));
    expect(end.post).toBe(expected.post);
    expect(dwellings).toEqual(expect.arrayContaining(['arrears', 'summons', 'shelter']));
    expect(dwellings.indexOf('arrears')).toBeLessThan(dwellings.indexOf('summons'));
    expect(dwellings.indexOf('summons')).toBeLessThan(dwellings.indexOf('shelter'));
    expect([...letters]).toContain('eviction-notice');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the other budgets in fog in an own-budget round until the outcome, and sleeps while nothing moves', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    await page.goto(`${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=7&mode=own`);
    await phase(page, 'intake');
    const fogged: string[][] = [];
    await playByKeyboard(page, {
      onStep: async ({ phase: now }) => {
        if (now === 'run') fogged.push([...(await stageOf(page)).fogged]);
      },
    });
    expect(fogged.length).toBeGreaterThan(0);
    for (const seen of fogged) expect(seen).toEqual(expect.arrayContaining(['woningcorporatie', 'cjib', 'belastingdienst']));
    expect(await phaseOf(page)).toBe('debrief');
    expect((await stageOf(page)).fogged).toEqual([]);
    // Once the fog has lifted and the coins have landed, the loop sleeps.
    await page.waitForFunction(() => window.wieBetaaltStage?.sleeping === true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
