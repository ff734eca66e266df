/**
 * Plays a case by keyboard for the stage's tests, calling back at every step so a
 * test can look at the page (and the neighbourhood beside it) in each phase. The
 * canvas's state is read from its read-only debug hook, `window.wieBetaaltStage`.
 */
import type { Locator, Page } from 'playwright-core';
import type { StageLive, StageState } from '../../src/game/debug';

export type StageView = StageState & StageLive;

/** What the canvas shows, once it has drawn the latest change (it draws in the frame after a click). */
export async function stageOf(page: Page): Promise<StageView> {
  await page.waitForFunction(() => window.wieBetaaltStage?.dirty === false, undefined, { timeout: 30_000 });
  return page.evaluate(() => JSON.parse(JSON.stringify(window.wieBetaaltStage)) as StageView);
}

export const phaseOf = (page: Page): Promise<string> => page.evaluate(() => document.documentElement.dataset.phase ?? '');

/** The control with this id if the screen has one, else the one with this role and name. */
async function control(page: Page, id: string | undefined, role: 'button' | 'checkbox' | 'radio', name: RegExp): Promise<Locator> {
  if (id) {
    const byId = page.locator(`#${id}`);
    if ((await byId.count()) > 0) return byId.first();
  }
  return page.getByRole(role, { name }).first();
}

export interface Step {
  readonly phase: string;
  /** The control about to be pressed, focused. */
  readonly target: Locator;
}

/**
 * From the intake to the debrief: the estimate as given, the plan's boxes ticked by
 * their names, every month by "Volgende maand", the first choice at each decision.
 */
export async function playByKeyboard(
  page: Page,
  options: { readonly plan?: readonly RegExp[]; readonly onStep?: (step: Step) => Promise<void> },
): Promise<void> {
  const press = async (phase: string, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> => {
    await target.focus();
    await options.onStep?.({ phase, target });
    await page.keyboard.press(key);
  };
  await page.waitForSelector('html[data-phase="intake"]');
  await press('intake', await control(page, 'to-plan', 'button', /Naar het plan|To the plan/));
  await page.waitForSelector('html[data-phase="plan"]');
  for (const name of options.plan ?? []) await press('plan', await control(page, undefined, 'checkbox', name), 'Space');
  await press('plan', await control(page, 'confirm-plan', 'button', /Plan vastleggen|Confirm the plan/));
  for (let step = 0; step < 80; step += 1) {
    const now = await phaseOf(page);
    if (now === 'outcome') break;
    if (now === 'run') await press(now, await control(page, 'next-month', 'button', /Volgende maand|Next month/));
    else if (now === 'review')
      await press(now, await control(page, 'keep-plan', 'button', /Doorgaan met dit plan|Continue with this plan/));
    else if (now === 'decision') await press(now, await control(page, 'choose', 'button', /^(Kies|Choose)$/));
    else if (now === 'plan') await press(now, await control(page, 'confirm-plan', 'button', /Plan vastleggen|Confirm the plan/));
    await page.waitForFunction((before) => document.documentElement.dataset.phase !== before || true, now);
  }
  await page.waitForSelector('html[data-phase="outcome"]');
  await press('outcome', await control(page, 'to-debrief', 'button', /Naar de nabespreking|To the debrief/));
  await page.waitForSelector('html[data-phase="debrief"]');
}

/** The stage's box and the window's size. */
export async function stageBox(page: Page): Promise<{ x: number; y: number; width: number; height: number; vw: number; vh: number }> {
  return page.evaluate(() => {
    const box = document.getElementById('stage')?.getBoundingClientRect();
    return {
      x: box?.x ?? Number.NaN,
      y: box?.y ?? Number.NaN,
      width: box?.width ?? 0,
      height: box?.height ?? 0,
      vw: document.documentElement.clientWidth,
      vh: window.innerHeight,
    };
  });
}
