/**
 * A new version of the site announces itself and takes over only when the player
 * agrees: never in the middle of a case, and until then the old version keeps running,
 * even across a reload.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { ARTIFACTS, press, useBrowser, watchErrors } from './browser';
import { inPage, startTutorial, waitForPhase, watchPolicy } from './play-case';
import { DIST_DIR, serveStatic, type StaticSite } from './static-site';

const DIST = join(ROOT, DIST_DIR);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.1 A and AA findings inside one element (evaluated through the DevTools protocol, which the page's policy does not cover). */
async function axeFindings(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (within) => {
    const axe = (
      window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; help: string }[] }> } }
    ).axe;
    const results = await axe.run(within, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.map((v) => `${v.id}: ${v.help}`);
  }, selector);
}

/** A copy of the build with a changed index.html, as the next release would be. */
function nextVersion(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wie-betaalt-v2-'));
  cpSync(DIST, dir, { recursive: true });
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  writeFileSync(join(dir, 'index.html'), html.replace('<title>', '<meta name="wie-betaalt-release" content="2" />\n    <title>'));
  // The worker lists index.html with a revision; a changed page has a changed revision.
  const worker = readFileSync(join(dir, 'service-worker.js'), 'utf8');
  const next = worker.replace(/\{"revision":"[0-9a-f]+","url":"index\.html"\}/, '{"revision":"release-2","url":"index.html"}');
  if (next === worker) throw new Error('index.html not found in the precache list of service-worker.js');
  writeFileSync(join(dir, 'service-worker.js'), next);
  return dir;
}

const release = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('meta[name="wie-betaalt-release"]')?.getAttribute('content') ?? null);

const waitingWorker = (page: Page): Promise<boolean> =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

describe('a new version', () => {
  const browser = useBrowser();
  let site: StaticSite;

  beforeAll(async () => {
    site = await serveStatic(DIST);
  });

  afterAll(async () => {
    await site.stop();
  });

  it('waits for the player between cases, and the old version runs until they agree', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations = await watchPolicy(page);
    const game = inPage(page);
    await page.goto(site.url);
    await waitForPhase(game, 'menu');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await waitForPhase(game, 'menu');
    await startTutorial(game);

    // The next release goes online while the player is at the intake.
    site.serve(nextVersion());
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    // Headless Chromium draws the canvas in software, which can hold up the update check for a minute on a small machine.
    await expect.poll(() => waitingWorker(page), { timeout: 110_000, interval: 500 }).toBe(true);
    const banner = page.getByRole('region', { name: 'Nieuwe versie' });
    await page.waitForTimeout(300);
    expect(await banner.isVisible()).toBe(false);

    // Back in the menu, the offer appears; the page is still the old release.
    await press(page, page.getByRole('button', { name: 'Menu' }));
    await waitForPhase(game, 'menu');
    await banner.waitFor({ state: 'visible' });
    expect(await page.locator('#update-status').textContent()).toContain('Er is een nieuwe versie');
    await page.screenshot({ path: join(ARTIFACTS, 'update-banner.png') });
    expect(await axeFindings(page, '#update-banner')).toEqual([]);
    expect(await release(page)).toBeNull();

    // Later: the banner goes, and a reload still runs the old release with the new one waiting.
    await press(page, banner.getByRole('button', { name: 'Later' }));
    expect(await banner.isVisible()).toBe(false);
    await page.reload();
    await waitForPhase(game, 'menu');
    expect(await release(page)).toBeNull();
    expect(await waitingWorker(page)).toBe(true);

    // Agreeing loads the new release.
    await banner.waitFor({ state: 'visible' });
    await Promise.all([page.waitForEvent('load'), press(page, banner.getByRole('button', { name: 'Nu bijwerken' }))]);
    await waitForPhase(game, 'menu');
    expect(await release(page)).toBe('2');
    expect(await banner.isVisible()).toBe(false);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);
});
