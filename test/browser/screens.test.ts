/**
 * Screenshots of every phase at 1280x720 and 390x844, in Dutch and English, saved in
 * test-results/screens/ for people to look at: the window as the player sees it, with
 * the neighbourhood in view, not the whole scrolled page.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { phase, press, useBrowser, watchErrors } from './browser';
import { inPage, startTutorial } from './play-case';
import { playByKeyboard, stageBox, stageOf } from './stage-play';

const SCREENS = join(process.cwd(), 'test-results', 'screens');
const PHASES = ['menu', 'intake', 'plan', 'run', 'review', 'decision', 'outcome', 'debrief'];

describe('screenshots of every phase', () => {
  const browser = useBrowser();
  mkdirSync(SCREENS, { recursive: true });

  for (const { width, height, lang } of [
    { width: 1280, height: 720, lang: 'nl' },
    { width: 390, height: 844, lang: 'nl' },
    { width: 1280, height: 720, lang: 'en' },
    { width: 390, height: 844, lang: 'en' },
  ]) {
    it(`saves each phase at ${width}x${height} in ${lang === 'nl' ? 'Dutch' : 'English'}, with the stage in view`, async () => {
      const page = await browser().newPage({ viewport: { width, height } });
      const errors = watchErrors(page);
      const saved: string[] = [];
      const shoot = async (name: string): Promise<void> => {
        if (saved.includes(name)) return;
        // The picture once the canvas has drawn this step and its coins have landed.
        await stageOf(page);
        await page.waitForFunction(() => window.wieBetaaltStage?.sleeping === true, undefined, { timeout: 20_000 });
        const box = await stageBox(page);
        expect(box.y + box.height, name).toBeLessThanOrEqual(box.vh + 0.5);
        expect(box.y, name).toBeGreaterThanOrEqual(-0.5);
        const file = join(SCREENS, `${width}x${height}-${lang}-${PHASES.indexOf(name)}-${name}.png`);
        await page.screenshot({ path: file });
        expect(statSync(file).size).toBeGreaterThan(0);
        saved.push(name);
      };
      await page.goto(inject('baseUrl'));
      await phase(page, 'menu');
      if (lang === 'en') {
        await press(page, page.getByRole('button', { name: 'Switch to English' }));
        await page.waitForSelector('html[lang="en"]');
      }
      await shoot('menu');
      await startTutorial(inPage(page), 7);
      await playByKeyboard(page, { plan: [/^(Budgetbeheer|Budget management)/], onStep: ({ phase: now }) => shoot(now) });
      await shoot('debrief');
      expect(saved.sort()).toEqual([...PHASES].sort());
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
