/**
 * Training sessions in the DOM layer: the trainer's setup and projector view, the
 * team's label form, the pause gate and the held routes. The screens and the app
 * ask here which session screen shows and what a team may see.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import type { HubView } from '../../engine';
import { t } from '../../services/i18n';
import { sessionEntryCard } from '../entry-cards';
import type { ScreenContext } from '../screens/context';
import { facilitatorScreen } from './facilitator';
import { toMenu } from './flow';
import { setupScreen } from './setup';
import type { SessionUiState } from './state';
import { teamScreen } from './team';
import './session.css';

export { openSessionLink, resumeSave, toMenu } from './flow';
export { pauseGate, routesGate, routesRevealed, sessionBar, teamCode } from './gate';
export { heldOutcomeScreen } from './held-outcome';
export { sessionOf } from './state';

/** The session screen that shows while no case runs, if one is open. */
export function sessionScreen(ctx: ScreenContext): TemplateResult | undefined {
  switch (ctx.state.session.screen) {
    case 'setup':
      return setupScreen(ctx);
    case 'team':
      return teamScreen(ctx);
    case 'trainer':
      return facilitatorScreen(ctx);
    default:
      return undefined;
  }
}

/** The page's data-phase for a session screen; undefined while a case runs or the menu shows. */
export function sessionPhase(state: SessionUiState, view: HubView | undefined): string | undefined {
  if (view || !state.screen) return undefined;
  return state.screen === 'setup' ? 'session-setup' : state.screen === 'team' ? 'session-team' : 'facilitator';
}

/** Opens the trainer's session setup from the menu. */
export function openSetup(ctx: ScreenContext): void {
  ctx.state.session.screen = 'setup';
  ctx.rerender();
}

/** What was wrong with the session link that was opened, at the top of the menu. */
export function sessionLinkProblem(ctx: ScreenContext): TemplateResult | typeof nothing {
  const problem = ctx.state.session.linkProblem;
  if (!problem) return nothing;
  return html`<section class="card problem" role="alert" id="session-link-problem" aria-labelledby="session-link-problem-heading">
    <h2 id="session-link-problem-heading">${t('session.badLinkTitle')}</h2>
    <p>${t(`session.linkProblem.${problem}`)}</p>
    <button type="button" id="session-link-dismiss" @click=${() => toMenu(ctx)}>${t('session.badLinkDismiss')}</button>
  </section>`;
}

/** The menu's way into a session, for the trainer. */
export function sessionMenuCard(ctx: ScreenContext): TemplateResult {
  return sessionEntryCard(() => openSetup(ctx));
}
