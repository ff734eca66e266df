/**
 * Saves that go wrong, in the browser: storage that is full is reported at once (in
 * view and through a live region) with the ways out: the game downloaded as a file
 * and opened again from the menu, and room made by removing another saved game. A
 * save that makes no sense is named with what is wrong and never resumed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkSave } from '../../src/engine';
import { phase, useBrowser, watchErrors } from './browser';
import { inPage, startTutorial } from './play-case';
import { tutorial } from './team-codes';

const PREFIX = 'wijkteam-kostenspel:save:';
const OLD = `${PREFIX}oud-spel`;

/**
 * Storage that is full while the old game is in it: every write of a save throws the
 * browser's QuotaExceededError until that game is removed.
 */
async function fillStorage(page: Page): Promise<void> {
  await page.addInitScript(
    ({ old }) => {
      const proto = Storage.prototype;
      const setItem = Object.getOwnPropertyDescriptor(proto, 'setItem')?.value as (this: Storage, key: string, value: string) => void;
      Object.defineProperty(proto, 'setItem', {
        value(this: Storage, key: string, value: string) {
          if (key.startsWith('wijkteam-kostenspel:save:') && this.getItem(old) !== null) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          setItem.call(this, key, value);
        },
      });
    },
    { old: OLD },
  );
}

describe('saves that go wrong', () => {
  const browser = useBrowser();
  const scenario = tutorial();
  const lookup = (id: string, version: number) => (id === scenario.id && version === scenario.version ? scenario : undefined);

  it('reports full storage at once, offers the save as a file and room by removing another game', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await fillStorage(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    // An old game fills the storage: while it is there, no other save fits.
    await page.evaluate(({ key }) => localStorage.setItem(key, JSON.stringify({ format: 1, scenarioId: 'oud-spel', month: 2 })), {
      key: OLD,
    });
    await startTutorial(inPage(page));

    const notice = page.locator('#save-notice');
    await notice.waitFor();
    expect(await notice.getByRole('heading').textContent()).toBe('Je spel is niet opgeslagen.');
    expect(await notice.textContent()).toContain('De opslag van deze browser is vol.');
    await page.waitForFunction(() => document.getElementById('save-status')?.textContent?.includes('De opslag van deze browser is vol.'));
    expect(await page.locator('#save-status').getAttribute('role')).toBe('alert');

    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download je spel als bestand' }).click();
    const file = await (await download).path();
    const saved = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const checked = checkSave(saved, lookup);
    expect('save' in checked && checked.save.phase).toBe('intake');

    // Removing the old game makes room: the game is saved at once and the notice says so.
    await notice.getByRole('button', { name: /Verwijder opgeslagen spel 'oud-spel'/ }).click();
    expect(await notice.getByRole('heading').textContent()).toBe('Je spel is weer opgeslagen');
    const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wijkteam-kostenspel:save:')));
    expect(keys).toEqual([`${PREFIX}${scenario.id}`]);
    expect(errors).toEqual([]);

    // The downloaded file opens again from the menu in a fresh browser, at the same point.
    const fresh = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    await fresh.goto(inject('baseUrl'));
    await phase(fresh, 'menu');
    await fresh.getByLabel('Open een opgeslagen spel uit een bestand').setInputFiles(file);
    await phase(fresh, 'intake');
    await fresh.close();
    await context.close();
  });

  it('names what is wrong with an implausible save and never resumes it', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(inject('baseUrl'));
    await phase(page, 'menu');
    const base = {
      format: 1,
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: 3,
      mode: 'all',
      decisions: [],
      month: 2,
      phase: 'plan',
      draft: { start: [], stop: [] },
      savedAt: '2026-11-30T10:00:00.000Z',
    };
    await page.evaluate(
      ({ prefix, saves }) => {
        for (const [key, save] of Object.entries(saves)) localStorage.setItem(prefix + key, JSON.stringify(save));
      },
      {
        prefix: PREFIX,
        saves: {
          'te-ver': { ...base, month: scenario.months + 1 },
          'onbekende-hulp': { ...base, decisions: [{ month: 0, type: 'start', intervention: 'tovenarij' }] },
          'andere-versie': { ...base, scenarioVersion: scenario.version + 5 },
          'geen-code': { ...base, seed: 'zeven' },
        },
      },
    );
    await page.reload();
    await phase(page, 'menu');
    const problems = await page.locator('li.problem').allTextContents();
    const text = problems.join('\n');
    expect(text).toContain(`het staat in maand ${scenario.months + 1} van een casus die ${scenario.months} maanden duurt`);
    expect(text).toContain("het noemt 'tovenarij', hulp of een keuze die deze casus niet kent");
    expect(text).toContain(`het hoort bij versie ${scenario.version + 5} van de casus '${scenario.id}'`);
    expect(text).toContain("het veld 'sessiecode' ontbreekt of klopt niet");
    // None of them can be resumed: no resume button names them.
    expect(await page.getByRole('button', { name: /^Verder met/ }).count()).toBe(0);

    // A file that is no save is named too, and the menu stays.
    await page.getByLabel('Open een opgeslagen spel uit een bestand').setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...base, month: 99 })),
    });
    expect(await page.locator('#save-file-problem').textContent()).toBe(
      `'kapot.json' kan niet worden geopend: het staat in maand 99 van een casus die ${scenario.months} maanden duurt.`,
    );
    expect(await page.evaluate(() => document.documentElement.dataset.phase)).toBe('menu');
    expect(errors).toEqual([]);
    await page.close();
  });
});
