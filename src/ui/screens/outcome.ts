/** The outcome: costs per payer beside the system and breakthrough routes, wellbeing, and "waarom?". */
import { html, nothing, type TemplateResult } from 'lit-html';
import { guard } from 'lit-html/directives/guard.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYERS, PAYER_IDS, epilogueOf, estimateRatio, estimateScore, type CaseResult, type PayerId, type Scenario } from '../../core';
import { resultOfPlay, zrmByMember, type Analysis, type CaseKey, type HubView } from '../../engine';
import { currentLang, formatDecimal, local, t } from '../../services/i18n';
import { chartFigure, type SeriesChart } from '../charts';
import { deferred } from '../deferred';
import { scrollRegion } from '../dom';
import { flowMoney, localText, money, monthShort, payerName } from '../format';
import { caseKey, groupCost, type ScreenContext } from './context';
import { whySection } from './why';

/** The payer whose budget lost the most on a route, with the amount. */
function hardestHit(result: CaseResult, payers: readonly PayerId[]): { readonly payer: string; readonly amount: string } {
  let top: PayerId | undefined;
  for (const p of payers)
    if ((result.totals.budgetImpactByPayer[p] ?? 0) > (top ? (result.totals.budgetImpactByPayer[top] ?? 0) : 0)) top = p;
  return top
    ? { payer: payerName(top), amount: money(result.totals.budgetImpactByPayer[top]) }
    : { payer: t('charts.nobody'), amount: money(0) };
}

/** Grouped bars: each payer's budget impact on the three routes, as the engine summed them. */
export function impactChart(
  payers: readonly PayerId[],
  routes: { mine: CaseResult; system: CaseResult; breakthrough: CaseResult },
): SeriesChart {
  const values = (r: CaseResult): number[] => payers.map((p) => r.totals.budgetImpactByPayer[p] ?? 0);
  const mine = hardestHit(routes.mine, payers);
  const system = hardestHit(routes.system, payers);
  const breakthrough = hardestHit(routes.breakthrough, payers);
  return {
    kind: 'bar',
    id: 'chart-impact',
    title: t('charts.impactTitle'),
    summary: t(mine.payer === system.payer && mine.payer === breakthrough.payer ? 'charts.impactSummarySame' : 'charts.impactSummary', {
      payer: mine.payer,
      amount: mine.amount,
      systemPayer: system.payer,
      systemAmount: system.amount,
      breakthroughPayer: breakthrough.payer,
      breakthroughAmount: breakthrough.amount,
    }),
    categoryLabel: t('charts.payer'),
    categories: payers.map(payerName),
    series: [
      { label: t('outcome.yours'), values: values(routes.mine) },
      { label: t('outcome.system'), values: values(routes.system) },
      { label: t('outcome.breakthrough'), values: values(routes.breakthrough) },
    ],
    unit: { type: 'money' },
    yLabel: t('charts.impactAxis'),
  };
}

/** Lines: society's cost added up month by month on the three routes, from the engine's analysis. */
export function cumulativeChart(scenario: Scenario, analysis: Analysis, key: CaseKey, mine: CaseResult): SeriesChart {
  const costs = analysis.cumulativeCosts(key, mine);
  const last = (values: readonly number[]): string => money(values[values.length - 1] ?? 0);
  return {
    kind: 'line',
    id: 'chart-cumulative',
    title: t('charts.cumulativeTitle'),
    summary: t('charts.cumulativeSummary', {
      months: scenario.months,
      mine: last(costs.mine),
      system: last(costs.system),
      breakthrough: last(costs.breakthrough),
    }),
    categoryLabel: t('charts.month'),
    categories: costs.mine.map((_, m) => monthShort(scenario, m)),
    series: [
      { label: t('outcome.yours'), values: costs.mine },
      { label: t('outcome.system'), values: costs.system },
      { label: t('outcome.breakthrough'), values: costs.breakthrough },
    ],
    unit: { type: 'money' },
    yLabel: t('charts.cumulativeAxis'),
  };
}

