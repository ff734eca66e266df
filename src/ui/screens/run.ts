/** Months running, decision points, and the review at a planning moment: each reads the play the engine keeps. */
import { html, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { visiblePayers } from '../../core';
import { lastMonthOf, openPoints, type HubView } from '../../engine';
import { t } from '../../services/i18n';
import { eventTexts } from '../events';
import { localText, monthLabel } from '../format';
import { isRevealed, phaseName } from '../phase';
import type { UiState } from '../state';
import type { ScreenContext } from './context';
import { budgetTable, ownBudgetCard, statusTable } from './widgets';

/** Stops playing months on by themselves. */
export function stopAutoRun(state: UiState): void {
  if (state.autoRun !== undefined) window.clearInterval(state.autoRun);
  state.autoRun = undefined;
}

/** Plays months one after the other until the case stops at a planning moment, a decision or the outcome. */
function startAutoRun(ctx: ScreenContext): void {
  stopAutoRun(ctx.state);
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  ctx.state.autoRun = window.setInterval(
    () => {
      const now = ctx.hub.view();
      if (!now || phaseName(now) !== 'run') return stopAutoRun(ctx.state);
      now.actor.send({ type: 'clock.monthPassed' });
    },
    reduce ? 50 : 450,
  );
}

/** The payers' table for the case so far, with the fog of own-budget mode. */
function soFar(view: HubView): TemplateResult {
  const { mode, play } = view.snapshot.context;
  return budgetTable(play.totals, visiblePayers(view.scenario, mode, isRevealed(phaseName(view))), t('run.soFar'));
}

/** The screen while months run. */
export function runScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { sim } = snapshot.context.play;
  const events = eventTexts(scenario, lastMonthOf(snapshot.context.play).events);
  // The heading names the month about to be played; the report below it is of the month just played, named as such.
  const played = sim.month > 0;
  return html`<div class="screen run">
    <h2 tabindex="-1">${t('runInfo.before', { month: sim.month + 1, months: scenario.months, label: monthLabel(scenario, sim.month) })}</h2>
    ${statusTable(view)}
    <section aria-labelledby="last-month">
      <h3 id="last-month">${played ? t('runInfo.lastMonth', { label: monthLabel(scenario, sim.month - 1) }) : t('run.lastMonth')}</h3>
      ${
        !played
          ? html`<p class="muted" id="not-yet">${t('runInfo.notYet', { label: monthLabel(scenario, sim.month) })}</p>`
          : events.length
            ? html`<ul>
                ${repeat(
                  events,
                  (_, i) => i,
                  (e) => html`<li>${e}</li>`,
                )}
              </ul>`
            : html`<p class="muted">${t('runInfo.quiet')}</p>`
      }
    </section>
    ${ownBudgetCard(view)} ${soFar(view)}
    <div class="actions">
      <button type="button" class="primary" id="next-month" @click=${() => actor.send({ type: 'clock.monthPassed' })}>
        ${t('run.next')}
      </button>
      <button type="button" id="to-checkpoint" @click=${() => startAutoRun(ctx)}>${t('run.toCheckpoint')}</button>
    </div>
  </div>`;
}

/** The screen for a decision point that stopped the clock. */
export function decisionScreen(view: HubView): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const pointId = openPoints(snapshot.context)[0];
  const point = pointId === undefined ? undefined : scenario.index.decisionPoints.get(pointId);
  if (!point) return html`<div class="screen decision"><h2 tabindex="-1">${t('decision.title')}</h2></div>`;
  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const option = (event.currentTarget as HTMLFormElement).querySelector<HTMLInputElement>('input[name=option]:checked')?.value;
    if (option) actor.send({ type: 'trainee.choose', point: point.id, option });
  };
  return html`<div class="screen decision">
    <h2 tabindex="-1">${t('decision.title')}</h2>
    <form class="card" @submit=${submit}>
      <fieldset>
        <legend>${localText(point.prompt)}</legend>
        ${repeat(
          point.options,
          (o) => `${point.id}/${o.id}`,
          (o, i) =>
            html`<div class="radio-card">
              <input type="radio" name="option" id="opt-${o.id}" value=${o.id} ?checked=${i === 0} />
              <label for="opt-${o.id}">${localText(o.label)}</label>
            </div>`,
        )}
      </fieldset>
      <button type="submit" class="primary">${t('decision.choose')}</button>
    </form>
    <h3>${t('decision.situation')}</h3>
    ${statusTable(view)}
  </div>`;
}

/** The review at a planning moment. */
export function reviewScreen(view: HubView): TemplateResult {
  const { scenario, actor, snapshot } = view;
  return html`<div class="screen review">
    <h2 tabindex="-1">${t('review.title', { label: monthLabel(scenario, snapshot.context.play.sim.month) })}</h2>
    ${statusTable(view)} ${ownBudgetCard(view)} ${soFar(view)}
    <div class="actions">
      <button type="button" class="primary" id="keep-plan" @click=${() => actor.send({ type: 'trainee.keepPlan' })}>
        ${t('review.keep')}
      </button>
      <button type="button" id="change-plan" @click=${() => actor.send({ type: 'trainee.changePlan' })}>${t('review.change')}</button>
    </div>
  </div>`;
}
