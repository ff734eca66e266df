/**
 * The debrief: decisions and what they caused, the best route, questions and the
 * result code. The what-ifs and the route search are the engine's analysis; this
 * screen shows them as they arrive, with the search's progress and a way to stop it.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYER_IDS, type Decision, type Divergence, type Scenario } from '../../core';
import {
  resultCode,
  resultOfPlay,
  type Analysis,
  type BestRoute,
  type CaseKey,
  type DecisionWhatIf,
  type HubView,
  type Pending,
  type Spread,
} from '../../engine';
import { currentLang, formatDecimal, local, t } from '../../services/i18n';
import { removeSave } from '../../services/storage';
import { chartFigure, type ScatterChart, type SeriesChart } from '../charts';
import { deferred } from '../deferred';
import { interventionName, localText, money, monthLabel, payerName } from '../format';
import { routesGate, routesRevealed, teamCode } from '../session/gate';
import { caseKey, type ScreenContext } from './context';

/** A decision in words, for the timeline. */
export function decisionLabel(scenario: Scenario, d: Decision): string {
  if (d.type === 'choose') {
    const option = scenario.index.decisionPoints.get(d.point)?.optionById.get(d.option);
    return t('debrief.chose', { option: local(option?.label) || d.option });
  }
  return t(d.type === 'start' ? 'debrief.started' : 'debrief.stopped', { name: interventionName(scenario, d.intervention) });
}

/** Where the route without this decision parts from the trainee's: per payer and per ZRM domain. */
function whatIfDetails(scenario: Scenario, divergence: Divergence): TemplateResult | typeof nothing {
  const payers = PAYER_IDS.filter((p) => divergence.byPayer[p] !== undefined);
  if (payers.length === 0 && divergence.zrm.length === 0) return nothing;
  const memberName = (id: string): string => scenario.index.members.get(id)?.name ?? id;
  return html`<details>
    <summary>${t('debrief.whatIf')}</summary>
    <ul>
      ${payers.map((p) => {
        const delta = divergence.byPayer[p] ?? 0;
        return html`<li>
          ${
            delta === 0
              ? t('flow.noDifferenceFor', { payer: payerName(p) })
              : t('debrief.payerDelta', {
                  payer: payerName(p),
                  amount: money(Math.abs(delta)),
                  direction: t(delta > 0 ? 'debrief.more' : 'debrief.less'),
                })
          }
        </li>`;
      })}
      ${divergence.zrm.map(
        (z) =>
          html`<li>
            ${t('debrief.zrmDelta', {
              member: memberName(z.member),
              domain: t(`domain.${z.domain}`),
              delta: z.delta > 0 ? `+${z.delta}` : String(z.delta),
            })}
          </li>`,
      )}
    </ul>
  </details>`;
}

/** What a decision caused, once the what-ifs are there. */
function consequence(scenario: Scenario, whatIf: DecisionWhatIf | undefined): TemplateResult | typeof nothing {
  if (!whatIf) return nothing;
  const { divergence } = whatIf;
  const delta = divergence.societyCost;
  const text =
    divergence.firstMonth === undefined
      ? t('debrief.noEffect')
      : delta === 0
        ? t('debrief.onlyTransfers', { month: monthLabel(scenario, divergence.firstMonth) })
        : t('debrief.without', {
            delta: money(Math.abs(delta)),
            direction: t(delta > 0 ? 'debrief.more' : 'debrief.less'),
            month: monthLabel(scenario, divergence.firstMonth),
          });
  return html`<p class="muted">${text}</p>
    ${whatIfDetails(scenario, divergence)}`;
}

function timeline(scenario: Scenario, decisions: readonly Decision[], whatIfs: Pending<readonly DecisionWhatIf[]>): TemplateResult {
  const byIndex = whatIfs.state === 'done' ? whatIfs.value : [];
  return html`<section aria-labelledby="timeline-heading">
    <h3 id="timeline-heading">${t('debrief.timeline')}</h3>
    ${whatIfs.state === 'running' && decisions.length > 0 ? html`<p class="muted" id="what-if-status">${t('debrief.whatIfRunning')}</p>` : nothing}
    ${whatIfs.state === 'failed' ? html`<p class="error">${t('debrief.whatIfFailed')}</p>` : nothing}
    <ol class="timeline">
      ${
        decisions.length === 0
          ? html`<li>${t('debrief.noDecisions')}</li>`
          : repeat(
              decisions,
              (_, k) => k,
              (d, k) =>
                html`<li>
                  <strong>${`${monthLabel(scenario, d.month)}: `}</strong>${decisionLabel(scenario, d)}
                  ${consequence(
                    scenario,
                    byIndex.find((w) => w.index === k),
                  )}
                </li>`,
            )
      }
    </ol>
  </section>`;
}