/** Bars: each member's mean ZRM at the start and at the end of the three routes. */
export function zrmChart(scenario: Scenario, routes: { mine: CaseResult; system: CaseResult; breakthrough: CaseResult }): SeriesChart {
  const mine = zrmByMember(routes.mine);
  const name = (id: string): string => scenario.index.members.get(id)?.name ?? id;
  const change = (m: { after: number; before: number }): number => m.after - m.before;
  const best = mine.reduce((a, b) => (change(b) > change(a) ? b : a));
  const worst = mine.reduce((a, b) => (change(b) < change(a) ? b : a));
  const after = (r: CaseResult): number[] => zrmByMember(r).map((m) => Math.round(m.after * 100) / 100);
  return {
    kind: 'bar',
    id: 'chart-zrm',
    title: t('charts.zrmTitle'),
    summary: t('charts.zrmSummary', {
      member: name(best.member),
      before: formatDecimal(best.before, 2),
      after: formatDecimal(best.after, 2),
      worst: name(worst.member),
      worstBefore: formatDecimal(worst.before, 2),
      worstAfter: formatDecimal(worst.after, 2),
    }),
    categoryLabel: t('charts.zrmMember'),
    categories: mine.map((m) => name(m.member)),
    series: [
      { label: t('charts.zrmStart'), values: mine.map((m) => Math.round(m.before * 100) / 100) },
      { label: t('outcome.yours'), values: after(routes.mine) },
      { label: t('outcome.system'), values: after(routes.system) },
      { label: t('outcome.breakthrough'), values: after(routes.breakthrough) },
    ],
    unit: { type: 'number', digits: 2 },
    yLabel: t('charts.zrmAxis'),
  };
}

/** How close one estimate was, in words: "je schatting was 1,6 keer de werkelijke kosten". */
function guessText(what: 'gemeente' | 'society', estimate: number, actual: number): string {
  const score = estimateScore(estimate, actual);
  const words = { what: t(`guess.${what}`), estimate: money(estimate), actual: money(actual), score };
  if (estimate === actual) return t('guess.exact', words);
  const ratio = estimateRatio(estimate, actual);
  if (ratio === undefined) return t('guess.missing', words);
  return t('guess.ratio', { ...words, ratio: formatDecimal(ratio, ratio >= 10 ? 0 : 1) });
}

/** "before → after" that may wrap after the arrow, so three routes fit side by side. */
function change(before: string, after: string): TemplateResult {
  return html`<span>${before} →</span> <span>${after}</span>`;
}

function wellbeingTable(routes: readonly CaseResult[]): TemplateResult {
  const names = [t('outcome.yours'), t('outcome.system'), t('outcome.breakthrough')];
  const line = (label: string, cell: (r: CaseResult) => string | TemplateResult): TemplateResult =>
    html`<tr>
      <th scope="row">${label}</th>
      ${routes.map((r, k) => html`<td class="num change" data-label=${names[k] ?? ''}>${cell(r)}</td>`)}
    </tr>`;
  const caption = t('outcome.wellbeing');
  return scrollRegion(
    caption,
    html`<table class="data cards wellbeing">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col" class="num">${t('outcome.yours')}</th>
          <th scope="col" class="num">${t('outcome.system')}</th>
          <th scope="col" class="num">${t('outcome.breakthrough')}</th>
        </tr>
      </thead>
      <tbody>
        ${line(t('outcome.zrmBefore'), (r) => formatDecimal(r.zrmBefore, 2))}
        ${line(t('outcome.zrmAfter'), (r) => formatDecimal(r.zrmAfter, 2))}
        ${line(t('outcome.lowDomains'), (r) => `${r.lowDomainsBefore} → ${r.lowDomainsAfter}`)}
        ${line(t('outcome.debt'), (r) => change(money(r.debtBefore), money(r.debtAfter)))}
      </tbody>
    </table>`,
  );
}

/**
 * Costs per payer for the team's route, beside the system and breakthrough routes when
 * they are shown, with the team's budget impact and society's cost.
 */
