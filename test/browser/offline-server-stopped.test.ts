/**
 * On a train: the game was opened once, then the network is gone for real (the server
 * is stopped, so the service worker cannot reach it either). A reload still shows every
 * case of the index, and the tutorial plays from the intake to the debrief with its
 * catalogue, fonts and sounds, all from the worker's cache.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { ARTIFACTS, useBrowser, watchErrors } from './browser';
import { inPage, playTutorial, waitForPhase, watchPolicy } from './play-case';
import { DIST_DIR, serveStatic, type StaticSite } from './static-site';

const DIST = join(ROOT, DIST_DIR);

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

/** The titles (in Dutch) of every case scenarios/index.json lists. */
function indexedTitles(): string[] {
  const index = JSON.parse(readFileSync(join(DIST, 'scenarios', 'index.json'), 'utf8')) as { scenarios: string[] };
  return index.scenarios.map((file) => {
    const doc = JSON.parse(readFileSync(join(DIST, 'scenarios', file), 'utf8')) as { title: { nl: string } };
    return doc.title.nl;
  });
}

describe('offline after the first visit, with the server stopped', () => {
  const browser = useBrowser();
  let site: StaticSite;

  beforeAll(async () => {
    site = await serveStatic(DIST);
  });

  afterAll(async () => {
    await site.stop();
  });

  it('plays the whole tutorial with no server at all', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations = await watchPolicy(page);
    await page.goto(site.url);
    await waitForPhase(inPage(page), 'menu');
    // The first visit installs the worker, which keeps every file of the build.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });

    await site.stop();
    await expect(fetch(site.url)).rejects.toThrow();

    const notFromCache: string[] = [];
    page.on('response', (response) => {
      // blob: and data: URLs (Phaser decodes its art through them) never touch the network.
      if (!response.fromServiceWorker() && !/^(blob|data):/.test(response.url())) notFromCache.push(response.url());
    });
    page.on('requestfailed', (request) => notFromCache.push(`failed: ${request.url()}`));
    await page.reload();
    await waitForPhase(inPage(page), 'menu');
    for (const title of indexedTitles()) {
      expect(await page.getByRole('radio', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).count()).toBe(1);
    }
    await playTutorial(inPage(page));
    await page.screenshot({ path: join(ARTIFACTS, 'offline-stopped-debrief.png'), fullPage: true });

    // Every file the game may need later (other cases, the catalogue, fonts, sounds, art, the guide) is there too.
    const files = listFiles(DIST)
      .map((file) => relative(DIST, file).split(sep).join('/'))
      // Left out on purpose: .woff (every browser with a service worker reads .woff2), the editors' JSON Schemas, the maskable icon's source.
      .filter((file) => !/\.woff$|\.schema\.json$|^icons\/icon-maskable\.svg$|^service-worker\.js$/.test(file));
    const missing = await page.evaluate(async (paths) => {
      const out: string[] = [];
      for (const path of paths) {
        const response = await fetch(path).catch(() => undefined);
        if (!response?.ok || (await response.arrayBuffer()).byteLength === 0) out.push(path);
      }
      return out;
    }, files);
    expect(missing).toEqual([]);
    expect(files.some((f) => f.endsWith('.wav'))).toBe(true);
    expect(files.some((f) => f.endsWith('.woff2'))).toBe(true);
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.family.includes('Atkinson Hyperlegible') && face.status === 'loaded').length;
    });
    expect(fontsLoaded).toBeGreaterThan(0);
    expect(notFromCache).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a connection that stops answering, the cases come from the cache after a few seconds', async () => {
    let stalled = false;
    const held: (() => void)[] = [];
    const slow = await serveStatic(DIST, {
      before: (req, res) => {
        if (!stalled || !req.url?.includes('/scenarios/')) return false;
        // Bad Wi-Fi: the request arrives, the answer never does (until the test ends).
        held.push(() => res.destroy());
        return true;
      },
    });
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(slow.url);
    await waitForPhase(inPage(page), 'menu');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    stalled = true;
    const started = Date.now();
    await page.reload();
    await waitForPhase(inPage(page), 'menu', 30_000);
    expect(Date.now() - started).toBeLessThan(25_000);
    expect(held.length).toBeGreaterThan(0);
    for (const title of indexedTitles()) expect(await page.getByText(title, { exact: false }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
    held.forEach((release) => release());
    await slow.stop();
  });
});
