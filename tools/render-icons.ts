/**
 * Renders the hand-drawn app icons (public/icons/*.svg) to the PNG sizes browsers and
 * home screens ask for, in headless Chromium, so the icons stay the project's own
 * drawing. The PNGs are committed; run `npm run icons` after editing an SVG.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT } from './files.ts';

export const ICON_DIR = join(ROOT, 'public', 'icons');

/** Every PNG the manifest and index.html name: file, source drawing and size in pixels. */
export const ICON_PNGS = [
  { file: 'icon-192.png', source: 'icon.svg', size: 192 },
  { file: 'icon-512.png', source: 'icon.svg', size: 512 },
  { file: 'maskable-192.png', source: 'icon-maskable.svg', size: 192 },
  { file: 'maskable-512.png', source: 'icon-maskable.svg', size: 512 },
  // Home screens on iOS round the corners themselves and show no transparency.
  { file: 'apple-touch-icon.png', source: 'icon-maskable.svg', size: 180 },
] as const;

function chromiumPath(): string {
  const found = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!found) throw new Error("Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
  return found;
}

/** Renders every PNG in ICON_PNGS from its SVG. */
export async function renderIcons(): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    for (const icon of ICON_PNGS) {
      const svg = readFileSync(join(ICON_DIR, icon.source)).toString('base64');
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<!doctype html><body style="margin:0"><img alt="" width="${icon.size}" height="${icon.size}" src="data:image/svg+xml;base64,${svg}"></body>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
      writeFileSync(join(ICON_DIR, icon.file), png);
      written.push(icon.file);
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await renderIcons();
  console.log(`wrote ${written.map((f) => `public/icons/${f}`).join(', ')}`);
}
