/**
 * The trainer's comparison on the production build: thirty-odd teams' codes made by
 * playing routes through the engine in Node, read by the page and shown with the
 * engine's own figures; refused lines named with why while the rest still show;
 * sorting by keyboard; the chart, the choices and the most expensive decision; the
 * CSV for Dutch Excel and the JSON export.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { caseOptionsFor, runCase } from '../../src/core';
import { resultCode } from '../../src/engine';
import { formatMoney } from '../../src/services/i18n';
import { ARTIFACTS, phase, useBrowser, watchErrors } from './browser';
import { codeFor, tutorial, tutorialRoutes } from './team-codes';

const SEED = 7;
const scenario = tutorial();
const teams = tutorialRoutes(scenario, 32).map((route, i) => ({ label: `Team ${i + 1}`, ...codeFor(scenario, route, SEED) }));
const INJECTION = "=cmd|' /C calc'!A0";

/** A code whose session code was changed by hand: its checksum no longer matches. */
const tampered = (teams[4]?.code ?? '').replace(`/${SEED}/all/`, `/${SEED + 1}/all/`);
/** A code made for another version of the tutorial: checksum right, version unknown to the site. */
const otherVersion = resultCode({ id: scenario.id, version: scenario.version + 7 }, SEED, 'all', teams[0]?.decisions ?? []);
/** A code with a misspelt option and a valid checksum: the engine finds it could not have been played. */
const misspelt = resultCode(scenario, SEED, 'all', [{ month: 4, type: 'choose', point: 'brief-cjib', option: 'zelf-betaalen' }]);

function pasted(): string {
  const lines = teams.map((team, i) => (i === 0 ? `${INJECTION}\t${team.code}` : `${team.label}\t${team.code}`));
  return [...lines, '', `Team Vals\t${tampered}`, `Team Oud: ${otherVersion}`, misspelt, 'zomaar wat tekst'].join('\n');
}

async function openCompare(page: Page): Promise<void> {
  await page.goto(inject('baseUrl'));
  await phase(page, 'menu');
  await page.getByRole('button', { name: 'Teams vergelijken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Teams vergelijken' }).waitFor();
}

/** The society cost shown per team label, in the table's current order. */
async function shownCosts(page: Page): Promise<{ label: string; cost: string }[]> {
  return page.locator('#compare-table > tbody:not(.landmarks) > tr').evaluateAll((rows) =>
    rows.map((row) => {
      // The amount without the words that mark the best or worst value.
      const cell = row.querySelector('td')?.cloneNode(true) as HTMLElement | undefined;
      cell?.querySelectorAll('.mark').forEach((mark) => mark.remove());
      return { label: row.querySelector('th')?.textContent?.trim() ?? '', cost: cell?.textContent?.trim() ?? '' };
    }),
  );
}

const euros = (text: string): number => Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));

