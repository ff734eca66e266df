/**
 * The built game can be installed: its web app manifest names the game, its start
 * page, a standalone display and the project's own icons in the sizes browsers ask
 * for, and Chromium itself reports no installability error.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ICON_PNGS } from '../../tools/render-icons';
import { launch } from './browser';

interface Manifest {
  readonly name: string;
  readonly short_name: string;
  readonly start_url: string;
  readonly scope: string;
  readonly display: string;
  readonly lang: string;
  readonly icons: readonly { readonly src: string; readonly sizes: string; readonly type: string; readonly purpose?: string }[];
}

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('installable', () => {
  it('has a manifest with name, start page, standalone display and icons of the sizes it claims', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const base = inject('baseUrl');
      await page.goto(base);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe('./manifest.webmanifest');
      const url = new URL(href ?? '', base).href;
      const manifest = (await (await page.request.get(url)).json()) as Manifest;
      expect(manifest).toMatchObject({ name: expect.stringContaining('Wie betaalt?') as unknown, short_name: 'Wie betaalt?' });
      expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone', lang: 'nl' });
      for (const size of ['192x192', '512x512']) {
        expect(manifest.icons.some((icon) => icon.sizes === size && icon.type === 'image/png' && icon.purpose !== 'maskable')).toBe(true);
        expect(manifest.icons.some((icon) => icon.sizes === size && icon.purpose === 'maskable')).toBe(true);
      }
      for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
        const response = await page.request.get(new URL(icon.src, url).href);
        expect(response.headers()['content-type']).toBe('image/png');
        const [width, height] = pngSize(await response.body());
        expect(`${width}x${height}`).toBe(icon.sizes);
        expect(ICON_PNGS.some((png) => `icons/${png.file}` === icon.src)).toBe(true);
      }
      const svg = await page.request.get(new URL('icons/icon.svg', url).href);
      expect(await svg.text()).toContain('<svg');
    } finally {
      await browser.close();
    }
  });

  it('Chromium finds no installability error (in a normal, not an incognito, profile)', async () => {
    // Chromium only installs from a profile on disk; the tests' usual contexts are incognito.
    const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wie-betaalt-profile-')), {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(inject('baseUrl'));
      await page.waitForSelector('html[data-phase="menu"]');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
      expect(manifest.errors).toEqual([]);
      expect(manifest.url).toMatch(/manifest\.webmanifest$/);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
