/**
 * Plays the tutorial case ("Eerste huisbezoek") from the menu to the debrief with the
 * keyboard, in a page or in a frame (a learning platform's iframe). Controls are found
 * by their id where the screens give one and otherwise by role and accessible name,
 * so the driver survives a redesign of the screens.
 */
import type { Frame, Locator, Page } from 'playwright-core';

export interface Where {
  readonly page: Page;
  /** The frame the game runs in: the page's own, or an iframe's. */
  readonly frame: Frame;
}

/** The game in a page. */
export function inPage(page: Page): Where {
  return { page, frame: page.mainFrame() };
}

/** The phase the game says it is in. */
export async function phaseOf(where: Where): Promise<string> {
  return where.frame.evaluate(() => document.documentElement.dataset.phase ?? '');
}

/** Waits for a phase. */
export async function waitForPhase(where: Where, name: string, timeout = 20_000): Promise<void> {
  await where.frame.waitForSelector(`html[data-phase="${name}"]`, { timeout });
}

/** The control with this id if the screen has one, else the one with this role and name. */
async function control(
  where: Where,
  id: string | undefined,
  role: 'button' | 'checkbox' | 'radio',
  name: RegExp | string,
): Promise<Locator> {
  if (id) {
    const byId = where.frame.locator(`#${id}`);
    if ((await byId.count()) > 0) return byId.first();
  }
  return where.frame.getByRole(role, { name }).first();
}

/** Focuses a control and activates it with the keyboard. */
async function activate(where: Where, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await target.focus();
  await where.page.keyboard.press(key);
}

/** From the menu to the intake of the tutorial, with a session code. */
export async function startTutorial(where: Where, seed = 7): Promise<void> {
  await waitForPhase(where, 'menu');
  await activate(where, where.frame.getByRole('radio', { name: /Eerste huisbezoek|First home visit/ }), 'Space');
  const code = where.frame.getByRole('spinbutton', { name: /Sessiecode|Session code/ });
  if ((await code.count()) > 0) {
    await code.focus();
    await where.page.keyboard.press('Control+A');
    await where.page.keyboard.type(String(seed));
  }
  await activate(where, await control(where, 'start-case', 'button', /^(Start de casus|Start the case)$/));
  await waitForPhase(where, 'intake');
}

/** Plays the tutorial from the menu through every month to the outcome, then opens the debrief. */
export async function playTutorial(where: Where, options: { seed?: number } = {}): Promise<void> {
  await startTutorial(where, options.seed ?? 7);
  const municipality = where.frame.getByRole('textbox', { name: /Kosten voor de gemeente|Costs for the municipality/ });
  if ((await municipality.count()) > 0) {
    await municipality.focus();
    await where.page.keyboard.type('1500');
  }
  const society = where.frame.getByRole('textbox', { name: /Kosten voor de samenleving|Costs for society/ });
  if ((await society.count()) > 0) {
    await society.focus();
    await where.page.keyboard.type('4000');
  }
  await activate(where, await control(where, 'to-plan', 'button', /Naar het plan|To the plan/));
  await waitForPhase(where, 'plan');
  await activate(where, await control(where, undefined, 'checkbox', /^Budgetbeheer/), 'Space');
  await activate(where, await control(where, 'confirm-plan', 'button', /Plan vastleggen|Confirm the plan/));
  for (let step = 0; step < 60; step += 1) {
    const now = await phaseOf(where);
    if (now === 'outcome') break;
    if (now === 'run') await activate(where, await control(where, 'next-month', 'button', /Volgende maand|Next month/));
    else if (now === 'review')
      await activate(where, await control(where, 'keep-plan', 'button', /Doorgaan met dit plan|Continue with this plan/));
    else if (now === 'decision') await activate(where, await control(where, 'choose', 'button', /^(Kies|Choose)$/));
    else if (now === 'plan') await activate(where, await control(where, 'confirm-plan', 'button', /Plan vastleggen|Confirm the plan/));
    await where.frame.waitForFunction((before) => document.documentElement.dataset.phase !== before || true, now);
  }
  await waitForPhase(where, 'outcome');
  await activate(where, await control(where, 'to-debrief', 'button', /Naar de nabespreking|To the debrief/));
  await waitForPhase(where, 'debrief');
}

/**
 * Collects Content-Security-Policy violations in every frame of a page: the
 * securitypolicyviolation event (which also reports a blocked eval a library caught)
 * and Chromium's console message.
 */
export async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
  });
  return violations;
}
