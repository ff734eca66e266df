/**
 * A training session in the browser, on the production build: the trainer sets it up
 * and opens the projector view; two teams open one link, type their labels and play
 * different routes; a reload resumes; pause points and held routes wait for the
 * trainer's codes; a changed link is refused with a message.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { caseOptionsFor, referenceOptionsFor, runCase } from '../../src/core';
import { parseResultCode, sessionQuery } from '../../src/engine';
import { formatMoney } from '../../src/services/i18n';
import { readScenario, SCENARIO_DIR } from '../../tools/files';
import { ARTIFACTS, phase, press, useBrowser, watchErrors } from './browser';

const scenario = readScenario(join(SCENARIO_DIR, 'eerste-huisbezoek.json')).scenario;
const SEED = 7;

/** The phase the page says it is in. */
function phaseOf(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.dataset.phase ?? '');
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `session-${name}.png`), fullPage: true });
}

/** A fresh browser profile: its own storage, as another team's laptop. */
async function laptop(browser: Browser, width = 1024, height = 768): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

/** Lets months pass (keeping the plan at a review) until the case stops at a decision point or the outcome. */
async function playOn(page: Page): Promise<string> {
  for (let step = 0; step < 40; step += 1) {
    const now = await phaseOf(page);
    if (now === 'decision' || now === 'outcome') return now;
    if (now === 'run') await press(page, page.getByRole('button', { name: 'Volgende maand' }));
    else if (now === 'review') await press(page, page.getByRole('button', { name: 'Doorgaan met dit plan' }));
    else if (now === 'plan') await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
    await page.waitForFunction((before) => document.documentElement.dataset.phase !== before || true, now);
  }
  return phaseOf(page);
}

/** Opens the team link, types the label and goes from the intake to the plan. */
async function join_(page: Page, link: string, team: string): Promise<void> {
  await page.goto(link);
  await phase(page, 'session-team');
  await page.getByRole('textbox', { name: 'Teamnaam' }).fill(team);
  await press(page, page.getByRole('button', { name: 'Start de casus' }));
  await phase(page, 'intake');
  expect(await page.locator('#session-team').textContent()).toBe(team);
  await press(page, page.getByRole('button', { name: 'Naar het plan' }));
  await phase(page, 'plan');
}

/** Texts in the case screen that name a reference route: table headers, chart figures, cards. */
function referenceLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#screen *')]
      .filter(
        (el) => el.children.length === 0 && /^(Systeemroute|Doorbraakroute|Beste route voor de samenleving)$/.test(el.textContent.trim()),
      )
      .map((el) => `${el.tagName.toLowerCase()}: ${el.textContent.trim()}`),
  );
}

