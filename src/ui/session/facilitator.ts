/**
 * The trainer's view for the projector: the case introduction, the pause points with
 * the question to ask and the code that lets the teams go on, reveals of the system,
 * breakthrough and best routes on demand, and "silo first, then reveal" in two rounds
 * with the reference figures of both side by side. Every figure is the engine's analysis.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYERS, PAYER_IDS, type CaseResult, type Decision, type PayerId, type Route, type Scenario, type Totals } from '../../core';
import { DEBRIEF_UNLOCK, roundSetup, unlockCode, type CaseKey, type SessionSetup } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { localText, money, monthLabel, payerName } from '../format';
import { groupCost, type ScreenContext } from '../screens/context';
import { bestRouteStatus, decisionLabel } from '../screens/debrief';
import { toMenu } from './flow';
import { linkFor, modeName } from './setup';
import { linkBox, qrImage } from './share';

/** A route's figures as the trainer shows them: what it decides, what it costs, how the household ends. */
interface Shown {
  readonly route: Route;
  readonly totals: Totals;
  readonly zrmAfter: number;
}

/** A show/hide button for one reveal; the revealed part follows it. */
function toggle(ctx: ScreenContext, key: string, labels: { show: string; hide: string }, target: string): TemplateResult {
  const shown = ctx.state.session.trainer.shown;
  const open = shown.has(key);
  const flip = (): void => {
    if (open) shown.delete(key);
    else shown.add(key);
    ctx.rerender();
  };
  return html`<button
    type="button"
    class=${open ? '' : 'primary'}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${target}
    @click=${flip}
  >
    ${open ? labels.hide : labels.show}
  </button>`;
}

function decisionsList(scenario: Scenario, route: readonly Decision[]): TemplateResult {
  if (route.length === 0) return html`<p>${t('session.noDecisions')}</p>`;
  return html`<ol class="route">
    ${repeat(
      route,
      (_, i) => i,
      (d) => html`<li>${`${monthLabel(scenario, d.month)}: ${decisionLabel(scenario, d)}`}</li>`,
    )}
  </ol>`;
}

function figures(scenario: Scenario, shown: Shown): TemplateResult {
  const own = scenario.ownBudget;
  return html`<dl class="figures">
    <dt>${t('outcome.society')}</dt>
    <dd data-figure="society" data-cents=${String(shown.totals.societyCost)}>${money(shown.totals.societyCost)}</dd>
    <dt>${t('session.gemeenteCost')}</dt>
    <dd data-figure="gemeente" data-cents=${String(groupCost(shown, 'gemeente'))}>${money(groupCost(shown, 'gemeente'))}</dd>
    ${
      own
        ? html`<dt>${t('session.ownImpact', { potje: payerName(own.payer) })}</dt>
            <dd>${money(shown.totals.budgetImpactByPayer[own.payer] ?? 0)}</dd>`
        : nothing
    }
    <dt>${t('outcome.zrmAfter')}</dt>
    <dd data-figure="zrm">${formatDecimal(shown.zrmAfter, 2)}</dd>
  </dl>`;
}

/** One reveal: the system route, the breakthrough route or the best route found. */
function reveal(ctx: ScreenContext, scenario: Scenario, key: CaseKey, which: 'system' | 'breakthrough' | 'best'): TemplateResult {
  const id = `reveal-${which}`;
  const open = ctx.state.session.trainer.shown.has(id);
  let body: TemplateResult | typeof nothing = nothing;
  if (open && which === 'best') {
    const best = ctx.analysis.bestRoute(key);
    body = html`${bestRouteStatus(ctx.analysis, key, best)}
    ${best.state === 'done' ? html`${figures(scenario, best.value)} ${decisionsList(scenario, best.value.route)}` : nothing}`;
  } else if (open && which !== 'best') {
    const result: CaseResult = ctx.analysis.references(key)[which];
    body = html`${figures(scenario, result)} ${decisionsList(scenario, result.route)}`;
  }
  const title = t(`session.reveal_${which}`);
  return html`<section class="card reveal" aria-labelledby="${id}-heading">
    <h3 id="${id}-heading">${title}</h3>
    ${toggle(ctx, id, { show: t('session.show', { what: title }), hide: t('session.hide', { what: title }) }, `${id}-body`)}
    <div id="${id}-body" class="reveal-body">${body}</div>
  </section>`;
}