export function outcomeTable(
  mine: CaseResult,
  references?: { readonly system: CaseResult; readonly breakthrough: CaseResult },
): TemplateResult {
  const routes = references ? [mine, references.system, references.breakthrough] : [mine];
  const payers = PAYER_IDS.filter((p) =>
    routes.some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const caption = t('outcome.tableCaption');
  const yours = t('outcome.yours');
  const societyText = money(mine.totals.societyCost);
  const reference = (render: (route: CaseResult, label: string) => TemplateResult): TemplateResult | typeof nothing =>
    references
      ? html`${render(references.system, t('outcome.system'))}${render(references.breakthrough, t('outcome.breakthrough'))}`
      : nothing;
  return html`<table class="data outcome cards" id="outcome-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.payer')}</th>
        <th scope="col" class="num">${t('outcome.yours')}</th>
        ${reference((_, label) => html`<th scope="col" class="num">${label}</th>`)}
        <th scope="col" class="num">${t('outcome.yourImpact')}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        payers,
        (p) => p,
        (p) =>
          html`<tr>
            <th scope="row">${payerName(p)}<span class="group"> (${t(`group.${PAYERS[p].group}`)})</span></th>
            <td class="num" data-label=${t('outcome.yours')} data-payer=${p} data-cents=${String(mine.totals.costsByPayer[p] ?? 0)}>
              ${money(mine.totals.costsByPayer[p], true)}
            </td>
            ${reference((route, label) => html`<td class="num" data-label=${label}>${money(route.totals.costsByPayer[p], true)}</td>`)}
            <td
              class="num flow"
              data-label=${t('outcome.yourImpact')}
              data-impact-payer=${p}
              data-cents=${String(mine.totals.budgetImpactByPayer[p] ?? 0)}
            >
              ${flowMoney(mine.totals.budgetImpactByPayer[p])}
            </td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr class="total">
        <th scope="row">${t('outcome.society')}</th>
        <td class="num" data-label=${yours} id="society-total" data-cents=${String(mine.totals.societyCost)}>${societyText}</td>
        ${reference((route, label) => html`<td class="num" data-label=${label}>${money(route.totals.societyCost)}</td>`)}
        <td></td>
      </tr>
    </tfoot>
  </table>`;
}

/**
 * The outcome screen. It shows a finished case, so it is drawn again only when the
 * case or the language changes, not each time the analysis reports on other work.
 */
export function outcomeScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  return html`${guard([view.snapshot, view.scenario, currentLang()], () => outcomeView(view, ctx))}`;
}

function outcomeView(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { seed, decisions, estimate, play } = snapshot.context;
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const { system, breakthrough } = ctx.analysis.references(caseKey(view));
  const payers = PAYER_IDS.filter((p) =>
    [mine, system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const caption = t('outcome.tableCaption');
  const table = outcomeTable(mine, { system, breakthrough });
  const estimateBox = (): TemplateResult | typeof nothing => {
    if (!estimate) return nothing;
    const gemeenteTrue = groupCost(mine, 'gemeente');
    return html`<div class="card" id="estimate-result">
      <h3>${t('intake.estimateTitle')}</h3>
      <ul>
        <li id="guess-gemeente">${guessText('gemeente', estimate.gemeente, gemeenteTrue)}</li>
        <li id="guess-society">${guessText('society', estimate.society, mine.totals.societyCost)}</li>
      </ul>
      <p class="muted">${t('guess.scoring')}</p>
    </div>`;
  };
  const epilogue = epilogueOf(scenario, mine);
  // A refused approval is the luck of the session code: say so, and what the route would have cost with it granted.
  const refused = mine.events.filter((e) => e.type === 'refused' && e.detail === undefined);
  const granted = refused.length > 0 ? ctx.analysis.grantedResultFor(caseKey(view), decisions) : undefined;
  const chance = granted
    ? html`<p class="card chance" id="chance-note">
        ${t('outcome.chance', {
          names: refused.map((e) => local(scenario.index.interventions.get(e.id)?.label) || e.id).join(', '),
          cost: money(mine.totals.societyCost),
          granted: money(granted.totals.societyCost),
          zrm: formatDecimal(granted.zrmAfter, 2),
        })}
      </p>`
    : nothing;
  const overridden = scenario.interventions.filter((i) => i.priceRef.overridden).map((i) => local(i.label));
  return html`<div class="screen outcome">
    <h2 tabindex="-1">${t('outcome.title')}</h2>
    ${epilogue ? html`<p class="lead epilogue">${localText(epilogue.text)}</p>` : nothing} ${chance} ${scrollRegion(caption, table)}
    <p class="muted">${t('outcome.transfersNote')}</p>
    ${
      // The charts' figures, summaries and tables follow in the task after the click; each canvas is drawn after that.
      deferred(
        () =>
          html`<div class="charts">
            ${chartFigure(
              impactChart(
                payers.filter((p) => [mine, system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined)),
                { mine, system, breakthrough },
              ),
              html`<p class="muted">${t('charts.impactNote')}</p>`,
            )}
            ${chartFigure(cumulativeChart(scenario, ctx.analysis, caseKey(view), mine))}
          </div>`,
      )
    }
    ${
      // Then, each in a task of its own: wellbeing and the estimate, and every amount's "waarom?".
      deferred(
        () =>
          html`${overridden.length > 0 ? html`<p class="card">${t('outcome.tariffs', { ids: overridden.join(', ') })}</p>` : nothing}
          ${wellbeingTable([mine, system, breakthrough])} ${chartFigure(zrmChart(scenario, { mine, system, breakthrough }))}
          ${estimateBox()}`,
      )
    }
    ${deferred(() => whySection(scenario, mine))}
    <button type="button" class="primary" id="to-debrief" @click=${() => actor.send({ type: 'trainee.openDebrief' })}>
      ${t('outcome.toDebrief')}
    </button>
  </div>`;
}
