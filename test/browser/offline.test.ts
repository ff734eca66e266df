import { describe, expect, inject, it } from 'vitest';
import { phase, press, useBrowser, watchErrors } from './browser';

describe('self-paced at home: offline after the first visit', () => {
  const browser = useBrowser();

  it('loads the menu, the cases and the art from the cache when the network is gone', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installed the worker; from now on the page is under its control.
    await page.reload();
    await phase(page, 'menu');
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await phase(page, 'menu');
    expect(await page.getByRole('radio', { name: /Auto of leerlingenvervoer/ }).count()).toBe(1);
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    expect(errors).toEqual([]);
    await context.close();
  });
});
