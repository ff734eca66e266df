/**
 * Paper: the print stylesheet gives a clean A4 debrief (no canvas stage, top bar,
 * buttons or fields; the what-ifs and the figures under the charts opened before
 * printing and folded again after), the completion summary prints the reflection as
 * text and downloads as a standalone HTML file, and the comparison prints its tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, useBrowser, watchErrors } from './browser';
import { inPage, playTutorial } from './play-case';
import { codeFor, tutorial, tutorialRoutes } from './team-codes';

/** What is on paper: the controls still shown, the folded details, whether the stage and the top bar show. */
function paper(page: Page): Promise<{ controls: string[]; closedDetails: number; stage: string; topbar: string }> {
  return page.evaluate(() => {
    const shown = (el: Element): boolean => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
    const controls = [...document.querySelectorAll('button:not(.sort), input, select, textarea')]
      .filter(shown)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}`);
    const display = (selector: string): string => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el).display : 'absent';
    };
    return {
      controls,
      closedDetails: document.querySelectorAll('details:not([open])').length,
      stage: display('#stage'),
      topbar: display('.topbar'),
    };
  });
}

describe('printing', () => {
  const browser = useBrowser();

  it('prints the debrief without controls, with the what-ifs open, and folds them again afterwards', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await playTutorial(inPage(page));
    await page.locator('.timeline details').first().waitFor();
    const closedOnScreen = await page.locator('details:not([open])').count();
    expect(closedOnScreen).toBeGreaterThan(0);
    expect((await paper(page)).controls.length).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = await paper(page);
    expect(printed).toEqual({ controls: [], closedDetails: 0, stage: 'none', topbar: 'none' });
    expect(await page.locator('.timeline li').first().isVisible()).toBe(true);
    expect(await page.locator('.timeline details ul').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'print-debrief.png'), fullPage: true });
    await page.pdf({ path: join(ARTIFACTS, 'print-debrief.pdf'), format: 'A4' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('details:not([open])').count()).toBe(closedOnScreen);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints and downloads the completion summary with the reflection as text', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await playTutorial(inPage(page));
    await page.getByRole('button', { name: 'Samenvatting voor je portfolio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samenvatting voor je portfolio' }).waitFor();
    const reflection = 'Ik zag hoe een boete groeit. <b>Dit blijft tekst</b> & geen opmaak.';
    await page.getByLabel(/Wat neem je mee uit deze casus/).fill(reflection);
    expect(await page.locator('#reflection-status').textContent()).toContain('Bewaard.');
    expect(await page.locator('.summary-route li').count()).toBeGreaterThan(0);
    expect(await page.locator('#summary-estimate li').first().textContent()).toMatch(
      /geschat €\s1\.500,00, werkelijk €\s[\d.]+,\d\d \(score \d+ van 100\)/,
    );
    expect(await page.locator('#summary-duration').textContent()).toMatch(/minu/);
    // On a phone the page reflows: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'summary-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.screenshot({ path: join(ARTIFACTS, 'summary-1024.png'), fullPage: true });

    // Kept in the save: a reload of the menu and the save still holds the reflection.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('wijkteam-kostenspel:save:'))
        .map((k) => (JSON.parse(localStorage.getItem(k) ?? '{}') as { reflection?: string }).reflection),
    );
    expect(kept).toContain(reflection);

    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect((await paper(page)).controls).toEqual([]);
    expect(await page.locator('#reflection-text').textContent()).toBe(reflection);
    expect(await page.locator('#reflection-text b').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'print-summary.png'), fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download als HTML-bestand' }).click();
    const file = readFileSync(await (await download).path(), 'utf8');
    expect(file.startsWith('<!doctype html>')).toBe(true);
    expect(file).toContain('Ik zag hoe een boete groeit. &lt;b&gt;Dit blijft tekst&lt;/b&gt; &amp; geen opmaak.');
    expect(file).not.toMatch(/<button|<textarea|<script/);
    expect(file).toContain('Eerste huisbezoek: Anouk en Milan');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the comparison: the tables and the chart, not the box the codes were pasted in', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    const scenario = tutorial();
    const codes = tutorialRoutes(scenario, 4).map((route, i) => `Team ${i + 1}\t${codeFor(scenario, route).code}`);
    await page.goto(inject('baseUrl'));
    await page.getByRole('button', { name: 'Teams vergelijken' }).click();
    await page.getByLabel('Resultaatcodes van de teams').fill(codes.join('\n'));
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await page.locator('#compare-table').waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect((await paper(page)).controls).toEqual([]);
    expect(await page.locator('#compare-table').isVisible()).toBe(true);
    expect(await page.locator('#compare-choices').isVisible()).toBe(true);
    expect(await page.locator('#compare-chart-table').isVisible()).toBe(true);
    expect(await page.locator('#team-codes').isVisible()).toBe(false);
    // A sort button prints as its header's text.
    expect(await page.locator('#compare-table thead th button.sort').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'print-compare.png'), fullPage: true });
    await page.close();
  });
});
