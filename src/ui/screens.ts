/**
 * One render function per phase, each in its own file under screens/. Screens read
 * the snapshot and the engine's analysis and send trainee events; they draw only:
 * saving, sounds and announcements are the case effects' (case-effects.ts).
 */
import type { TemplateResult } from 'lit-html';
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

export type { ScreenContext } from './screens/context';

/** The screen for the current view (or the menu when no case runs). */
export function screenFor(view: HubView | undefined, ctx: ScreenContext): TemplateResult {
  if (!view) return menuScreen(ctx);
  switch (phaseName(view)) {
    case 'intake':
      return intakeScreen(view, ctx);
    case 'plan':
      return planScreen(view, ctx);
    case 'decision':
      return decisionScreen(view);
    case 'review':
      return reviewScreen(view);
    case 'outcome':
      return outcomeScreen(view, ctx);
    case 'debrief':
      // The completion summary is opened from the debrief and printed or kept from there.
      return ctx.state.summaryFor === view.actor ? summaryScreen(view, ctx) : debriefScreen(view, ctx);
    default:
      return runScreen(view, ctx);
  }
}
