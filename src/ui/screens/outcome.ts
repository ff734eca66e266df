/** The outcome: costs per payer beside the system and breakthrough routes, wellbeing, and "waarom?". */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYERS, PAYER_IDS, epilogueOf, estimateScore, type CaseResult, type LedgerEntry, type PayerId, type Scenario } from '../../core';
import { resultOfPlay, type HubView } from '../../engine';
import { formatDecimal, local, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { interventionName, localText, money, payerName } from '../format';
import { caseKey, groupCost, type ScreenContext } from './context';

interface Cause {
  readonly label: string;
  readonly amount: number;
  readonly source?: string;
}

/** What one payer's costs were for, summed per cause, with the price source. */
function causesOf(scenario: Scenario, ledger: readonly LedgerEntry[], payer: PayerId): Cause[] {
  const causes = new Map<string, Cause>();
  for (const e of ledger) {
    if (e.kind !== 'cost' || e.from !== payer) continue;
    const label = scenario.index.interventions.has(e.cause.id)
      ? interventionName(scenario, e.cause.id)
      : t(`cause.${e.cause.type}`, { id: e.cause.id });
    const source = e.price ? `${e.price.source} (${e.price.year})${e.price.overridden ? ` – ${t('outcome.overridden')}` : ''}` : undefined;
    causes.set(label, { label, amount: (causes.get(label)?.amount ?? 0) + e.amount, ...(source ? { source } : {}) });
  }
  return [...causes.values()];
}

/** "before → after" that may wrap after the arrow, so three routes fit side by side. */
function change(before: string, after: string): TemplateResult {
  return html`<span>${before} →</span> <span>${after}</span>`;
}

function wellbeingTable(routes: readonly CaseResult[]): TemplateResult {
  const line = (label: string, cell: (r: CaseResult) => string | TemplateResult): TemplateResult =>
    html`<tr>
      <th scope="row">${label}</th>
      ${routes.map((r) => html`<td class="num change">${cell(r)}</td>`)}
    </tr>`;
  const caption = t('outcome.wellbeing');
  return scrollRegion(
    caption,
    html`<table class="data">
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

/** The outcome screen. */
export function outcomeScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { seed, decisions, estimate, play } = snapshot.context;
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const { system, breakthrough } = ctx.analysis.references(caseKey(view));
  const payers = PAYER_IDS.filter((p) =>
    [mine, system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const caption = t('outcome.tableCaption');
  const table = html`<table class="data outcome" id="outcome-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.payer')}</th>
        <th scope="col" class="num">${t('outcome.yours')}</th>
        <th scope="col" class="num">${t('outcome.system')}</th>
        <th scope="col" class="num">${t('outcome.breakthrough')}</th>
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
            <td class="num" data-payer=${p} data-cents=${String(mine.totals.costsByPayer[p] ?? 0)}>
              ${money(mine.totals.costsByPayer[p], true)}
            </td>
            <td class="num">${money(system.totals.costsByPayer[p], true)}</td>
            <td class="num">${money(breakthrough.totals.costsByPayer[p], true)}</td>
            <td class="num" data-impact-payer=${p} data-cents=${String(mine.totals.budgetImpactByPayer[p] ?? 0)}>
              ${money(mine.totals.budgetImpactByPayer[p], true)}
            </td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr class="total">
        <th scope="row">${t('outcome.society')}</th>
        <td class="num" id="society-total" data-cents=${String(mine.totals.societyCost)}>${money(mine.totals.societyCost)}</td>
        <td class="num">${money(system.totals.societyCost)}</td>
        <td class="num">${money(breakthrough.totals.societyCost)}</td>
        <td></td>
      </tr>
    </tfoot>
  </table>`;
  const why = html`<section aria-labelledby="why-heading">
    <h3 id="why-heading">${t('outcome.why')}</h3>
    ${repeat(
      payers.filter((p) => mine.totals.costsByPayer[p] !== undefined),
      (p) => p,
      (p) =>
        html`<details>
          <summary>${t('outcome.whyPayer', { payer: payerName(p), amount: money(mine.totals.costsByPayer[p]) })}</summary>
          <ul>
            ${repeat(
              causesOf(scenario, mine.ledger, p),
              (c) => c.label,
              (c) =>
                html`<li>
                  ${`${c.label}: ${money(c.amount)}`}${c.source ? html`<span class="source"> — ${t('outcome.source')}: ${c.source}</span>` : nothing}
                </li>`,
            )}
          </ul>
          ${PAYERS[p].law ? html`<p class="muted">${t('outcome.law', { law: PAYERS[p].law })}</p>` : nothing}
        </details>`,
    )}
  </section>`;
  const gemeenteTrue = groupCost(mine, 'gemeente');
  const estimateBox = estimate
    ? html`<p class="card">
        ${t('outcome.estimate', {
          gemeente: money(estimate.gemeente),
          gemeenteTrue: money(gemeenteTrue),
          society: money(estimate.society),
          societyTrue: money(mine.totals.societyCost),
        })}
        ${t('outcome.estimateScore', {
          gemeente: estimateScore(estimate.gemeente, gemeenteTrue),
          society: estimateScore(estimate.society, mine.totals.societyCost),
        })}
      </p>`
    : nothing;
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
    ${overridden.length > 0 ? html`<p class="card">${t('outcome.tariffs', { ids: overridden.join(', ') })}</p>` : nothing}
    ${wellbeingTable([mine, system, breakthrough])} ${estimateBox} ${why}
    <button type="button" class="primary" id="to-debrief" @click=${() => actor.send({ type: 'trainee.openDebrief' })}>
      ${t('outcome.toDebrief')}
    </button>
  </div>`;
}
