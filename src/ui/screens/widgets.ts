/** Tables and cards that more than one screen shows; they read what the engine kept, never replay. */
import { html, nothing, type TemplateResult } from 'lit-html';
import '../screens.css';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYER_IDS, arrearsTotal, countLowDomains, debtTotal, isPayerVisible, meanScore, type PayerId, type Totals } from '../../core';
import type { HubView } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { flowMoney, interventionName, money, payerName } from '../format';

/** A table row with a label and an amount. */
export function row(label: string | TemplateResult, value: string, strong = false): TemplateResult {
  return html`<tr class=${strong ? 'total' : ''}>
    <th scope="row">${label}</th>
    <td class="num">${value}</td>
  </tr>`;
}

/** A member's ZRM in one line: the mean and how many domains score 1 or 2. */
export function zrmSummary(zrm: Partial<Record<string, number>>): string {
  return t('zrm.summary', { mean: formatDecimal(meanScore([zrm])), count: countLowDomains([zrm]) });
}

/** The household's state now: cash, debts, arrears, ZRM and the help that runs. */
export function statusTable(view: HubView): TemplateResult {
  const { scenario } = view;
  const { sim } = view.snapshot.context.play;
  const pending = sim.pending.map((p) => interventionName(scenario, p.id));
  const running = sim.running.filter((r) => r.startMonth <= sim.month).map((r) => interventionName(scenario, r.id));
  return html`<dl class="status">
    <dt>${t('status.cash')}</dt>
    <dd>${money(sim.cash)}</dd>
    <dt>${t('status.debt')}</dt>
    <dd>${money(debtTotal(sim))}</dd>
    <dt>${t('status.arrears')}</dt>
    <dd>${money(arrearsTotal(sim))}</dd>
    <dt>${t('status.zrm')}</dt>
    <dd>${formatDecimal(meanScore(sim.members.map((m) => m.zrm)))}</dd>
    <dt>${t('status.running')}</dt>
    <dd>${running.length ? running.join(', ') : '–'}</dd>
    ${
      pending.length
        ? html`<dt>${t('status.pending')}</dt>
            <dd>${pending.join(', ')}</dd>`
        : nothing
    }
  </dl>`;
}

/** Costs and budget impact per payer so far; payers the trainee may not see show as fog. */
export function budgetTable(totals: Totals, visible: ReadonlySet<PayerId> | undefined, caption: string): TemplateResult {
  const payers = PAYER_IDS.filter((p) => totals.budgetImpactByPayer[p] !== undefined || totals.costsByPayer[p] !== undefined);
  if (payers.length === 0) return html`<p class="muted budgets-empty">${t('runInfo.nothingBooked', { caption })}</p>`;
  const table = html`<table class="data budgets cards">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.payer')}</th>
        <th scope="col" class="num">${t('table.costs')}</th>
        <th scope="col" class="num">${t('table.impact')}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        payers,
        (p) => p,
        (p) =>
          isPayerVisible(visible, p)
            ? html`<tr>
                <th scope="row">${payerName(p)}</th>
                <td class="num" data-label=${t('table.costs')}>${money(totals.costsByPayer[p], true)}</td>
                <td class="num flow" data-label=${t('table.impact')}>${flowMoney(totals.budgetImpactByPayer[p])}</td>
              </tr>`
            : html`<tr class="fog">
                <th scope="row">${payerName(p)}</th>
                <td class="num" data-label=${t('table.costs')}>${t('table.hidden')}</td>
                <td class="num" data-label=${t('table.impact')}>${t('table.hidden')}</td>
              </tr>`,
      )}
    </tbody>
  </table>`;
  return scrollRegion(caption, table);
}

/** In own-budget mode: the trainee's potje against its target. */
export function ownBudgetCard(view: HubView): TemplateResult | typeof nothing {
  const own = view.scenario.ownBudget;
  if (view.snapshot.context.mode !== 'own' || !own) return nothing;
  const spent = view.snapshot.context.play.totals.budgetImpactByPayer[own.payer] ?? 0;
  const over = spent > own.target;
  return html`<p class="card own-budget ${over ? 'over' : ''}" id="own-budget">
    ${t('own.budget', { payer: payerName(own.payer), spent: money(spent), target: money(own.target) })}${over ? ` ${t('own.over')}` : ''}
  </p>`;
}
