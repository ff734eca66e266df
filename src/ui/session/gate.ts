/**
 * What a team sees of its session while it plays: its label with a way to start
 * over, the pause gate at a decision point ("Wacht op je trainer") and the reference
 * routes held back until the debrief's unlock code. Whether a point is locked and
 * whether a code is right is the engine's session module's to say.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { DEBRIEF_UNLOCK, areRoutesRevealed, isPointLocked, isUnlockCode, openPoints, type HubView } from '../../engine';
import { t } from '../../services/i18n';
import { localText } from '../format';
import type { ScreenContext } from '../screens/context';
import { statusTable } from '../screens/widgets';
import { startOver, unlock } from './flow';
import { sessionOf } from './state';

/** True when the team may see the system, breakthrough and best routes (always, outside a session). */
export function routesRevealed(ctx: ScreenContext, view: HubView): boolean {
  return areRoutesRevealed(sessionOf(ctx.state.session, view));
}

/** A result code as the team hands it in: with its label in front, the way the trainer's comparison reads it. */
export function teamCode(ctx: ScreenContext, view: HubView, code: string): string {
  const session = sessionOf(ctx.state.session, view);
  return session ? `${session.team}: ${code}` : code;
}

/** The field for a trainer's code, checked as it is sent; a wrong code says so and keeps the field. */
function unlockForm(
  ctx: ScreenContext,
  view: HubView,
  options: { id: string; point: string; label: string; button: string; done: string },
): TemplateResult {
  const session = sessionOf(ctx.state.session, view);
  const state = ctx.state.session.unlock;
  const { id, point } = options;
  const wrong = state.wrong === id;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (!session) return;
    const typed = state.text[id] ?? '';
    if (!isUnlockCode(session, point, typed)) {
      state.wrong = id;
      ctx.rerender();
      document.getElementById(id)?.focus();
      return;
    }
    state.wrong = undefined;
    state.text[id] = '';
    unlock(ctx, view, point);
    ctx.announce(options.done);
    ctx.rerender();
  };
  return html`<form class="card unlock" @submit=${submit}>
    <div class="row">
      <label for=${id}>${options.label}</label>
      <input
        id=${id}
        class="unlock-input"
        inputmode="numeric"
        autocomplete="off"
        spellcheck="false"
        maxlength="12"
        aria-invalid=${wrong ? 'true' : nothing}
        aria-describedby=${wrong ? `${id}-error` : nothing}
        .value=${state.text[id] ?? ''}
        @input=${(event: Event) => (state.text[id] = (event.currentTarget as HTMLInputElement).value)}
      />
    </div>
    <p class="error" id="${id}-error" role="alert">${wrong ? t('session.wrongCode') : ''}</p>
    <button type="submit" class="primary" id="${id}-submit">${options.button}</button>
  </form>`;
}

/** "Wacht op je trainer" in place of the decision while its pause point is locked; undefined when the team may choose. */
export function pauseGate(view: HubView, ctx: ScreenContext): TemplateResult | undefined {
  const session = sessionOf(ctx.state.session, view);
  const pointId = openPoints(view.snapshot.context)[0];
  if (!session || pointId === undefined || !isPointLocked(session, pointId)) return undefined;
  const point = view.scenario.index.decisionPoints.get(pointId);
  return html`<div class="screen decision pause-gate">
    <h2 tabindex="-1">${t('session.waitTitle')}</h2>
    <p class="lead">${t('session.waitText')}</p>
    ${
      point
        ? html`<section class="card" aria-labelledby="gate-question">
            <h3 id="gate-question">${localText(point.prompt)}</h3>
            <p>${t('session.waitOptions')}</p>
            <ul>
              ${repeat(
                point.options,
                (o) => o.id,
                (o) => html`<li>${localText(o.label)}</li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
    ${unlockForm(ctx, view, {
      id: 'pause-code',
      point: pointId,
      label: t('session.pauseCode'),
      button: t('session.pauseUnlock'),
      done: t('session.pauseUnlocked'),
    })}
    <h3>${t('decision.situation')}</h3>
    ${statusTable(view)}
  </div>`;
}

/** In place of the reference routes while they are held: the field for the debrief's unlock code. */
export function routesGate(ctx: ScreenContext, view: HubView): TemplateResult {
  return html`<section class="card routes-held" aria-labelledby="routes-held-heading">
    <h3 id="routes-held-heading">${t('session.heldTitle')}</h3>
    <p>${t('session.heldText')}</p>
    ${unlockForm(ctx, view, {
      id: 'routes-code',
      point: DEBRIEF_UNLOCK,
      label: t('session.routesCode'),
      button: t('session.routesUnlock'),
      done: t('session.routesUnlocked'),
    })}
  </section>`;
}

/** The team's label above every screen of a session case, with starting over behind a confirmation. */
export function sessionBar(ctx: ScreenContext, view: HubView): TemplateResult | typeof nothing {
  const session = sessionOf(ctx.state.session, view);
  if (!session) return nothing;
  const state = ctx.state.session;
  const asking = state.confirmRestart === view.actor;
  const ask = (value: boolean): void => {
    state.confirmRestart = value ? view.actor : undefined;
    ctx.rerender();
    document.getElementById(value ? 'restart-yes' : 'restart')?.focus();
  };
  return html`<div class="session-bar" role="group" aria-label=${t('session.barLabel')}>
    <p>
      <strong id="session-team">${session.team}</strong>
      <span class="muted"
        >${t('session.barFacts', { seed: session.seed })}${session.round ? ` · ${t('session.roundOf', { round: session.round })}` : ''}</span
      >
    </p>
    ${
      asking
        ? html`<p class="confirm" id="restart-question">${t('session.restartQuestion')}</p>
            <div class="actions">
              <button type="button" id="restart-yes" aria-describedby="restart-question" @click=${() => startOver(ctx, view)}>
                ${t('session.restartYes')}
              </button>
              <button type="button" id="restart-no" @click=${() => ask(false)}>${t('session.restartNo')}</button>
            </div>`
        : html`<button type="button" class="chip" id="restart" @click=${() => ask(true)}>${t('session.restart')}</button>`
    }
  </div>`;
}
