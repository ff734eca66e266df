/**
 * The browser figures of `npm run bench`, on the production build in headless
 * Chromium: the longest main-thread work after the click that opens the outcome and
 * the one that opens the debrief, the work per "Volgende maand", and the canvas's
 * cost against a bare Phaser page with one empty scene (built here, beside the game):
 * time to the menu, the JavaScript the menu loads, and frame times while months run.
 * Figures, not assertions: the machine is shared.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium';

interface ClickTiming {
  /** The click's own main-thread work: its handlers and the render they cause, which run before the next frame. */
  readonly handling: number;
  /** The longest task in the moment after it, whatever ran it (the canvas's frames included). */
  readonly longestAfter: number;
}

/** Clicks a control and times the main-thread work it caused. */
async function timedClick(page: Page, selector: string, settleMs: number): Promise<ClickTiming> {
  return page.evaluate(
    ({ selector, settleMs }) =>
      new Promise<ClickTiming>((resolve) => {
        const durations: number[] = [];
        const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask' });
        const control = document.querySelector<HTMLElement>(selector);
        const start = performance.now();
        (window as unknown as { benchClickAt: number }).benchClickAt = start;
        control?.click();
        const sync = performance.now() - start;
        setTimeout(() => {
          observer.disconnect();
          resolve({ handling: sync, longestAfter: Math.max(0, ...durations) });
        }, settleMs);
      }),
    { selector, settleMs },
  );
}

const phaseOf = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.dataset.phase ?? '');

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}

/** Plays a case from the menu to the debrief, timing the clicks that matter. */
async function playCase(page: Page, url: string): Promise<{ outcome: ClickTiming; debrief: ClickTiming; months: number[] }> {
  await page.goto(url);
  await page.waitForSelector('html[data-phase="intake"]', { timeout: 30_000 });
  const months: number[] = [];
  let outcome: ClickTiming = { handling: Number.NaN, longestAfter: Number.NaN };
  for (let guard = 0; guard < 200; guard += 1) {
    const phase = await phaseOf(page);
    if (phase === 'outcome') break;
    if (phase === 'intake') await page.click('#estimate-form button[type=submit]');
    else if (phase === 'plan') await page.click('#confirm-plan');
    else if (phase === 'review') await page.click('#keep-plan');
    else if (phase === 'decision') await page.click('#screen form button[type=submit]');
    else if (phase === 'run') {
      const timing = await timedClick(page, '#next-month', 120);
      if ((await phaseOf(page)) === 'outcome') outcome = { ...timing, longestAfter: Math.max(timing.longestAfter, await settle(page)) };
      else months.push(timing.handling);
    } else await page.waitForTimeout(50);
  }
  await page.waitForTimeout(1500);
  const debrief = await timedClick(page, '#to-debrief', 1000);
  return { outcome, debrief, months };
}

/** The longest task in a short while after a phase change (a render the click scheduled); tasks that ended before the click do not count. */
async function settle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const durations: number[] = [];
        const clickAt = (window as unknown as { benchClickAt?: number }).benchClickAt ?? 0;
        const observer = new PerformanceObserver((list) =>
          durations.push(...list.getEntries().flatMap((e) => (e.startTime + e.duration >= clickAt ? [e.duration] : []))),
        );
        observer.observe({ type: 'longtask', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Math.max(0, ...durations));
        }, 500);
      }),
  );
}

/** A bare Phaser page with one empty scene, in a stage as large as the game's, that says "menu" when the scene starts. */
const BARE_HTML = `<!doctype html>
<html lang="en" data-phase="loading">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Bare Phaser</title>
    <style>body { margin: 0; } #stage { width: 40vw; height: 100vh; }</style>
  </head>
  <body>
    <div id="stage"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const BARE_MAIN = `import Phaser from 'phaser';
