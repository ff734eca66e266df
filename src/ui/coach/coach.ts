/**
 * The first-visit coach: offers the tutorial case on the menu and, while it is played,
 * points at the next control with a bubble that says what to do and why. It listens
 * to the case hub's phase and snapshots and waits for the player; it never sends an
 * event to the case. The bubble is a non-modal region beside the screen: it traps no
 * focus, its text is announced politely, and it can be skipped at any step.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Scenario } from '../../core';
import type { HubView } from '../../engine';
import { onLanguageChanged, t } from '../../services/i18n';
import { readSettings, writeSettings } from '../../services/storage';
import { coachOfferCard, coachReplayButton } from '../entry-cards';
import { phaseName } from '../phase';
import type { ScreenContext } from '../screens/context';
import { isFirstVisit } from './tutorial';
import { COACH_STEPS, TUTORIAL_CASE, type CoachStep } from './steps';
import './coach.css';

/** What the coach remembers for one mounted app. */
interface CoachRun {
  /** The tutorial is being coached. */
  active: boolean;
  /** How far the player has come: the index of the step now due. */
  index: number;
  /** Months played when the step now shown began (for steps a played month completes). */
  monthsAtStart: number;
  /** The step now shown (a passed step can be shown again when its phase comes back). */
  shown?: CoachStep | undefined;
  /** The first-visit offer is on the menu. */
  offered: boolean;
  /** The element the bubble points at now. */
  target?: Element | undefined;
  /** Draws the bubble again (set while the coach is mounted). */
  refresh?: (() => void) | undefined;
}

const runs = new WeakMap<ScreenContext['state'], CoachRun>();

function runOf(ctx: ScreenContext): CoachRun {
  let run = runs.get(ctx.state);
  if (!run) {
    // A first visit: nothing stored yet, neither the coach's own mark nor a saved game. A reload during the tutorial carries on where it was.
    const settings = readSettings();
    const step = settings.coachSeen ? undefined : settings.coachStep;
    run = {
      active: step !== undefined,
      index: Math.min(step ?? 0, COACH_STEPS.length - 1),
      monthsAtStart: 0,
      offered: isFirstVisit(),
    };
    runs.set(ctx.state, run);
  }
  return run;
}

/** Keeps the step the tutorial has come to, so that a reload carries on there. */
function remember(run: CoachRun): void {
  if (run.active && readSettings().coachStep !== run.index) writeSettings({ coachStep: run.index });
}

function tutorialOf(ctx: ScreenContext): Scenario | undefined {
  return ctx.library.entries.find((e) => e.scenario?.id === TUTORIAL_CASE)?.scenario;
}

/** Starts the tutorial case with the coach beside it (the player asked for it on the menu). */
function startTutorial(ctx: ScreenContext): void {
  const scenario = tutorialOf(ctx);
  if (!scenario) return;
  const run = runOf(ctx);
  Object.assign(run, { active: true, index: 0, monthsAtStart: 0, offered: false, shown: undefined });
  remember(run);
  ctx.hub.start(scenario, { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: 1, mode: 'all' });
}

/** Ends the coaching for good: skipped, declined or finished, it is not offered again. */
function endCoach(ctx: ScreenContext, said?: string): void {
  const run = runOf(ctx);
  Object.assign(run, { active: false, offered: false, shown: undefined, target: undefined });
  writeSettings({ coachSeen: true }, ['coachStep']);
  if (said) ctx.announce(said);
  run.refresh?.();
  ctx.rerender();
}

/** The menu's offer to a first-time player, or nothing. */
export function coachOffer(ctx: ScreenContext): TemplateResult | typeof nothing {
  const run = runOf(ctx);
  if (!run.offered || !tutorialOf(ctx)) return nothing;
  return coachOfferCard(
    () => startTutorial(ctx),
    () => endCoach(ctx, t('coach.offer.declined')),
  );
}

/** The menu's button that plays the tutorial again, at any time. */
export function coachReplay(ctx: ScreenContext): TemplateResult | typeof nothing {
  if (!tutorialOf(ctx)) return nothing;
  return coachReplayButton(() => startTutorial(ctx));
}

/** The names of the buttons the steps mention, as the screens label them. */
function buttonNames(): Record<string, string> {
  return {
    toPlan: t('intake.toPlan'),
    confirm: t('plan.confirm'),
    next: t('run.next'),
    choose: t('decision.choose'),
    keep: t('review.keep'),
    toDebrief: t('outcome.toDebrief'),
    finish: t('coach.finish'),
  };
}

/**
 * The part of the window the page's content shows in: below the neighbourhood when
 * it is pinned over the top of a small window, and above the bubble docked at the bottom.
 */
