/**
 * The trainer's session setup: a case and its settings, and the short link, QR code
 * and copy button that hand exactly that setup to every team in the room.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { PLAY_MODES, type PlayMode, type Scenario } from '../../core';
import { sessionQuery, type SessionSetup } from '../../engine';
import { t } from '../../services/i18n';
import { localText, payerName } from '../format';
import type { ScreenContext } from '../screens/context';
import { toMenu } from './flow';
import { linkBox, qrImage } from './share';

/** The whole address of a session link, on this site. */
export function linkFor(setup: SessionSetup, view: 'team' | 'trainer' = 'team'): string {
  const url = new URL(window.location.pathname, window.location.origin);
  url.search = sessionQuery(setup, view);
  return url.toString();
}

/** The name of a mode for a case: the own-budget mode names the case's own potje. */
export function modeName(scenario: Scenario, mode: PlayMode): string {
  const own = scenario.ownBudget;
  return mode === 'own' && own ? t('mode.ownOf', { potje: payerName(own.payer) }) : t(`mode.${mode}`);
}

/** A session code as typed, clamped to what the game accepts. */
function seedOf(text: string): number {
  return Math.max(1, Math.min(999999, Math.trunc(Number(text)) || 1));
}

/** The setup the form describes now. */
function setupOf(ctx: ScreenContext, scenario: Scenario): SessionSetup {
  const form = ctx.state.session.form;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed: seedOf(form.seed),
    // A case without an own potje has no own-budget round.
    mode: form.mode === 'own' && !scenario.ownBudget ? 'all' : form.mode,
    routes: form.routes,
    pauses: form.pauses,
  };
}

/** The session setup screen. */
export function setupScreen(ctx: ScreenContext): TemplateResult {
  const form = ctx.state.session.form;
  const playable = ctx.library.entries.map((e) => e.scenario).filter((s): s is Scenario => s !== undefined);
  const chosen = playable.find((s) => s.id === form.caseId) ?? playable[0];
  const change = (apply: () => void): void => {
    apply();
    ctx.state.session.copied = undefined;
    ctx.rerender();
  };
  const setup = chosen ? setupOf(ctx, chosen) : undefined;
  const tariff = ctx.library.tariff?.file;
  return html`<div class="screen session-setup">
    <h1 tabindex="-1">${t('session.setupTitle')}</h1>
    <p class="lead">${t('session.setupIntro')}</p>
    <form class="card" aria-labelledby="setup-case-legend" @submit=${(event: Event) => event.preventDefault()}>
      <fieldset>
        <legend id="setup-case-legend">${t('menu.chooseCase')}</legend>
        ${repeat(
          playable,
          (s) => s.id,
          (s) =>
            html`<div class="radio-card">
              <input
                type="radio"
                name="session-case"
                id="session-case-${s.id}"
                .checked=${live(s === chosen)}
                aria-describedby="session-case-${s.id}-summary"
                @change=${() => change(() => (form.caseId = s.id))}
              />
              <div>
                <label for="session-case-${s.id}"><strong>${localText(s.title)}</strong></label>
                <p class="summary" id="session-case-${s.id}-summary">${localText(s.text.summary)}</p>
              </div>
            </div>`,
        )}
      </fieldset>
      <div class="row">
        <label for="session-seed">${t('menu.seed')}</label>
        <input
          type="number"
          id="session-seed"
          min="1"
          max="999999"
          inputmode="numeric"
          aria-describedby="session-seed-hint"
          .value=${live(form.seed)}
          @input=${(event: Event) => change(() => (form.seed = (event.currentTarget as HTMLInputElement).value))}
        />
        <p class="hint" id="session-seed-hint">${t('menu.seedHint')}</p>
      </div>
      <div class="row">
        <label for="session-mode">${t('menu.mode')}</label>
        <select
          id="session-mode"
          @change=${(event: Event) =>
            change(() => {
              const value = (event.currentTarget as HTMLSelectElement).value;
              const mode = PLAY_MODES.find((m) => m === value);
              if (mode) form.mode = mode;
            })}
        >
          ${PLAY_MODES.map((m) =>
            m === 'own' && !chosen?.ownBudget
              ? nothing
              : html`<option value=${m} ?selected=${m === setup?.mode}>${chosen ? modeName(chosen, m) : t(`mode.${m}`)}</option>`,
          )}
        </select>
      </div>
      <div class="row">
        <p class="fixed-setting">${t('session.tariff')} <strong id="session-tariff">${tariff ?? t('session.tariffCatalogue')}</strong></p>
        <p class="hint">${t('session.tariffHint')}</p>
      </div>
      <fieldset class="row">
        <legend>${t('session.routes')}</legend>
        ${(['open', 'held'] as const).map(
          (r) =>
            html`<div class="radio-card">
              <input
                type="radio"
                name="session-routes"
                id="session-routes-${r}"
                .checked=${live(form.routes === r)}
                @change=${() => change(() => (form.routes = r))}
              />
              <label for="session-routes-${r}">${t(`session.routes_${r}`)}</label>
            </div>`,
        )}
      </fieldset>
      <div class="row">
        <input
          type="checkbox"
          id="session-pauses"
          .checked=${live(form.pauses)}
          aria-describedby="session-pauses-hint"
          @change=${(event: Event) => change(() => (form.pauses = (event.currentTarget as HTMLInputElement).checked))}
        />
        <label for="session-pauses">${t('session.pauses')}</label>
        <p class="hint" id="session-pauses-hint">${t('session.pausesHint')}</p>
      </div>
    </form>
    ${setup ? shareCard(ctx, setup) : nothing}
    <div class="actions">
      <button type="button" id="session-back" @click=${() => toMenu(ctx)}>${t('session.backToMenu')}</button>
    </div>
  </div>`;
}

/** The link for the teams with its QR code, and the way to the trainer's view. */
function shareCard(ctx: ScreenContext, setup: SessionSetup): TemplateResult {
  const team = linkFor(setup);
  return html`<section class="card share" aria-labelledby="share-heading">
    <h2 id="share-heading">${t('session.shareTitle')}</h2>
    <div class="share-grid">
      <div>
        ${linkBox(ctx, { id: 'session-team-link', text: team, label: t('session.teamLink') })}
        <p class="hint">${t('session.teamLinkHint')}</p>
        <p><a class="button-link" id="open-trainer" href=${linkFor(setup, 'trainer')}>${t('session.openTrainer')}</a></p>
        <p class="hint">${t('session.openTrainerHint')}</p>
      </div>
      ${qrImage(ctx, team, t('session.qrAlt'))}
    </div>
  </section>`;
}