class Empty extends Phaser.Scene {
  constructor() { super('empty'); }
  create() { document.documentElement.dataset.phase = 'menu'; }
}
const parent = document.getElementById('stage');
new Phaser.Game({
  type: Phaser.AUTO, parent, width: parent.clientWidth, height: parent.clientHeight, backgroundColor: '#fbf7ef',
  scale: { mode: Phaser.Scale.RESIZE }, scene: [Empty], banner: false, audio: { noAudio: true },
});
`;

/** Builds the bare page into a folder of its own, with the same Phaser the game uses. */
async function buildBare(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'bare-phaser-'));
  writeFileSync(join(root, 'index.html'), BARE_HTML);
  writeFileSync(join(root, 'main.js'), BARE_MAIN);
  const phaserDir = dirname(createRequire(import.meta.url).resolve('phaser/package.json'));
  await build({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    resolve: { alias: { phaser: phaserDir } },
    build: { outDir: join(root, 'dist'), target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return root;
}

async function serve(root: string | undefined, outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    ...(root ? { root, configFile: false } : {}),
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/` };
}

/**
 * Notes the moment the page says it shows the menu, from the first byte on. Scripts
 * for the page are plain text: the TypeScript runner would add helpers to a function
 * that the page does not have.
 */
const MARK_MENU = `(() => {
  const mark = () => {
    if (window.menuAt === undefined && document.documentElement.dataset.phase === 'menu') window.menuAt = performance.now();
  };
  // The script runs before the page's own element exists: watch the whole document.
  new MutationObserver(mark).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-phase'] });
})();`;

