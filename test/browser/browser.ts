/** The browser tests' helpers: Debian's Chromium (launched as tools/chromium.ts does), errors, phases, keys. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../tools/chromium';

export const ARTIFACTS = join(process.cwd(), 'test-results', 'browser');

/** Launches headless Chromium, with a folder for the screenshots. */
export async function launch(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return launchChromium();
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
