/** The form a team fills in when it opens a session link: its label, then the case starts as the trainer set it up. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { teamLabelOf, TEAM_LABEL_MAX } from '../../engine';
import { t } from '../../services/i18n';
import { localText } from '../format';
import type { ScreenContext } from '../screens/context';
import { startTeam, toMenu } from './flow';
import { modeName } from './setup';

/** The team label form for the session the link opened. */
export function teamScreen(ctx: ScreenContext): TemplateResult {
  const session = ctx.state.session;
  const opened = session.opened;
  if (!opened) return html`<div class="screen"><h1 tabindex="-1">${t('session.teamTitle')}</h1></div>`;
  const { setup, scenario } = opened;
  const form = session.team;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const label = teamLabelOf(form.label);
    if (!label) {
      form.empty = true;
      ctx.rerender();
      document.getElementById('team-label')?.focus();
      return;
    }
    form.empty = false;
    startTeam(ctx, setup, scenario, label);
  };
  return html`<div class="screen session-team">
    <h1 tabindex="-1">${localText(scenario.title)}</h1>
    <p class="lead">${localText(scenario.text.summary)}</p>
    <dl class="session-facts">
      <dt>${t('menu.seed')}</dt>
      <dd>${setup.seed}</dd>
      <dt>${t('menu.mode')}</dt>
      <dd>${modeName(scenario, setup.mode)}</dd>
      ${
        setup.round
          ? html`<dt>${t('session.round')}</dt>
              <dd>${t('session.roundOf', { round: setup.round })}</dd>`
          : nothing
      }
      ${
        setup.pauses
          ? html`<dt>${t('session.pausesShort')}</dt>
              <dd>${t('session.pausesOn')}</dd>`
          : nothing
      }
    </dl>
    ${form.saveProblem ? html`<p class="card problem" role="alert">${t('session.saveNotResumed', { reason: form.saveProblem })}</p>` : nothing}
    <form class="card" id="team-form" @submit=${submit}>
      <div class="row">
        <label for="team-label">${t('session.teamLabel')}</label>
        <input
          id="team-label"
          autocomplete="off"
          maxlength=${TEAM_LABEL_MAX}
          aria-invalid=${form.empty ? 'true' : nothing}
          aria-describedby="team-label-hint${form.empty ? ' team-label-error' : ''}"
          .value=${live(form.label)}
          @input=${(event: Event) => (form.label = (event.currentTarget as HTMLInputElement).value)}
        />
        <p class="hint" id="team-label-hint">${t('session.teamLabelHint')}</p>
      </div>
      <p class="error" id="team-label-error" role="alert">${form.empty ? t('session.teamLabelEmpty') : ''}</p>
      <button type="submit" class="primary" id="team-start">${t('session.teamStart')}</button>
    </form>
    <div class="actions">
      <button type="button" id="session-back" @click=${() => toMenu(ctx)}>${t('session.backToMenu')}</button>
    </div>
  </div>`;
}