describe("the trainer's comparison", () => {
  const browser = useBrowser();

  it('reads 30+ codes, shows the engine’s figures and refuses the bad lines with why, keeping the rest', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    const errors = watchErrors(page);
    await openCompare(page);
    await page.getByLabel('Resultaatcodes van de teams').fill(pasted());
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await page.locator('#compare-table').waitFor();

    const shown = await shownCosts(page);
    expect(shown).toHaveLength(32);
    for (const [i, team] of teams.entries()) {
      const result = runCase(scenario, team.decisions, SEED, caseOptionsFor('all'));
      expect(shown[i]).toEqual({ label: i === 0 ? INJECTION : team.label, cost: formatMoney(result.totals.societyCost, { lang: 'nl' }) });
    }
    const refused = await page.locator('#refused-lines li').allTextContents();
    expect(refused).toHaveLength(4);
    expect(refused[0]).toContain('Regel 34 (Team Vals): de code is veranderd (de controletekens kloppen niet)');
    expect(refused[1]).toContain('Regel 35 (Team Oud): deze code hoort bij een andere versie van de casus');
    expect(refused[2]).toContain('Regel 36: deze beslissingen kunnen in deze casus niet zo genomen zijn');
    expect(refused[3]).toContain('Regel 37: dit is geen resultaatcode');
    expect(await page.locator('.compare-count').textContent()).toContain('32 teams vergeleken; 4 regels geweigerd');

    // Best and worst are named in words, not by colour alone.
    expect(await page.locator('#compare-table .mark.best').count()).toBeGreaterThan(0);
    expect(await page.getByText('hoogste kosten').count()).toBeGreaterThan(0);
    // The landmarks: the system route, the breakthrough route and the best route the engine found.
    const landmarks = page.locator('#compare-table tbody.landmarks th');
    expect(await landmarks.allTextContents()).toEqual(['Systeemroute', 'Doorbraakroute', 'Beste route gevonden']);

    // Each team's choice at the decision point, in the case's words, and the largest what-if named.
    const firstChoice = await page.locator('#compare-choices tbody tr').first().locator('td').first().textContent();
    expect(firstChoice).toMatch(/Ze betaalt de € 450|Samen een betalingsregeling|Laten liggen/);
    await page
      .locator('#compare-choices-most')
      .getByText(/kostte de samenleving|scheelde de samenleving/)
      .waitFor({ timeout: 60_000 });

    // The chart: drawn by chart.js, with its figures in a table (teams and landmarks) and one sentence.
    await page.locator('#compare-chart-canvas[data-drawn="true"]').waitFor();
    expect(await page.locator('#compare-chart-table tbody tr').count()).toBe(35);
    expect(await page.locator('#compare-chart figcaption').textContent()).toMatch(/^De 32 teams kostten de samenleving tussen/);

    // Full width: the results table fits the projector's 1024 px without scrolling sideways.
    const fit = await page.locator('#compare-table').evaluate((table) => ({
      table: table.scrollWidth,
      box: table.parentElement?.clientWidth ?? 0,
      page: document.documentElement.scrollWidth,
    }));
    expect(fit.table).toBeLessThanOrEqual(fit.box + 1);
    expect(fit.page).toBeLessThanOrEqual(1024);
    expect(fit.box).toBeGreaterThan(900);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1024.png') });
    await page.locator('#compare-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'compare-1024-chart.png') });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect(await page.locator('#compare-table').evaluate((t) => t.scrollWidth <= (t.parentElement?.clientWidth ?? 0) + 1)).toBe(true);
    // On a phone each team becomes a card: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.locator('#compare-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'compare-390.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sorts by every column with the keyboard and says so with aria-sort', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openCompare(page);
    await page.getByLabel('Resultaatcodes van de teams').fill(pasted());
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await page.locator('#compare-table').waitFor();
    const header = page.locator('#compare-table thead th').nth(1);
    await header.getByRole('button', { name: /Kosten samenleving/ }).focus();
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = (await shownCosts(page)).map((r) => euros(r.cost));
    expect(up).toEqual([...up].sort((a, b) => a - b));
    // The keyboard stays on the header button after the table is redrawn, so a second press turns the order round.
    await page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = (await shownCosts(page)).map((r) => euros(r.cost));
    expect(down).toEqual([...down].sort((a, b) => b - a));
    // Every column has its sort button; only the sorted one carries aria-sort.
    const buttons = page.locator('#compare-table thead th button.sort');
    expect(await buttons.count()).toBe(await page.locator('#compare-table thead th').count());
    await buttons.first().focus();
    await page.keyboard.press('Space');
    expect(await page.locator('#compare-table thead th').first().getAttribute('aria-sort')).toBe('ascending');
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect((await shownCosts(page)).map((r) => r.label).slice(0, 3)).toEqual([INJECTION, 'Team 2', 'Team 3']);
    await page.close();
  });

  it('exports CSV for Dutch Excel (BOM, ;, decimal comma, Dutch headers, formulas as text) and JSON', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 720 } });
    await openCompare(page);
    await page.getByLabel('Resultaatcodes van de teams').fill(pasted());
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    await page.locator('#compare-table tbody.landmarks tr:nth-child(3) td.num').first().waitFor({ timeout: 60_000 });

    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download de vergelijking als CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const headers = lines[0]?.split(';') ?? [];
    expect(headers.slice(0, 9)).toEqual([
      'Team of route',
      'Soort',
      'Kosten samenleving (€)',
      'Kosten gemeente (€)',
      'Effect op Gemeente: Schuldhulp (€)',
      'ZRM aan het eind',
      'ZRM-winst',
      'Domeinen op 1 of 2',
      'Schuld gezin aan het eind (€)',
    ]);
    expect(headers[9]).toMatch(/^Keuze: Anouk laat een aanmaning van het CJIB zien/);
    expect(headers.slice(10)).toEqual(['Regel', 'Resultaatcode']);
    expect(lines).toHaveLength(1 + 32 + 3);
    // The label that would run as a formula starts with an apostrophe, so Excel keeps it as text.
    expect(lines[1]?.startsWith(`"'${INJECTION.replace(/"/g, '""')}";team;`)).toBe(true);
    const first = runCase(scenario, teams[0]?.decisions ?? [], SEED, caseOptionsFor('all'));
    const cents = first.totals.societyCost;
    expect(lines[1]?.split(';')[2]).toBe(`${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`);
    expect(lines.at(-3)?.startsWith('Systeemroute;referentieroute;')).toBe(true);

    // In the English game: English headers, commas between the cells and a decimal point.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the comparison as CSV' }).click();
    const english = readFileSync(await (await download).path(), 'utf8')
      .slice(1)
      .split('\r\n');
    expect(english[0]?.startsWith('Team or route,Kind,Cost to society (€),Cost to the municipality (€),')).toBe(true);
    expect(english[1]?.split(',')[2]).toBe(`${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`);
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();

    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download de vergelijking als JSON' }).click();
    const json = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      groups: {
        case: { id: string };
        teams: { label: string; figures: { society: { cents: number; euros: number } }; choices: { option: string | null }[] }[];
      }[];
      problems: { line: number; problem: string; message: string }[];
    };
    expect(json.groups[0]?.case.id).toBe(scenario.id);
    expect(json.groups[0]?.teams).toHaveLength(32);
    expect(json.groups[0]?.teams[0]?.figures.society).toEqual({ cents, euros: cents / 100 });
    expect(json.groups[0]?.teams[0]?.label).toBe(INJECTION);
    expect(json.problems.map((p) => [p.line, p.problem])).toEqual([
      [34, 'checksum'],
      [35, 'otherVersion'],
      [36, 'impossibleDecision'],
      [37, 'format'],
    ]);
    await page.close();
  });

  it('says so when nothing was pasted, and reads a dropped-in file of codes', async () => {
    const page = await browser().newPage({ viewport: { width: 1024, height: 768 } });
    await openCompare(page);
    await page.getByRole('button', { name: 'Vergelijk', exact: true }).click();
    expect(await page.locator('#compare-empty').textContent()).toContain('Er staan geen codes in het vak');
    const file = teams
      .slice(0, 3)
      .map((team) => `${team.label}\t${team.code}`)
      .join('\r\n');
    await page
      .getByLabel(/Of kies een bestand met codes/)
      .setInputFiles({ name: 'codes.txt', mimeType: 'text/plain', buffer: Buffer.from(`\uFEFF${file}\r\n`) });
    await page.locator('#compare-table').waitFor();
    expect((await shownCosts(page)).map((r) => r.label)).toEqual(['Team 1', 'Team 2', 'Team 3']);
    expect(await page.locator('#compare-empty').count()).toBe(0);
    await page.close();
  });
});
