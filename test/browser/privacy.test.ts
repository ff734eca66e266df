/**
 * What a gemeente's security officer checks: a full case sends no request off the
 * game's origin, the built page carries the Content-Security-Policy, nothing violates
 * it, and the page says that the cases are made up and no client data belongs in it.
 */
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../tools/csp';
import { press, useBrowser, watchErrors } from './browser';
import { inPage, playTutorial, watchPolicy } from './play-case';

describe('privacy and the Content-Security-Policy', () => {
  const browser = useBrowser();

  it('plays a whole case with every request on its own origin and no policy violation', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const violations = await watchPolicy(page);
    const base = new URL(inject('baseUrl'));
    const requests: string[] = [];
    // The context sees the page's requests and the service worker's.
    context.on('request', (request) => requests.push(request.url()));
    await page.goto(base.href);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(contentSecurityPolicy({ delivery: 'meta' }));
    expect(await page.locator('script:not([src])').count()).toBe(0);
    await playTutorial(inPage(page));
    await page.waitForTimeout(500);
    const network = requests.filter((url) => !/^(blob|data):/.test(url));
    expect(network.length).toBeGreaterThan(20);
    expect(network.filter((url) => new URL(url).origin !== base.origin)).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in Dutch and in English that the cases are made up and what the game sends', async () => {
    const page = await browser().newPage();
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('html[data-phase="menu"]');
    const footer = page.getByRole('contentinfo');
    expect(await footer.textContent()).toContain('De casussen in dit spel zijn verzonnen. Vul nooit gegevens van echte cliënten in');
    expect(await footer.textContent()).toContain('Het spel verstuurt niets');
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.waitForSelector('html[lang="en"]');
    expect(await footer.textContent()).toContain('The cases in this game are made up. Never enter data about real clients');
    expect(await footer.textContent()).toContain('The game sends nothing');
    await page.close();
  });
});
