/**
 * One render function per phase, each in its own file under screens/. Screens read
 * the snapshot and the engine's analysis and send trainee events; they draw only:
 * saving, sounds and announcements are the case effects' (case-effects.ts).
 */
import { html, type TemplateResult } from 'lit-html';
import type { HubView } from '../engine';
import { phaseName } from './phase';
import type { ScreenContext } from './screens/context';
import { debriefScreen } from './screens/debrief';
import { intakeScreen } from './screens/intake';
import { menuScreen } from './screens/menu';
import { outcomeScreen } from './screens/outcome';
import { planScreen } from './screens/plan';
import { decisionScreen, reviewScreen, runScreen } from './screens/run';
import { summaryScreen } from './summary';
import { heldOutcomeScreen, pauseGate, routesRevealed, sessionBar, sessionScreen } from './session';

export type { ScreenContext } from './screens/context';

/** The screen for the current view (or the menu when no case runs). */
export function screenFor(view: HubView | undefined, ctx: ScreenContext): TemplateResult {
  if (!view) return sessionScreen(ctx) ?? menuScreen(ctx);
  // A team in a training session sees its label above every screen of the case.
  return html`${sessionBar(ctx, view)}${phaseScreen(view, ctx)}`;
}

function phaseScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  switch (phaseName(view)) {
    case 'intake':
      return intakeScreen(view, ctx);
    case 'plan':
      return planScreen(view, ctx);
    case 'decision':
      // At a pause point the team waits for the trainer's code before it may choose.
      return pauseGate(view, ctx) ?? decisionScreen(view);
    case 'review':
      return reviewScreen(view);
    case 'outcome':
      // A session that holds the reference routes shows the team's own figures until the debrief's code.
      return routesRevealed(ctx, view) ? outcomeScreen(view, ctx) : heldOutcomeScreen(view, ctx);
    case 'debrief':
      // The completion summary is opened from the debrief and printed or kept from there.
      return ctx.state.summaryFor === view.actor ? summaryScreen(view, ctx) : debriefScreen(view, ctx);
    default:
      return runScreen(view, ctx);
  }
}
