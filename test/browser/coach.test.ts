/**
 * The first visit: a new player is offered the tutorial, and a coach plays it with them,
 * pointing at the control to use next and waiting until they use it, by keyboard only.
 * Skipped or declined it stays away after a reload; it can be played again from the menu.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { COACH_STEPS } from '../../src/ui/coach/steps';
import { ARTIFACTS, phase, press, useBrowser, watchErrors } from './browser';

/** Where the coach points now: its step, the control its selectors find, and whether the ring sits on it. */
interface Pointing {
  readonly step: string;
  readonly found: boolean;
  readonly visible: boolean;
  readonly ringOnTarget: boolean;
  readonly bubbleInWindow: boolean;
  readonly bubbleCoversTarget: boolean;
}

/** Looks, in the page, at the control a step's selectors find and at the coach's ring and bubble. */
function probe({ step, list }: { step: string; list: string[] }): Pointing {
  const target = list
    .flatMap((sel) => [...document.querySelectorAll(sel)])
    .find((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0);
  const bubble = document.querySelector('#coach-bubble');
  const box = bubble?.getBoundingClientRect();
  const a = target?.getBoundingClientRect();
  const b = document.querySelector('.coach-ring')?.getBoundingClientRect();
  // Visible: a good part of it is inside the window, and what shows at its top is the control itself (not the canvas over it).
  let visible = false;
  if (a && target) {
    const top = Math.max(0, a.top);
    const shown = Math.min(window.innerHeight, a.bottom) - top;
    const hit = document.elementFromPoint(a.left + Math.min(a.width / 2, 20), top + Math.min(shown / 2, 10));
    visible = shown >= Math.min(a.height, 60) && hit !== null && (target.contains(hit) || hit.contains(target));
  }
  return {
    step,
    found: bubble?.getAttribute('data-found') === 'true',
    visible,
    ringOnTarget: Boolean(a && b && Math.abs(a.left - b.left - 4) < 2 && Math.abs(a.top - b.top - 4) < 2),
    bubbleInWindow: Boolean(box && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth),
    // A control the size of a button must stay clear of the bubble; a table or a whole form may run on beneath it.
    bubbleCoversTarget: Boolean(
      a &&
      box &&
      target &&
      !['TABLE', 'SECTION', 'FIELDSET', 'DIV', 'FORM'].includes(target.tagName) &&
      a.left < box.right &&
      a.right > box.left &&
      a.top < box.bottom &&
      a.bottom > box.top,
    ),
  };
}

const settled = (p: Pointing): boolean => p.found && p.visible && p.ringOnTarget && p.bubbleInWindow && !p.bubbleCoversTarget;

/** Where the coach points once the screen, the scroll and the ring have settled (or what it shows when they never do). */
async function pointing(page: Page): Promise<Pointing> {
  const bubble = page.locator('#coach-bubble');
  await bubble.waitFor();
  const step = (await bubble.getAttribute('data-step')) ?? '';
  const list = [...(COACH_STEPS.find((s) => s.id === step)?.target ?? [])];
  let now = await page.evaluate(probe, { step, list });
  // The ring follows the control a frame after the screen draws, and a smooth scroll takes a moment: look again until it has.
  for (let look = 0; look < 60 && !settled(now); look += 1) {
    await page.waitForTimeout(100);
    now = await page.evaluate(probe, { step, list });
  }
  return now;
}

/** A fresh browser profile: nothing stored, a first visit. */
async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await phase(page, 'menu');
  return page;
}

