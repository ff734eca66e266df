import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SCENARIO_DIR } from '../../tools/files';
import { scenariosPlugin } from '../../tools/vite-scenarios';
import { launch, phase, watchErrors } from './browser';

describe('npm start reloads an edited scenario into the running game', () => {
  let server: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const dir = mkdtempSync(join(tmpdir(), 'scenarios-'));

  beforeAll(async () => {
    cpSync(SCENARIO_DIR, dir, { recursive: true });
    server = await createServer({
      root: ROOT,
      configFile: false,
      logLevel: 'warn',
      plugins: [scenariosPlugin(dir, join(ROOT, 'docs'))],
      server: { port: 0, host: '127.0.0.1', strictPort: false },
    });
    await server.listen();
    browser = await launch();
    page = await browser.newPage();
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stays at the same point when the decision log still fits', async () => {
    const address = server.httpServer?.address();
    const port = typeof address === 'object' && address ? address.port : 5173;
    await page.goto(
      `http://127.0.0.1:${port}/?scenario=eerste-huisbezoek&seed=3&decisions=${encodeURIComponent('0+budgetbeheer;2cbrief-cjib=laten-liggen')}`,
    );
    await phase(page, 'review');
    const file = join(dir, 'eerste-huisbezoek.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"amount": 300', '"amount": 400'));
    await page.waitForFunction(() => document.getElementById('announcer')?.textContent?.includes('bijgewerkt'), undefined, {
      timeout: 20_000,
    });
    expect(await page.evaluate(() => document.documentElement.dataset.phase)).toBe('review');
    expect(await page.locator('.status').textContent()).toContain('600,00');
    expect(errors).toEqual([]);
  });
});