/** A pause point: the decision, the question for the group, what a good answer holds, and its unlock code on demand. */
function pausePoint(ctx: ScreenContext, scenario: Scenario, setup: SessionSetup, pointId: string, index: number): TemplateResult {
  const point = scenario.index.decisionPoints.get(pointId);
  const pause = scenario.text.pauses.find((p) => p.point === pointId);
  const key = `code-${pointId}`;
  const open = ctx.state.session.trainer.shown.has(key);
  return html`<li class="card pause-point">
    <h3>${t('session.pauseN', { n: index + 1 })} ${point ? localText(point.prompt) : pointId}</h3>
    ${
      pause
        ? html`<p><strong>${t('session.askGroup')}</strong> ${localText(pause.question)}</p>
            <details>
              <summary>${t('session.goodAnswer')}</summary>
              <p>${localText(pause.goodAnswer)}</p>
            </details>`
        : nothing
    }
    <div class="code-reveal">
      ${toggle(ctx, key, { show: t('session.showCode'), hide: t('session.hideCode') }, `${key}-value`)}
      <p class="unlock-code" id="${key}-value">${open ? unlockCode(setup, pointId) : ''}</p>
    </div>
  </li>`;
}

/** The reference routes of both rounds side by side, per payer. */
function roundsTable(ctx: ScreenContext, scenario: Scenario, first: SessionSetup, second: SessionSetup): TemplateResult {
  const one = ctx.analysis.references({ scenario, seed: first.seed, mode: first.mode });
  const two = ctx.analysis.references({ scenario, seed: second.seed, mode: second.mode });
  const columns: readonly { label: string; result: CaseResult }[] = [
    { label: t('session.colRound', { round: 1, route: t('outcome.system') }), result: one.system },
    { label: t('session.colRound', { round: 1, route: t('outcome.breakthrough') }), result: one.breakthrough },
    { label: t('session.colRound', { round: 2, route: t('outcome.system') }), result: two.system },
    { label: t('session.colRound', { round: 2, route: t('outcome.breakthrough') }), result: two.breakthrough },
  ];
  const payers = PAYER_IDS.filter((p: PayerId) => columns.some((c) => c.result.totals.costsByPayer[p] !== undefined));
  const caption = t('session.roundsCaption');
  return scrollRegion(
    caption,
    html`<table class="data rounds" id="rounds-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('table.payer')}</th>
          ${columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          payers,
          (p) => p,
          (p) =>
            html`<tr>
              <th scope="row">${payerName(p)}<span class="group"> (${t(`group.${PAYERS[p].group}`)})</span></th>
              ${columns.map((c) => html`<td class="num" data-cents=${String(c.result.totals.costsByPayer[p] ?? 0)}>${money(c.result.totals.costsByPayer[p], true)}</td>`)}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr class="total">
          <th scope="row">${t('outcome.society')}</th>
          ${columns.map((c) => html`<td class="num" data-cents=${String(c.result.totals.societyCost)}>${money(c.result.totals.societyCost)}</td>`)}
        </tr>
        <tr>
          <th scope="row">${t('outcome.zrmAfter')}</th>
          ${columns.map((c) => html`<td class="num">${formatDecimal(c.result.zrmAfter, 2)}</td>`)}
        </tr>
      </tfoot>
    </table>`,
  );
}

/** "Silo first, then reveal": the links of both rounds and their reference figures. */
function rounds(ctx: ScreenContext, scenario: Scenario, setup: SessionSetup): TemplateResult {
  const own = scenario.ownBudget;
  if (!own) {
    return html`<section class="card" aria-labelledby="rounds-heading">
      <h2 id="rounds-heading">${t('session.roundsTitle')}</h2>
      <p>${t('session.roundsNone')}</p>
    </section>`;
  }
  const trainer = ctx.state.session.trainer;
  const first = roundSetup(setup, 1);
  const second = roundSetup(setup, 2, trainer.secondMode);
  return html`<section class="card" aria-labelledby="rounds-heading" id="rounds">
    <h2 id="rounds-heading">${t('session.roundsTitle')}</h2>
    <p>${t('session.roundsIntro', { potje: payerName(own.payer), target: money(own.target) })}</p>
    <div class="row">
      <label for="second-mode">${t('session.secondMode')}</label>
      <select
        id="second-mode"
        @change=${(event: Event) => {
          const value = (event.currentTarget as HTMLSelectElement).value;
          trainer.secondMode = value === 'pooled' ? 'pooled' : 'all';
          ctx.rerender();
        }}
      >
        ${(['all', 'pooled'] as const).map((m) => html`<option value=${m} ?selected=${m === trainer.secondMode}>${modeName(scenario, m)}</option>`)}
      </select>
    </div>
    <div class="grid">
      ${[first, second].map(
        (round) =>
          html`<div class="round">
            <h3>${t('session.roundOf', { round: round.round })}: ${modeName(scenario, round.mode)}</h3>
            ${linkBox(ctx, { id: `round-${round.round}-link`, text: linkFor(round), label: t('session.roundLink', { round: round.round }) })}
            ${qrImage(ctx, linkFor(round), t('session.roundQrAlt', { round: round.round }))}
          </div>`,
      )}
    </div>
    ${roundsTable(ctx, scenario, first, second)}
  </section>`;
}

/** The facilitator view for the session a trainer link opened. */
export function facilitatorScreen(ctx: ScreenContext): TemplateResult {
  const opened = ctx.state.session.opened;
  if (!opened) return html`<div class="screen facilitator"><h1 tabindex="-1">${t('session.trainerTitle')}</h1></div>`;
  const { setup, scenario } = opened;
  const key: CaseKey = { scenario, seed: setup.seed, mode: setup.mode };
  const { text } = scenario;
  const team = linkFor(setup);
  const debriefOpen = ctx.state.session.trainer.shown.has('code-debrief');
  return html`<div class="screen facilitator">
    <h1 tabindex="-1">${t('session.trainerTitle')}: ${localText(scenario.title)}</h1>
    <p class="session-meta">
      ${t('session.meta', { seed: setup.seed, mode: modeName(scenario, setup.mode) })}
      ${setup.round ? ` · ${t('session.roundOf', { round: setup.round })}` : ''} ·
      ${t(setup.pauses ? 'session.pausesOn' : 'session.pausesOff')} · ${t(`session.routes_${setup.routes}`)}
    </p>
    <section class="card intro" aria-labelledby="intro-heading">
      <h2 id="intro-heading">${t('session.introTitle')}</h2>
      <p class="lead">${localText(text.summary)}</p>
      <p>${localText(text.story)}</p>
      <blockquote class="goal"><p>${localText(text.goal)}</p></blockquote>
      ${
        text.facilitation
          ? html`<h3>${t('menu.facilitation')}</h3>
              <p>${localText(text.facilitation)}</p>`
          : nothing
      }
      ${
        text.learningGoals.length > 0
          ? html`<h3>${t('session.learningGoals')}</h3>
              <ul>
                ${text.learningGoals.map((g) => html`<li>${localText(g)}</li>`)}
              </ul>`
          : nothing
      }
    </section>
    <section class="card share" aria-labelledby="team-link-heading">
      <h2 id="team-link-heading">${t('session.shareTitle')}</h2>
      <div class="share-grid">
        ${linkBox(ctx, { id: 'trainer-team-link', text: team, label: t('session.teamLink') })} ${qrImage(ctx, team, t('session.qrAlt'))}
      </div>
    </section>
    <section aria-labelledby="pauses-heading">
      <h2 id="pauses-heading">${t('session.pausesTitle')}</h2>
      <p>${t(setup.pauses ? 'session.pausesExplain' : 'session.pausesOffExplain')}</p>
      <ol class="plain pause-points">
        ${repeat(
          scenario.decisionPoints,
          (p) => p.id,
          (p, i) => pausePoint(ctx, scenario, setup, p.id, i),
        )}
      </ol>
    </section>
    <section aria-labelledby="reveals-heading">
      <h2 id="reveals-heading">${t('session.revealsTitle')}</h2>
      <div class="grid reveals">
        ${reveal(ctx, scenario, key, 'system')} ${reveal(ctx, scenario, key, 'breakthrough')} ${reveal(ctx, scenario, key, 'best')}
      </div>
      ${
        setup.routes === 'held'
          ? html`<div class="card code-reveal debrief-code">
              <h3>${t('session.debriefCode')}</h3>
              <p>${t('session.debriefCodeText')}</p>
              ${toggle(ctx, 'code-debrief', { show: t('session.showCode'), hide: t('session.hideCode') }, 'code-debrief-value')}
              <p class="unlock-code" id="code-debrief-value">${debriefOpen ? unlockCode(setup, DEBRIEF_UNLOCK) : ''}</p>
            </div>`
          : nothing
      }
    </section>
    ${rounds(ctx, scenario, setup)}
    <div class="actions">
      <button type="button" id="session-back" @click=${() => toMenu(ctx)}>${t('session.backToMenu')}</button>
    </div>
  </div>`;
}