/** Stops the search; the keyboard moves to the line that now says so, in place of the button that went away. */
function cancel(analysis: Analysis, key: CaseKey): void {
  analysis.cancelBestRoute(key);
  document.getElementById('best-status')?.focus();
}

/**
 * The best route for society as the analysis reports it: a progress line and a stop
 * button while it is searched, then the route (labelled "so far" when the search
 * stopped at its time limit). Shared by the debrief and the trainer's workbench.
 */
export function bestRouteStatus(analysis: Analysis, key: CaseKey, best: Pending<BestRoute>): TemplateResult {
  if (best.state === 'running') {
    const progress = best.progress;
    return html`<div class="search" aria-busy="true">
      <p id="best-status" role="status" tabindex="-1">
        ${
          progress
            ? t('debrief.bestProgress', { simulations: progress.simulations, months: progress.monthsSimulated })
            : t('debrief.bestRunning')
        }
        ${progress?.bestCost !== undefined ? ` ${t('debrief.bestSoFarCost', { cost: money(progress.bestCost) })}` : ''}
      </p>
      <progress aria-labelledby="best-status"></progress>
      <button type="button" id="cancel-best" @click=${() => cancel(analysis, key)}>${t('debrief.cancel')}</button>
    </div>`;
  }
  if (best.state === 'failed') {
    return html`<p id="best-status" role="status" tabindex="-1">
      ${best.message === 'cancelled' ? t('debrief.cancelled') : t('debrief.bestFailed', { message: best.message })}
    </p>`;
  }
  const found = best.value;
  return html`<p id="best-status" role="status" tabindex="-1">
    ${found.complete ? '' : t('debrief.bestSoFar', { simulations: found.simulations })}
    ${found.meetsThreshold ? '' : t('debrief.bestBelowThreshold')}
  </p>`;
}

function bestRoute(scenario: Scenario, analysis: Analysis, key: CaseKey): TemplateResult {
  const best = analysis.bestRoute(key);
  return html`<section class="card" aria-labelledby="best-heading" id="best-route">
    <h3 id="best-heading">${t('debrief.best')}</h3>
    ${bestRouteStatus(analysis, key, best)}
    ${
      best.state === 'done'
        ? html`<p>
              ${t('debrief.bestText', {
                cost: money(best.value.totals.societyCost),
                zrm: formatDecimal(best.value.zrmAfter, 2),
                method: t(`debrief.method.${best.value.method}`),
              })}
            </p>
            ${
              best.value.route.length === 0
                ? html`<p>${t('debrief.bestEmpty')}</p>`
                : html`<ul>
                    ${repeat(
                      best.value.route,
                      (_, i) => i,
                      (d) => html`<li>${`${monthLabel(scenario, d.month)}: ${decisionLabel(scenario, d)}`}</li>`,
                    )}
                  </ul>`
            }`
        : nothing
    }
  </section>`;
}

/**
 * Society's cost against the ZRM gain for the player's route, the system route, the
 * breakthrough route and (once the search is done) the best route found: where the
 * cheap route and the route that helps part.
 */
export function costGainChart(view: HubView, analysis: Analysis): ScatterChart {
  const { scenario, snapshot } = view;
  const { seed, decisions, play } = snapshot.context;
  const key = caseKey(view);
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const { system, breakthrough } = analysis.references(key);
  const best = analysis.bestRoute(key);
  const gain = (after: number): number => Math.round((after - mine.zrmBefore) * 100) / 100;
  const points = [
    { label: t('outcome.yours'), x: mine.totals.societyCost, y: gain(mine.zrmAfter) },
    { label: t('outcome.system'), x: system.totals.societyCost, y: gain(system.zrmAfter) },
    { label: t('outcome.breakthrough'), x: breakthrough.totals.societyCost, y: gain(breakthrough.zrmAfter) },
    ...(best.state === 'done' ? [{ label: t('charts.bestRoute'), x: best.value.totals.societyCost, y: gain(best.value.zrmAfter) }] : []),
  ];
  const cheapest = points.reduce((a, b) => (b.x < a.x ? b : a));
  const most = points.reduce((a, b) => (b.y > a.y ? b : a));
  return {
    kind: 'scatter',
    id: 'chart-cost-gain',
    title: t('charts.scatterTitle'),
    summary: t('charts.scatterSummary', {
      mine: money(mine.totals.societyCost),
      mineGain: formatDecimal(gain(mine.zrmAfter), 2),
      cheapest: cheapest.label,
      best: most.label,
    }),
    pointLabel: t('charts.route'),
    points,
    xLabel: t('charts.costAxis'),
    yLabel: t('charts.zrmGainAxis'),
    xUnit: { type: 'money' },
    yUnit: { type: 'number', digits: 2 },
  };
}

