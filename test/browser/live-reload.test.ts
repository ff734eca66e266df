import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { debtTotal, type Decision } from '../../src/core';
import { replayPlay } from '../../src/engine';
import { ROOT, SCENARIO_DIR, readScenario } from '../../tools/files';
import { readDeploymentConfig } from '../../tools/deployment-config';
import { platformPlugins } from '../../tools/vite-platform';
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
      // The game's own plugins (the offline worker's virtual module among them), with the scenarios from a copy.
      plugins: [
        scenariosPlugin(dir, join(ROOT, 'docs')),
        ...platformPlugins(readDeploymentConfig({ root: ROOT, mode: 'development', env: {} })),
      ],
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
    // The household's debt on screen is the edited case's at the same point, and not the debt before the edit.
    const save = JSON.parse(await page.evaluate(() => localStorage.getItem('wijkteam-kostenspel:save:eerste-huisbezoek') ?? '{}')) as {
      month: number;
      decisions: Decision[];
    };
    const debtAt = (path: string): string => {
      const scenario = readScenario(path).scenario;
      if (!scenario) throw new Error(`${path} does not load`);
      const cents = debtTotal(replayPlay(scenario, save.decisions, 3, 'all', save.month).sim);
      return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100).replace(/\s/g, ' ');
    };
    const status = (await page.locator('.status').textContent())?.replace(/\s/g, ' ') ?? '';
    expect(debtAt(file)).not.toBe(debtAt(join(SCENARIO_DIR, 'eerste-huisbezoek.json')));
    expect(status).toContain(debtAt(file));
    expect(errors).toEqual([]);
  });
});
