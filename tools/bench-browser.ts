/**
 * The browser figures of `npm run bench`, on the production build in headless
 * Chromium: the longest main-thread work after the click that opens the outcome and
 * the one that opens the debrief, and the work per "Volgende maand". Figures, not
 * assertions: the machine is shared.
 */
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
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

/** The longest task in a short while after a phase change (a render the click scheduled). */
async function settle(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const durations: number[] = [];
        const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
        observer.observe({ type: 'longtask', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(Math.max(0, ...durations));
        }, 500);
      }),
  );
}

/** Builds the site, serves it, and prints the browser figures. */
export async function benchBrowser(): Promise<void> {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING = 'true';
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
  process.env.NODE_ENV = nodeEnv;
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 4173}/`;
  const browser = await launchChromium();
  try {
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
    const worst = (timings: readonly ClickTiming[], key: keyof ClickTiming): string => Math.max(...timings.map((t) => t[key])).toFixed(0);
    console.log(`outcome_click_ms: ${worst(outcome, 'handling')}`);
    console.log(`debrief_click_ms: ${worst(debrief, 'handling')}`);
    console.log(`month_click_ms_p95: ${p95(months).toFixed(1)}`);
    // Long tasks after a click include the canvas's own frames (software WebGL here), so they are reported apart.
    console.log(`outcome_click_longest_task_after_ms: ${worst(outcome, 'longestAfter')}`);
    console.log(`debrief_click_longest_task_after_ms: ${worst(debrief, 'longestAfter')}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}