/** Society's cost of the player's route and of the system route for each of many session codes, from the engine's worker. */
export function spreadChart(spread: Spread): SeriesChart {
  const costs = (runs: Spread['mine']): number[] => runs.map((r) => r.societyCost);
  const mine = costs(spread.mine);
  const system = costs(spread.system);
  return {
    kind: 'bar',
    id: 'chart-spread',
    title: t('charts.spreadTitle'),
    summary: t('charts.spreadSummary', {
      codes: spread.codes.length,
      mineMin: money(Math.min(...mine)),
      mineMax: money(Math.max(...mine)),
      systemMin: money(Math.min(...system)),
      systemMax: money(Math.max(...system)),
    }),
    categoryLabel: t('charts.spreadCode'),
    categories: spread.codes.map(String),
    series: [
      { label: t('outcome.yours'), values: mine },
      { label: t('outcome.system'), values: system },
    ],
    unit: { type: 'money' },
    yLabel: t('charts.costAxis'),
  };
}

function spreadSection(view: HubView, analysis: Analysis): TemplateResult {
  const spread = analysis.spread(caseKey(view), view.snapshot.context.decisions);
  if (spread.state === 'done') return chartFigure(spreadChart(spread.value));
  if (spread.state === 'failed') return html`<p class="error">${spread.message}</p>`;
  return html`<p class="muted" id="spread-running">${t('charts.spreadRunning')}</p>`;
}

/**
 * The debrief screen. Each part is drawn again only when what it shows changes (the
 * case, the language, or its own piece of the analysis): the search reports its
 * progress many times a second, and only its own lines need to follow.
 */
export function debriefScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { seed, mode, decisions } = snapshot.context;
  const key = caseKey(view);
  const lang = currentLang();
  const openSummary = (): void => {
    ctx.state.summaryFor = actor;
    ctx.rerender();
    document.getElementById('summary-heading')?.focus();
  };
  const newCase = (): void => {
    removeSave(scenario.id);
    ctx.hub.stop();
  };
  const whatIfs = ctx.analysis.whatIfs(key, decisions);
  const revealed = (): TemplateResult => {
    const best = ctx.analysis.bestRoute(key);
    const spread = ctx.analysis.spread(key, decisions);
    return html`${guard([scenario, best, lang], () => bestRoute(scenario, ctx.analysis, key))}
    ${guard([snapshot, best, lang], () => chartFigure(costGainChart(view, ctx.analysis)))}
    ${guard([spread, lang], () => spreadSection(view, ctx.analysis))}`;
  };
  return html`<div class="screen debrief">
    <h2 tabindex="-1">${t('debrief.title')}</h2>
    ${guard([scenario, decisions, whatIfs, lang], () => timeline(scenario, decisions, whatIfs))}
    ${
      // The best route and the charts under the timeline follow in the task after the click.
      routesRevealed(ctx, view) ? deferred(revealed) : routesGate(ctx, view)
    }
    ${guard(
      [scenario, lang],
      () =>
        html`<section aria-labelledby="questions-heading">
          <h3 id="questions-heading">${t('debrief.questions')}</h3>
          <ol>
            ${repeat(
              scenario.text.debrief,
              (q) => q.id,
              (q) => html`<li>${localText(q.question)}</li>`,
            )}
          </ol>
        </section>`,
    )}
    <section class="card" aria-labelledby="code-heading">
      <h3 id="code-heading">${t('debrief.code')}</h3>
      <p>${t('debrief.codeText')}</p>
      <output id="result-code" class="code">${teamCode(ctx, view, resultCode(scenario, seed, mode, decisions))}</output>
    </section>
    <div class="actions">
      <button type="button" id="back-outcome" @click=${() => actor.send({ type: 'trainee.backToOutcome' })}>${t('debrief.back')}</button>
      <button type="button" id="open-summary" @click=${openSummary}>${t('summary.open')}</button>
      <button type="button" class="primary" id="new-case" @click=${newCase}>${t('debrief.newCase')}</button>
    </div>
  </div>`;
}
