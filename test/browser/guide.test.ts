/**
 * The authoring guide as a page of the built site: opened from the workbench and from the
 * menu in the game's language, rendered (headings, not raw Markdown), in the game's
 * style, under the game's Content-Security-Policy, accessible, and kept for offline use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { ARTIFACTS, phase, press, useBrowser, watchErrors } from './browser';
import { watchPolicy } from './play-case';
import { DIST_DIR } from './static-site';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The guide's headings as the Markdown has them: the page must show each as a heading. */
function markdownHeadings(file: string): string[] {
  return readFileSync(join(ROOT, 'docs', file), 'utf8')
    .split('\n')
    .filter((line) => /^#{1,3} /.test(line))
    .map((line) => line.replace(/^#+ /, '').replace(/[`_*]/g, '').trim());
}

/** What a reader of the guide page sees of it. */
async function readGuide(
  page: Page,
): Promise<{ lang: string; h1: string; headings: string[]; raw: number; tocLinks: number; broken: string[] }> {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll('main h1, main h2, main h3')].map((h) => (h.textContent ?? '').trim());
    // Markdown left unrendered: a line of the text that starts with '#' or a fence of backticks.
    const raw = [...document.querySelectorAll('main p, main li')].filter((e) => /^(#{1,6} |```)/.test((e.textContent ?? '').trim())).length;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const broken = links
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !document.getElementById(decodeURIComponent(href.slice(1))));
    return { lang: document.documentElement.lang, h1: headings[0] ?? '', headings, raw, tocLinks: links.length, broken };
  });
}

async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const options: RunOptions = {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  };
  return page.evaluate(async (opts) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe;
    const results = await axe.run(document, opts);
    return results.violations.map(
      (v) => `${v.id} (${v.impact ?? '?'}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' > ')).join('\n    ')}`,
    );
  }, options);
}

describe('the authoring guide as a page', () => {
  const browser = useBrowser();

  it('opens from the workbench in a new tab, rendered: every heading of the Markdown is a heading, with working contents', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const link = page.getByRole('link', { name: 'Handleiding voor het schrijven van een casus' });
    const opened = context.waitForEvent('page');
    await press(page, link);
    const guide = await opened;
    const guideErrors = watchErrors(guide);
    const violations = await watchPolicy(guide);
    await guide.waitForLoadState('load');
    expect(new URL(guide.url()).pathname).toMatch(/\/guide\.html$/);
    const read = await readGuide(guide);
    expect(read.lang).toBe('nl');
    expect(read.h1).toBe('Casussen schrijven voor Wie betaalt?');
    expect(read.headings).toEqual(markdownHeadings('authoring.md'));
    expect(read.raw).toBe(0);
    expect(read.tocLinks).toBeGreaterThan(20);
    expect(read.broken).toEqual([]);
    // The guide's own contents list links to its chapters by GitHub's ids.
    expect(await guide.locator('[id="1-wat-is-een-scenario"]').count()).toBe(1);
    // In the game's style: its font, and code blocks and tables styled.
    const style = await guide.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      codeBackground: getComputedStyle(document.querySelector('pre.guide-code') ?? document.body).backgroundColor,
      tables: document.querySelectorAll('main table.data').length,
      scripts: document.querySelectorAll('script').length,
    }));
    expect(style.font).toContain('Atkinson Hyperlegible');
    expect(style.codeBackground).toBe('rgb(31, 42, 68)');
    expect(style.tables).toBeGreaterThan(3);
    expect(style.scripts).toBe(0);
    expect(await guide.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"'))).toBe(true);
    await guide.screenshot({ path: join(ARTIFACTS, 'guide-1280.png') });
    expect(violations).toEqual([]);
    expect([...errors, ...guideErrors]).toEqual([]);
    await context.close();
  });

  it('opens from the menu in the language of the game, and links to the other language', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.getByRole('link', { name: 'Guide for trainers: writing your own case' }).waitFor();
    await press(page, page.getByRole('link', { name: 'Guide for trainers: writing your own case' }));
    await page.waitForURL(/guide\.en\.html$/);
    const english = await readGuide(page);
    expect(english.lang).toBe('en');
    expect(english.headings).toEqual(markdownHeadings('authoring.en.md'));
    expect(english.raw).toBe(0);
    expect(english.broken).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'guide-en-390.png') });
    await press(page, page.getByRole('link', { name: 'Lees de handleiding in het Nederlands' }));
    await page.waitForURL(/guide\.html$/);
    expect((await readGuide(page)).lang).toBe('nl');
    await press(page, page.getByRole('link', { name: 'Terug naar het spel' }));
    await phase(page, 'menu');
    expect(errors).toEqual([]);
    await context.close();
  });

  // axe reads every node of a long page: the guide is the longest page of the site, so this check gets room on a busy machine.
  it('passes axe in both languages at 1280x720, and in Dutch at 390x844', { timeout: 480_000 }, async () => {
    const findings: string[] = [];
    const runs = [
      { width: 1280, height: 720, files: ['guide.html', 'guide.en.html'] },
      { width: 390, height: 844, files: ['guide.html'] },
    ];
    for (const { width, height, files } of runs) {
      const context = await browser().newContext({ viewport: { width, height }, bypassCSP: true });
      const page = await context.newPage();
      for (const file of files) {
        await page.goto(new URL(file, inject('baseUrl')).toString());
        findings.push(...(await audit(page)).map((f) => `[${file} ${width}] ${f}`));
      }
      await context.close();
    }
    expect(findings).toEqual([]);
  });

  it('is kept for offline use: the service worker serves both pages with the network gone', async () => {
    const worker = readFileSync(join(ROOT, DIST_DIR, 'service-worker.js'), 'utf8');
    expect(worker).toContain('"guide.html"');
    expect(worker).toContain('"guide.en.html"');
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await phase(page, 'menu');
    await context.setOffline(true);
    for (const file of ['guide.html', 'guide.en.html']) {
      await page.goto(new URL(file, inject('baseUrl')).toString());
      const read = await readGuide(page);
      expect(read.headings.length).toBeGreaterThan(50);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Atkinson Hyperlegible');
    }
    await context.close();
  });
});
