/** Debian's Chromium driven by playwright-core, with the flags this environment needs. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'browser');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** Launches headless Chromium. */
export async function launch(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error("Chromium not found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Collects console errors and uncaught page errors; the tests fail on any. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** Waits until the page says it is in the given phase. */
export async function phase(page: Page, name: string): Promise<void> {
  await page.waitForSelector(`html[data-phase="${name}"]`, { timeout: 20_000 });
}

/** Focuses an element and activates it with the keyboard, as a keyboard user would. */
export async function press(page: Page, locator: ReturnType<Page['getByRole']>, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

/** Launches Chromium before a file's tests and closes it after them; returns a getter for it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium was not launched');
    return browser;
  };
}