/** Follows the coach by keyboard: for each step the control it points at, used as the bubble says. */
async function followCoach(page: Page, shots: string): Promise<{ steps: string[]; problems: string[] }> {
  const steps: string[] = [];
  const problems: string[] = [];
  for (let turn = 0; turn < 80; turn += 1) {
    if ((await page.locator('#coach-bubble').count()) === 0) break;
    const now = await pointing(page);
    steps.push(now.step);
    if (!now.found || !now.visible || !now.ringOnTarget || !now.bubbleInWindow || now.bubbleCoversTarget)
      problems.push(`${now.step}: ${JSON.stringify(now)}`);
    if (!steps.slice(0, -1).includes(now.step)) await page.screenshot({ path: join(ARTIFACTS, `coach-${shots}-${now.step}.png`) });
    const step = COACH_STEPS.find((s) => s.id === now.step);
    if (step?.done === 'next') {
      await press(page, page.locator('#coach-next'));
      continue;
    }
    if (step?.done === 'finish') {
      await press(page, page.locator('#coach-finish'));
      break;
    }
    // "Naar deze plek" puts the keyboard on the control the coach points at.
    await press(page, page.locator('#coach-go'));
    const focused = await page.evaluate((list) => {
      const el = document.activeElement;
      const target = list.flatMap((sel) => [...document.querySelectorAll(sel)]).find((e) => e.getBoundingClientRect().width > 0);
      return { inTarget: Boolean(el && target?.contains(el)), tag: el?.tagName ?? '', type: el?.getAttribute('type') ?? '' };
    }, step?.target ?? []);
    if (!focused.inTarget) problems.push(`${now.step}: the keyboard did not land on the control pointed at`);
    const before = await page.evaluate(
      () => `${document.documentElement.dataset.phase ?? ''}|${document.querySelector('#screen h2')?.textContent ?? ''}`,
    );
    if (focused.type === 'checkbox') await page.keyboard.press('Space');
    else if (focused.tag === 'INPUT' && focused.type !== 'radio') await page.keyboard.type('1500');
    else if (focused.type === 'radio') {
      // The first option is chosen; Tab leaves the group for the form's button.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    } else await page.keyboard.press('Enter');
    // A button moves the case on: the next month or the next phase is on screen before the coach is read again.
    if (step?.done === 'leave' || step?.done === 'month')
      await page.waitForFunction(
        (was) => `${document.documentElement.dataset.phase ?? ''}|${document.querySelector('#screen h2')?.textContent ?? ''}` !== was,
        before,
      );
  }
  return { steps, problems };
}

describe('first visit: the coached tutorial', () => {
  const browser = useBrowser();

  it('offers a new player the tutorial and coaches it by keyboard to the outcome, each bubble on a visible control', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await firstVisit(context);
    const errors = watchErrors(page);
    const offer = page.getByRole('region', { name: 'Nieuw hier? Speel eerst de uitleg' });
    expect(await offer.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Nee, dank je' }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'coach-offer-1280.png') });
    await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
    await phase(page, 'intake');
    // A region beside the screen, its text spoken politely.
    expect(await page.getByRole('region', { name: /Uitleg · stap 1 van/ }).count()).toBe(1);
    expect(await page.locator('#coach-text').getAttribute('aria-live')).toBe('polite');

    const { steps, problems } = await followCoach(page, '1280');
    expect(problems).toEqual([]);
    // Every step of the tutorial was met, the first ones in order (a decision and a planning moment come when the case brings them).
    expect([...new Set(steps)].sort()).toEqual(COACH_STEPS.map((s) => s.id).sort());
    expect(steps.slice(0, 8)).toEqual(COACH_STEPS.slice(0, 8).map((s) => s.id));
    expect(steps.at(-1)).toBe('debrief');
    expect(steps).toContain('review');
    expect(await page.evaluate(() => document.documentElement.dataset.phase)).toBe('debrief');
    expect(await page.locator('#coach-bubble').count()).toBe(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('wijkteam-kostenspel:settings') ?? '{}') as unknown)).toMatchObject({
      coachSeen: true,
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone and 200% zoom: the bubble stays in the window beside the control, and traps no focus', async () => {
    for (const [name, viewport] of [
      ['390', { width: 390, height: 844 }],
      ['zoom200', { width: 640, height: 360 }],
    ] as const) {
      const context = await browser().newContext({ viewport });
      const page = await firstVisit(context);
      const errors = watchErrors(page);
      await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
      await phase(page, 'intake');
      const problems: string[] = [];
      for (const id of ['household', 'money', 'estimate']) {
        const now = await pointing(page);
        if (now.step !== id || !now.found || !now.visible || !now.bubbleInWindow || now.bubbleCoversTarget)
          problems.push(`${name} ${JSON.stringify(now)}`);
        await page.screenshot({ path: join(ARTIFACTS, `coach-${name}-${id}.png`) });
        if (id !== 'estimate') await press(page, page.locator('#coach-next'));
      }
      expect(problems).toEqual([]);
      // Non-modal: Tab goes on from the bubble's last button to the screen.
      await page.locator('#coach-skip').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#screen')))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('stills the pointer when the player prefers reduced motion', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await firstVisit(context);
    await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
    await phase(page, 'intake');
    await page.locator('.coach-ring').waitFor();
    expect(await page.locator('.coach-ring').evaluate((ring) => getComputedStyle(ring).animationName)).toBe('none');
    await context.close();
  });

  it('carries on at the same step after a reload in the middle of the tutorial', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await firstVisit(context);
    const errors = watchErrors(page);
    await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
    await phase(page, 'intake');
    const first = await pointing(page);
    await press(page, page.locator('#coach-next'));
    const second = await pointing(page);
    expect(second.step).not.toBe(first.step);

    await page.reload();
    await phase(page, 'menu');
    // Not offered again as if new: the tutorial is under way, and resumes with its coach.
    expect(await page.locator('#coach-offer').count()).toBe(0);
    await press(page, page.getByRole('button', { name: /Eerste huisbezoek/ }));
    await phase(page, 'intake');
    expect(await pointing(page)).toMatchObject({ step: second.step, found: true, ringOnTarget: true });
    // Skipped, it is gone for good, also after another reload.
    await press(page, page.getByRole('button', { name: 'Sla de uitleg over' }));
    await page.reload();
    await phase(page, 'menu');
    await press(page, page.getByRole('button', { name: /Eerste huisbezoek/ }));
    await phase(page, 'intake');
    expect(await page.locator('#coach-bubble').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is skipped at any step and does not come back on reload; the menu plays it again', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await firstVisit(context);
    const errors = watchErrors(page);
    await press(page, page.getByRole('button', { name: 'Ja, speel de uitleg' }));
    await phase(page, 'intake');
    await press(page, page.locator('#coach-next'));
    await press(page, page.getByRole('button', { name: 'Sla de uitleg over' }));
    expect(await page.locator('#coach-bubble').count()).toBe(0);
    // The case goes on without the coach, and the keyboard stays on the screen.
    expect(await page.evaluate(() => document.documentElement.dataset.phase)).toBe('intake');
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);

    await page.reload();
    await phase(page, 'menu');
    expect(await page.locator('#coach-offer').count()).toBe(0);
    await press(page, page.getByRole('button', { name: /Eerste huisbezoek/ }));
    await phase(page, 'intake');
    expect(await page.locator('#coach-bubble').count()).toBe(0);
    await press(page, page.getByRole('button', { name: 'Menu' }));
    await phase(page, 'menu');

    await press(page, page.getByRole('button', { name: 'Speel de uitleg (opnieuw)' }));
    await phase(page, 'intake');
    const again = await pointing(page);
    expect(again).toMatchObject({ step: 'household', found: true, ringOnTarget: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is declined with "Nee, dank je" and stays away after a reload, in either language', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await firstVisit(context);
    await press(page, page.getByRole('button', { name: 'Switch to English' }));
    await page.getByRole('button', { name: 'No, thank you' }).waitFor();
    await press(page, page.getByRole('button', { name: 'No, thank you' }));
    expect(await page.locator('#coach-offer').count()).toBe(0);
    await page.reload();
    await phase(page, 'menu');
    expect(await page.locator('#coach-offer').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Play the tutorial (again)' }).count()).toBe(1);
    await context.close();
  });
});