describe('a training session', () => {
  const browser = useBrowser();

  it('hands one setup to two teams, resumes a reload, and holds pauses and routes until the trainer shows the codes', async () => {
    expect(scenario).toBeDefined();
    if (!scenario) return;

    // The trainer sets the session up from the menu.
    const trainer = await laptop(browser());
    await trainer.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await trainer.page.goto(inject('baseUrl'));
    await phase(trainer.page, 'menu');
    await press(trainer.page, trainer.page.getByRole('button', { name: 'Sessie opzetten' }));
    await phase(trainer.page, 'session-setup');
    await press(trainer.page, trainer.page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
    await trainer.page.getByRole('spinbutton', { name: /Sessiecode/ }).fill(String(SEED));
    await trainer.page.getByRole('combobox', { name: 'Zicht op de potjes' }).selectOption('own');
    await press(trainer.page, trainer.page.getByRole('radio', { name: /Bewaren tot de nabespreking/ }), 'Space');
    expect(await trainer.page.getByRole('checkbox', { name: 'Pauzemomenten aan' }).isChecked()).toBe(true);
    expect(await trainer.page.locator('#session-tariff').textContent()).toBe('de landelijke prijscatalogus');
    const link = (await trainer.page.locator('#session-team-link').textContent()) ?? '';
    expect(new URL(link).search).toMatch(
      new RegExp(`^\\?c=eerste-huisbezoek&v=${scenario.version}&s=${SEED}&m=own&h=1&p=1&k=[0-9a-f]{4}$`),
    );
    // A QR code of the link, drawn as an image.
    expect(await trainer.page.locator('img.qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await press(trainer.page, trainer.page.getByRole('button', { name: 'Kopieer de link' }));
    // Said beside the button and through the live region.
    await trainer.page.locator('.link-box .copied', { hasText: 'Gekopieerd' }).waitFor();
    await trainer.page.locator('#announcer', { hasText: 'Gekopieerd' }).waitFor({ state: 'attached' });
    expect(await trainer.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await shot(trainer.page, 'setup-1024');
    await trainer.page.setViewportSize({ width: 390, height: 844 });
    await shot(trainer.page, 'setup-390');
    await trainer.page.setViewportSize({ width: 1024, height: 768 });

    // The projector view, with the case's introduction and the engine's reference routes on demand.
    await press(trainer.page, trainer.page.getByRole('link', { name: 'Open het trainerscherm' }));
    await phase(trainer.page, 'facilitator');
    expect(await trainer.page.getByRole('heading', { level: 1 }).textContent()).toContain('Eerste huisbezoek');
    const revealSystem = trainer.page.getByRole('button', { name: 'Toon: Systeemroute' });
    await press(trainer.page, revealSystem);
    const system = runCase(scenario, scenario.routes.system, SEED, referenceOptionsFor('own'));
    expect(await trainer.page.locator('#reveal-system-body [data-figure=society]').getAttribute('data-cents')).toBe(
      String(system.totals.societyCost),
    );
    await press(trainer.page, trainer.page.getByRole('button', { name: 'Toon: Doorbraakroute' }));
    const breakthrough = runCase(scenario, scenario.routes.breakthrough, SEED, referenceOptionsFor('own'));
    expect(await trainer.page.locator('#reveal-breakthrough-body [data-figure=society]').getAttribute('data-cents')).toBe(
      String(breakthrough.totals.societyCost),
    );
    // Silo first, then reveal: both rounds' reference routes side by side, from the engine.
    const pooled = runCase(scenario, scenario.routes.breakthrough, SEED, referenceOptionsFor('pooled'));
    await trainer.page.getByRole('combobox', { name: 'Ronde 2 speelt met' }).selectOption('pooled');
    const societyRow = trainer.page.locator('#rounds-table tfoot tr.total td');
    expect(await societyRow.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cents')))).toEqual(
      [system, breakthrough, runCase(scenario, scenario.routes.system, SEED, referenceOptionsFor('pooled')), pooled].map((r) =>
        String(r.totals.societyCost),
      ),
    );
    expect(await trainer.page.locator('#round-1-link').textContent()).toContain('m=own&r=1');
    expect(await trainer.page.locator('#round-2-link').textContent()).toContain('m=pooled&r=2');
    const pausePoint = trainer.page.locator('.pause-point').first();
    await press(trainer.page, pausePoint.getByRole('button', { name: 'Toon de code' }));
    const pauseCode = (await trainer.page.locator('#code-brief-cjib-value').textContent())?.trim() ?? '';
    expect(pauseCode).toMatch(/^\d{4}$/);
    await press(trainer.page, trainer.page.locator('.debrief-code').getByRole('button', { name: 'Toon de code' }));
    const debriefCode = (await trainer.page.locator('#code-debrief-value').textContent())?.trim() ?? '';
    expect(debriefCode).toMatch(/^\d{4}$/);
    expect(debriefCode).not.toBe(pauseCode);
    await shot(trainer.page, 'facilitator-1024');
    await trainer.page.setViewportSize({ width: 390, height: 844 });
    await shot(trainer.page, 'facilitator-390');
    // The projector view reloads as itself.
    await trainer.page.reload();
    await phase(trainer.page, 'facilitator');

    // Team Noord: budgetbeheer, a payment plan with the CJIB.
    const noord = await laptop(browser());
    await join_(noord.page, link, 'Team Noord');
    await press(noord.page, noord.page.getByRole('checkbox', { name: /^Budgetbeheer/ }), 'Space');
    await press(noord.page, noord.page.getByRole('button', { name: /Plan vastleggen/ }));
    await phase(noord.page, 'run');
    await press(noord.page, noord.page.getByRole('button', { name: 'Volgende maand' }));

    // A reload mid-case resumes the same phase and figures, under the team's label.
    const before = {
      phase: await phaseOf(noord.page),
      heading: await noord.page.locator('#screen h2').first().textContent(),
      status: await noord.page.locator('.status').first().textContent(),
    };
    await noord.page.reload();
    await phase(noord.page, before.phase);
    expect({
      phase: await phaseOf(noord.page),
      heading: await noord.page.locator('#screen h2').first().textContent(),
      status: await noord.page.locator('.status').first().textContent(),
    }).toEqual(before);
    expect(await noord.page.locator('#session-team').textContent()).toBe('Team Noord');

    // The pause point blocks until its code: no choice can be made, a wrong code says so.
    expect(await playOn(noord.page)).toBe('decision');
    await noord.page.getByRole('heading', { name: 'Wacht op je trainer' }).waitFor();
    expect(await noord.page.getByRole('radio').count()).toBe(0);
    expect(await noord.page.getByRole('button', { name: 'Kies' }).count()).toBe(0);
    await shot(noord.page, 'pause-gate-1024');
    const field = noord.page.getByRole('textbox', { name: 'Code van de trainer' });
    await field.fill(pauseCode === '0000' ? '0001' : '0000');
    await press(noord.page, noord.page.getByRole('button', { name: 'Verder naar de keuze' }));
    await noord.page.getByText('Deze code klopt niet').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    // A reload at the pause point keeps it closed.
    await noord.page.reload();
    await phase(noord.page, 'decision');
    await noord.page.getByRole('heading', { name: 'Wacht op je trainer' }).waitFor();
    await noord.page.getByRole('textbox', { name: 'Code van de trainer' }).fill(pauseCode);
    await press(noord.page, noord.page.getByRole('button', { name: 'Verder naar de keuze' }));
    await press(noord.page, noord.page.getByRole('radio', { name: /betalingsregeling met het CJIB/ }), 'Space');
    await press(noord.page, noord.page.getByRole('button', { name: 'Kies' }));
    expect(await playOn(noord.page)).toBe('outcome');

    // Held routes: the outcome shows no reference route until the debrief's code.
    expect(await referenceLabels(noord.page)).toEqual([]);
    await shot(noord.page, 'outcome-held-1024');
    const routesField = noord.page.getByRole('textbox', { name: 'Code voor de nabespreking' });
    await routesField.fill(pauseCode);
    await press(noord.page, noord.page.getByRole('button', { name: 'Toon de routes' }));
    await noord.page.getByText('Deze code klopt niet').waitFor();
    expect(await referenceLabels(noord.page)).toEqual([]);
    await routesField.fill(debriefCode);
    await press(noord.page, noord.page.getByRole('button', { name: 'Toon de routes' }));
    await noord.page.locator('#outcome-table th', { hasText: 'Systeemroute' }).waitFor();
    expect(await noord.page.locator('#outcome-table th', { hasText: 'Doorbraakroute' }).count()).toBe(1);
    await shot(noord.page, 'outcome-revealed-1024');
    // The code typed is kept with the team's save: a reload shows the routes still.
    await noord.page.reload();
    await phase(noord.page, 'outcome');
    await noord.page.locator('#outcome-table th', { hasText: 'Systeemroute' }).waitFor();
    await press(noord.page, noord.page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(noord.page, 'debrief');
    await noord.page.locator('#best-route').waitFor();
    const noordCode = (await noord.page.locator('#result-code').textContent()) ?? '';
    expect(noordCode).toMatch(new RegExp(`^Team Noord: eerste-huisbezoek@${scenario.version}/${SEED}/own/`));

    // Team Zuid opens the same link on its own laptop: the same setup, another route.
    const zuid = await laptop(browser(), 390, 844);
    await join_(zuid.page, link, 'Team Zuid');
    await shot(zuid.page, 'team-plan-390');
    // Starting over is a choice the team confirms.
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Opnieuw beginnen' }));
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Nee, ga verder' }));
    await phase(zuid.page, 'plan');
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Opnieuw beginnen' }));
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Ja, begin opnieuw' }));
    await phase(zuid.page, 'intake');
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Naar het plan' }));
    await phase(zuid.page, 'plan');
    await press(zuid.page, zuid.page.getByRole('button', { name: /Plan vastleggen/ }));
    expect(await playOn(zuid.page)).toBe('decision');
    await zuid.page.getByRole('textbox', { name: 'Code van de trainer' }).fill(pauseCode);
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Verder naar de keuze' }));
    await press(zuid.page, zuid.page.getByRole('radio', { name: /Laten liggen/ }), 'Space');
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Kies' }));
    expect(await playOn(zuid.page)).toBe('outcome');
    await shot(zuid.page, 'outcome-held-390');
    await press(zuid.page, zuid.page.getByRole('button', { name: 'Naar de nabespreking' }));
    await phase(zuid.page, 'debrief');
    // Held in the debrief too: the best route waits for the code.
    expect(await zuid.page.locator('#best-route').count()).toBe(0);
    expect(await referenceLabels(zuid.page)).toEqual([]);
    const zuidCode = (await zuid.page.locator('#result-code').textContent()) ?? '';
    expect(zuidCode).toMatch(new RegExp(`^Team Zuid: eerste-huisbezoek@${scenario.version}/${SEED}/own/`));
    const decisionsOf = (code: string): string => code.split('/')[3]?.split('~')[0] ?? '';
    expect(decisionsOf(zuidCode)).not.toBe(decisionsOf(noordCode));
    expect(decisionsOf(noordCode)).toContain('+budgetbeheer');
    expect(decisionsOf(noordCode)).toContain('cbrief-cjib=regeling-cjib');
    expect(decisionsOf(zuidCode)).toContain('cbrief-cjib=laten-liggen');

    // The trainer pastes both teams' codes into the comparison: it reads both and shows the engine's figures.
    const room = await trainer.context.newPage();
    const roomErrors = watchErrors(room);
    await room.goto(inject('baseUrl'));
    await phase(room, 'menu');
    await press(room, room.getByRole('button', { name: 'Teams vergelijken' }));
    await room.getByLabel('Resultaatcodes van de teams').fill([noordCode, zuidCode].join('\n'));
    await press(room, room.getByRole('button', { name: 'Vergelijk', exact: true }));
    await room.locator('#compare-table').waitFor();
    const shownTeams = await room.locator('#compare-table > tbody:not(.landmarks) > tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cell = row.querySelector('td')?.cloneNode(true) as HTMLElement | undefined;
        cell?.querySelectorAll('.mark').forEach((mark) => mark.remove());
        return { label: row.querySelector('th')?.textContent.trim() ?? '', cost: cell?.textContent.trim() ?? '' };
      }),
    );
    const expected = [
      { label: 'Team Noord', code: noordCode },
      { label: 'Team Zuid', code: zuidCode },
    ].map(({ label, code }) => {
      const parts = parseResultCode(code.slice(code.indexOf(':') + 1));
      if (!parts || !scenario) throw new Error(`${label}'s code does not read`);
      expect(parts.mode).toBe('own');
      const result = runCase(scenario, parts.decisions, parts.seed, caseOptionsFor(parts.mode));
      return { label, cost: formatMoney(result.totals.societyCost, { lang: 'nl' }) };
    });
    expect(shownTeams).toEqual(expected);
    expect(await room.locator('#refused-lines li').count()).toBe(0);

    expect([...trainer.errors, ...noord.errors, ...zuid.errors, ...roomErrors]).toEqual([]);
    await Promise.all([trainer.context.close(), noord.context.close(), zuid.context.close()]);
  });

  it("resumes a playtest link's saved game on reload instead of starting again at the intake", async () => {
    const { context, page, errors } = await laptop(browser());
    const link = `${inject('baseUrl')}?scenario=eerste-huisbezoek&seed=5`;
    await page.goto(link);
    await phase(page, 'intake');
    await press(page, page.getByRole('button', { name: 'Naar het plan' }));
    await phase(page, 'plan');
    await press(page, page.getByRole('checkbox', { name: /^Budgetbeheer/ }), 'Space');
    await press(page, page.getByRole('button', { name: /Plan vastleggen/ }));
    await phase(page, 'run');
    await press(page, page.getByRole('button', { name: 'Volgende maand' }));
    const seen = async (): Promise<unknown> => ({
      phase: await phaseOf(page),
      heading: await page.locator('#screen h2').first().textContent(),
      status: await page.locator('.status').first().textContent(),
    });
    const before = await seen();
    await page.reload();
    await phase(page, String((before as { phase: string }).phase));
    expect(await seen()).toEqual(before);
    // Another session code is another game: it starts at the intake.
    await page.goto(link.replace('seed=5', 'seed=6'));
    await phase(page, 'intake');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what is wrong with a changed or unknown session link and opens the menu', async () => {
    const { context, page, errors } = await laptop(browser());
    const base = inject('baseUrl');
    await page.goto(`${base}?c=eerste-huisbezoek&v=${scenario?.version ?? 0}&s=8&m=own&h=1&p=1&k=0000`);
    await phase(page, 'menu');
    await page.getByRole('heading', { name: 'Deze sessielink werkt niet' }).waitFor();
    expect(await page.locator('#session-link-problem').textContent()).toContain('veranderd of afgebroken');
    await shot(page, 'bad-link');
    const unknown = sessionQuery({ scenarioId: 'bestaat-niet', scenarioVersion: 1, seed: 8, mode: 'all', routes: 'open', pauses: false });
    await page.goto(`${base}?${unknown}`);
    await phase(page, 'menu');
    expect(await page.locator('#session-link-problem').textContent()).toContain('staat niet op deze site');
    await page.goto(`${base}?c=eerste-huisbezoek&s=zeven`);
    await phase(page, 'menu');
    expect(await page.locator('#session-link-problem').textContent()).toContain('onvolledig of onleesbaar');
    await press(page, page.getByRole('button', { name: 'Verder naar het menu' }));
    expect(await page.locator('#session-link-problem').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    // The menu works on: a case starts as usual.
    await press(page, page.getByRole('radio', { name: /Eerste huisbezoek/ }), 'Space');
    await press(page, page.getByRole('button', { name: 'Start de casus' }));
    await phase(page, 'intake');
    expect(errors).toEqual([]);
    await context.close();
  });
});