function visibleArea(layer: HTMLElement): { top: number; bottom: number } {
  let top = 8;
  const stage = document.getElementById('stage');
  if (stage) {
    const position = getComputedStyle(stage).position;
    const box = stage.getBoundingClientRect();
    if ((position === 'sticky' || position === 'fixed') && box.top <= 1 && box.width >= window.innerWidth * 0.9) top = box.bottom + 8;
  }
  let bottom = window.innerHeight - 8;
  const bubble = layer.querySelector('.coach-bubble');
  if (layer.classList.contains('docked') && bubble) bottom -= bubble.getBoundingClientRect().height + 8;
  return { top, bottom: Math.max(top + 40, bottom) };
}

/** A phone, or a window zoomed to 200%: the bubble docks to an edge instead of floating beside the control. */
function isNarrow(): boolean {
  return window.innerWidth < 640;
}

/** The first visible element a step points at. */
function findTarget(step: CoachStep): Element | undefined {
  for (const selector of step.target) {
    for (const element of document.querySelectorAll(selector)) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && !element.closest('[hidden], [inert]')) return element;
    }
  }
  return undefined;
}

/** Whether what the player did completes the step (the steps a button or typing completes are handled where that happens). */
function isDone(step: CoachStep, view: HubView, run: CoachRun): boolean {
  const { context } = view.snapshot;
  switch (step.done) {
    case 'chosen':
      return context.draft.start.length > 0 || context.play.sim.running.length > 0 || context.play.sim.pending.length > 0;
    case 'month':
      return context.play.months.length > run.monthsAtStart;
    default:
      return false;
  }
}

/** The step to show for the case as it is now, moving on past what the player has done. */
function currentStep(view: HubView | undefined, run: CoachRun): CoachStep | undefined {
  if (!run.active || !view || view.scenario.id !== TUTORIAL_CASE) return undefined;
  const phase = phaseName(view);
  const months = view.snapshot.context.play.months.length;
  for (;;) {
    const ahead = COACH_STEPS.findIndex((s, i) => i >= run.index && s.phase === phase);
    if (ahead < 0) {
      // The phase came back after its steps were passed: its reminder, if it has one.
      const again = [...COACH_STEPS].reverse().find((s) => s.phase === phase && s.again);
      if (again !== run.shown) run.monthsAtStart = months;
      return again;
    }
    const step = COACH_STEPS[ahead];
    if (!step) return undefined;
    if (ahead !== run.index || step !== run.shown) {
      run.index = ahead;
      run.monthsAtStart = months;
      run.shown = step;
    }
    if (!isDone(step, view, run)) {
      remember(run);
      return step;
    }
    run.index = ahead + 1;
  }
}

