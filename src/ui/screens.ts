/**
 * One render function per phase, each in its own file under screens/. Screens read
 * the snapshot and send trainee events; trainer-written text goes in as text only.
 */
import { toSave, type HubView } from '../engine';
import { writeSave } from '../services/storage';
import { replace } from './dom';
import type { ScreenContext } from './screens/context';
import { debriefScreen } from './screens/debrief';
import { intakeScreen } from './screens/intake';
import { menuScreen } from './screens/menu';
import { outcomeScreen } from './screens/outcome';
import { planScreen } from './screens/plan';
import { decisionScreen, reviewScreen, runScreen } from './screens/run';

export type { ScreenContext } from './screens/context';
export { useLibrary } from './screens/context';

/** Renders the screen for the current view (or the menu when no case runs). */
export function renderScreen(main: HTMLElement, view: HubView | undefined, ctx: ScreenContext): void {
  if (!view) return replace(main, menuScreen(ctx));
  const phase = view.snapshot.value as string;
  autosave(view);
  switch (phase) {
    case 'intake':
      return replace(main, intakeScreen(view));
    case 'plan':
      return replace(main, planScreen(view));
    case 'decision':
      return replace(main, decisionScreen(view));
    case 'review':
      return replace(main, reviewScreen(view));
    case 'outcome':
      return replace(main, outcomeScreen(view));
    case 'debrief':
      return replace(main, debriefScreen(view, ctx));
    default:
      return replace(main, runScreen(view, ctx));
  }
}

/** Progress is saved after every decision and every month, one slot per case. */
function autosave(view: HubView): void {
  writeSave(view.scenario.id, toSave(view.snapshot, new Date().toISOString()));
}