/** Notes the time between animation frames until told to stop. */
const START_FRAMES = `(() => {
  window.benchFrames = [];
  window.benchFramesOn = true;
  let last = performance.now();
  const tick = (now) => {
    window.benchFrames.push(now - last);
    last = now;
    if (window.benchFramesOn) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** Time to the menu in a fresh context (no cache, no service worker), and the JavaScript files it loaded. */
async function loadMenu(browser: Browser, url: string): Promise<{ ms: number; scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.m?js$/.test(path)) scripts.push(path);
  });
  await page.addInitScript({ content: MARK_MENU });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { menuAt?: number }).menuAt !== undefined, undefined, { timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { menuAt: number }).menuAt);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, scripts };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Starts noting the time between animation frames in the page. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(START_FRAMES);
}

async function stopFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchFramesOn: boolean };
    w.benchFramesOn = false;
    return w.benchFrames.slice(1);
  });
}

/**
 * Frame times while the months of a case run, each with its coins in flight, and of
 * the bare page's empty scene in turns between them: a shared machine's load then
 * weighs on both alike. The bare page is closed while the game's months run.
 */
async function framesSideBySide(
  browser: Browser,
  gameUrl: string,
  bareUrl: string,
): Promise<{ game: number[]; bare: number[]; draws: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(gameUrl);
  await page.waitForSelector('html[data-phase="intake"]', { timeout: 30_000 });
  // The canvas must be there before the frames count.
  await page.waitForFunction(() => (window as unknown as { wieBetaaltStage?: unknown }).wieBetaaltStage !== undefined, undefined, {
    timeout: 30_000,
  });
  await page.click('#estimate-form button[type=submit]');
  await page.waitForSelector('html[data-phase="plan"]');
  await page.click('#confirm-plan');
  const game: number[] = [];
  const bare: number[] = [];
  const draws: number[] = [];
  let months = 0;
  for (let guard = 0; guard < 300; guard += 1) {
    const phase = await phaseOf(page);
    if (phase === 'outcome') break;
    if (phase === 'run') {
      await startFrames(page);
      await page.click('#next-month');
      await page.waitForTimeout(900);
      game.push(...(await stopFrames(page)));
      draws.push(await page.evaluate(() => (window as unknown as { wieBetaaltStage?: { drawMs: number } }).wieBetaaltStage?.drawMs ?? 0));
      months += 1;
      if (months % 3 === 0) {
        const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        await other.goto(bareUrl);
        await other.waitForSelector('html[data-phase="menu"]', { timeout: 30_000 });
        await other.waitForTimeout(300);
        await startFrames(other);
        await other.waitForTimeout(2700);
        bare.push(...(await stopFrames(other)));
        await other.close();
      }
    } else if (phase === 'review') await page.click('#keep-plan');
    else if (phase === 'decision') await page.click('#screen form button[type=submit]');
    else if (phase === 'plan') await page.click('#confirm-plan');
    else await page.waitForTimeout(50);
  }
  await page.close();
  return { game, bare, draws };
}

/** The gzip size of the files a page loaded, read from the folder the site is served from. */
function gzipSizes(outDir: string, paths: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const path of new Set(paths)) {
    const file = join(outDir, path.replace(/^\//, ''));
    sizes.set(path, gzipSync(readFileSync(file), { level: 9 }).length);
  }
  return sizes;
}

/** Builds the site and the bare page, serves both, and prints the browser figures. */
export async function benchBrowser(): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const outDir = process.env.BENCH_DIST ?? 'dist';
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  mkdirSync(outDir, { recursive: true });
  await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  const bareRoot = await buildBare();
  process.env.NODE_ENV = nodeEnv;
  const site = await serve(undefined, outDir);
  const bare = await serve(bareRoot, join(bareRoot, 'dist'));
  const base = site.url;
  const browser = await launchChromium();
  try {
    // Time to the menu, the game and the bare page taking turns so both meet the same load on the machine.
    const menuMs: number[] = [];
    const bareMs: number[] = [];
    let scripts: string[] = [];
    for (let round = 0; round < 5; round += 1) {
      const game = await loadMenu(browser, base);
      menuMs.push(game.ms);
      scripts = game.scripts;
      bareMs.push((await loadMenu(browser, bare.url)).ms);
    }
    const sizes = gzipSizes(outDir, scripts);
    const phaserChunk = [...sizes.keys()].find((path) => /\/phaser-[^/]*\.js$/.test(path));
    const phaserGzip = phaserChunk ? (sizes.get(phaserChunk) ?? 0) : 0;
    const allGzip = [...sizes.values()].reduce((a, b) => a + b, 0);

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const outcome: ClickTiming[] = [];
    const debrief: ClickTiming[] = [];
    const months: number[] = [];
    for (const id of ['auto-of-leerlingenvervoer', 'eerste-huisbezoek']) {
      for (let round = 0; round < 2; round += 1) {
        await page.goto(base);
        await page.evaluate(() => localStorage.clear());
        const played = await playCase(page, `${base}?scenario=${id}&seed=${round + 1}&mode=all`);
        outcome.push(played.outcome);
        debrief.push(played.debrief);
        months.push(...played.months);
      }
    }
    await page.goto(base);
    await page.evaluate(() => localStorage.clear());
    const frames = await framesSideBySide(browser, `${base}?scenario=auto-of-leerlingenvervoer&seed=3&mode=all`, bare.url);
    const gameFrames = frames.game;
    const bareFrames = frames.bare;

    const worst = (timings: readonly ClickTiming[], key: keyof ClickTiming): string => Math.max(...timings.map((t) => t[key])).toFixed(0);
    console.log(`menu_ready_ms: ${median(menuMs).toFixed(0)} (bare Phaser page ${median(bareMs).toFixed(0)})`);
    console.log(`menu_ready_ratio: ${(median(menuMs) / median(bareMs)).toFixed(2)}`);
    console.log(`menu_js_gzip_kb: ${(allGzip / 1024).toFixed(1)} (Phaser ${(phaserGzip / 1024).toFixed(1)}, ${sizes.size} files)`);
    console.log(`all_js_gzip_ratio: ${phaserGzip > 0 ? (allGzip / phaserGzip).toFixed(3) : 'no Phaser chunk loaded'}`);
    console.log(
      `frame_p95_ms: ${p95(gameFrames).toFixed(1)} (bare Phaser page ${p95(bareFrames).toFixed(1)}; ${gameFrames.length} frames)`,
    );
    console.log(`frame_p95_ratio: ${(p95(gameFrames) / p95(bareFrames)).toFixed(2)}`);
    // The canvas's own share of a month: drawing the new state, in the frame after the click.
    console.log(`month_canvas_draw_ms_p95: ${p95(frames.draws).toFixed(1)}`);
    console.log(`outcome_click_ms: ${worst(outcome, 'handling')}`);
    console.log(`debrief_click_ms: ${worst(debrief, 'handling')}`);
    console.log(`month_click_ms_p95: ${p95(months).toFixed(1)}`);
    // Long tasks after a click include the canvas's own frames (software WebGL here), so they are reported apart.
    console.log(`outcome_click_longest_task_after_ms: ${worst(outcome, 'longestAfter')}`);
    console.log(`debrief_click_longest_task_after_ms: ${worst(debrief, 'longestAfter')}`);
  } finally {
    await browser.close();
    for (const { server } of [site, bare]) await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(bareRoot, { recursive: true, force: true });
  }
}