/** Mounts the coach's bubble beside the screen; returns the function that removes it. */
export function mountCoach(ctx: ScreenContext, main: HTMLElement): () => void {
  const run = runOf(ctx);
  const layer = document.createElement('div');
  layer.className = 'coach-layer';
  // Between the header and the screen: Shift+Tab from a screen's heading reaches the bubble, and Tab leaves it.
  main.before(layer);
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let frame = 0;

  const advance = (): void => {
    run.index += 1;
    run.shown = undefined;
    remember(run);
    update();
  };
  const goToTarget = (): void => {
    const target = run.target;
    if (!(target instanceof HTMLElement)) return;
    const focusable = target.matches('input, button, select, textarea, a[href], [tabindex]')
      ? target
      : target.querySelector<HTMLElement>('input:not(:disabled), button:not(:disabled), select, a[href], [tabindex]');
    (focusable ?? target).focus();
  };

  const bubble = (step: CoachStep, found: boolean): TemplateResult => {
    const number = COACH_STEPS.indexOf(step) + 1;
    const action =
      step.done === 'next'
        ? html`<button type="button" class="primary" id="coach-next" @click=${advance}>${t('coach.next')}</button>`
        : step.done === 'finish'
          ? html`<button type="button" class="primary" id="coach-finish" @click=${() => endCoach(ctx, t('coach.finished'))}>
              ${t('coach.finish')}
            </button>`
          : found
            ? html`<button type="button" id="coach-go" @click=${goToTarget}>${t('coach.go')}</button>`
            : nothing;
    return html`<section
        class="coach-bubble"
        id="coach-bubble"
        role="region"
        aria-labelledby="coach-title"
        data-step=${step.id}
        data-found=${found ? 'true' : 'false'}
      >
        <p class="coach-kicker" id="coach-title">${t('coach.title', { step: number, steps: COACH_STEPS.length })}</p>
        <p class="coach-text" id="coach-text" aria-live="polite">${t(`coach.steps.${step.text}`, buttonNames())}</p>
        <div class="coach-actions">
          ${action}
          <button type="button" class="link-button" id="coach-skip" @click=${() => endCoach(ctx, t('coach.skipped'))}>
            ${t('coach.skip')}
          </button>
        </div>
      </section>
      <div class="coach-ring" aria-hidden="true" ?hidden=${!found}></div>`;
  };

  /** Puts the ring around the control and the bubble next to it, inside the window. */
  const place = (): void => {
    frame = 0;
    const box = layer.querySelector<HTMLElement>('.coach-bubble');
    const ring = layer.querySelector<HTMLElement>('.coach-ring');
    const target = run.target;
    if (!box || !ring) return;
    const narrow = isNarrow();
    layer.classList.toggle('docked', narrow);
    if (!target || !target.isConnected) {
      box.dataset.side = 'none';
      return;
    }
    const rect = target.getBoundingClientRect();
    const pad = 4;
    Object.assign(ring.style, {
      left: `${rect.left - pad}px`,
      top: `${rect.top - pad}px`,
      width: `${rect.width + 2 * pad}px`,
      height: `${rect.height + 2 * pad}px`,
    });
    const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const size = box.getBoundingClientRect();
    if (narrow) {
      // Docked to the bottom of a small window, or to the top when the control is down there.
      const atTop = rect.bottom > view.height - size.height - 8;
      box.dataset.side = atTop ? 'docked-top' : 'docked-bottom';
      Object.assign(box.style, { left: '', top: atTop ? '0.5rem' : '', bottom: atTop ? '' : '0.5rem' });
      return;
    }
    const gap = 14;
    const below = rect.bottom + gap + size.height <= view.height;
    const above = rect.top - gap - size.height >= 0;
    const side = below || !above ? 'below' : 'above';
    const wanted = side === 'below' ? rect.bottom + gap : rect.top - gap - size.height;
    // A control scrolled out of the window keeps its bubble in view, at the edge nearest to it.
    const top = Math.max(8, Math.min(wanted, view.height - size.height - 8));
    const left = Math.max(8, Math.min(rect.left, view.width - size.width - 8));
    box.dataset.side = side;
    box.style.setProperty('--arrow-left', `${Math.max(16, Math.min(rect.left + 24 - left, size.width - 24))}px`);
    Object.assign(box.style, { left: `${left}px`, top: `${top}px`, bottom: '' });
  };
  const schedule = (): void => {
    if (!frame) frame = window.requestAnimationFrame(place);
  };

  let lastStep: CoachStep | undefined;
  /**
   * The player scrolled, typed or pointed since the step began: from then on the page
   * stays where they put it. Until then the coach keeps the control in view, also when
   * content that loads later pushes it down.
   */
  let playerMoved = false;
  const moved = (): void => {
    playerMoved = true;
  };
  const bringIntoView = (target: Element): void => {
    if (playerMoved) return;
    const rect = target.getBoundingClientRect();
    const area = visibleArea(layer);
    if (rect.top >= area.top && rect.bottom <= area.bottom) return;
    // Centred in what the window leaves free, or its top at the top when it is taller; the keyboard stays where the player is.
    const room = area.bottom - area.top;
    const delta = rect.height <= room ? rect.top - area.top - (room - rect.height) / 2 : rect.top - area.top;
    window.scrollBy({ top: delta, behavior: reduceMotion.matches ? 'auto' : 'smooth' });
  };
  const update = (): void => {
    const step = currentStep(ctx.hub.view(), run);
    const hadFocus = layer.contains(document.activeElement);
    if (!step) {
      run.target = undefined;
      lastStep = undefined;
      render(nothing, layer);
      layer.hidden = true;
      // The bubble's button the player used is gone: the keyboard goes to the screen's heading, never to the page's start.
      if (hadFocus) main.querySelector<HTMLElement>('h1, h2')?.focus();
      return;
    }
    run.shown = step;
    const target = findTarget(step);
    run.target = target;
    layer.hidden = false;
    render(bubble(step, target !== undefined), layer);
    layer.classList.toggle('docked', isNarrow());
    // A step's button gave way to the next step's: the keyboard stays in the bubble, on its first button.
    if (hadFocus && !layer.contains(document.activeElement)) layer.querySelector<HTMLElement>('.coach-actions button')?.focus();
    if (step !== lastStep) playerMoved = false;
    if (target) bringIntoView(target);
    lastStep = step;
    schedule();
  };

  // Typing in the control pointed at completes a step that asks for it.
  const typed = (event: Event): void => {
    const step = run.shown;
    if (step?.done === 'input' && run.target && event.target instanceof Node && run.target.contains(event.target)) advance();
  };
  document.addEventListener('input', typed, true);
  const movers = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const type of movers) window.addEventListener(type, moved, { capture: true, passive: true });
  run.refresh = update;
  const stopHub = ctx.hub.subscribe(update);
  const stopLanguage = onLanguageChanged(update);
  // Screens redraw without a new snapshot too (a language switch, a finished analysis): the bubble follows.
  const observer = new MutationObserver(() => {
    if (run.active) update();
  });
  observer.observe(main, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('scroll', schedule, true);
  update();
  return () => {
    stopHub();
    stopLanguage();
    observer.disconnect();
    document.removeEventListener('input', typed, true);
    for (const type of movers) window.removeEventListener(type, moved, { capture: true });
    window.removeEventListener('resize', schedule);
    window.removeEventListener('scroll', schedule, true);
    layer.remove();
    run.refresh = undefined;
  };
}
