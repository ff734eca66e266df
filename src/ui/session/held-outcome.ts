/**
 * The outcome while a session holds the reference routes back: the team's own
 * figures only (what each payer paid and why, society's cost, how the household ends), and
 * the field for the debrief's unlock code. With the code typed, the full outcome with
 * the system and breakthrough routes takes its place.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { PAYERS, PAYER_IDS, epilogueOf } from '../../core';
import { resultOfPlay, type HubView } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { flowMoney, localText, money, payerName } from '../format';
import type { ScreenContext } from '../screens/context';
import { whySection } from '../screens/why';
import { routesGate } from './gate';

/** The outcome screen with the team's own route alone. */
export function heldOutcomeScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { seed, decisions, play } = snapshot.context;
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const payers = PAYER_IDS.filter((p) => mine.totals.costsByPayer[p] !== undefined || mine.totals.budgetImpactByPayer[p] !== undefined);
  const epilogue = epilogueOf(scenario, mine);
  const caption = t('outcome.tableCaption');
  const table = html`<table class="data outcome cards" id="outcome-table">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('table.payer')}</th>
        <th scope="col" class="num">${t('outcome.yours')}</th>
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
            <td
              class="num"
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
        <td class="num" data-label=${t('outcome.yours')} id="society-total" data-cents=${String(mine.totals.societyCost)}>
          ${money(mine.totals.societyCost)}
        </td>
        <td></td>
      </tr>
    </tfoot>
  </table>`;
  return html`<div class="screen outcome held">
    <h2 tabindex="-1">${t('outcome.title')}</h2>
    ${epilogue ? html`<p class="lead epilogue">${localText(epilogue.text)}</p>` : nothing} ${scrollRegion(caption, table)}
    <p class="muted">${t('outcome.transfersNote')}</p>
    <dl class="session-facts" id="held-wellbeing">
      <dt>${t('outcome.zrmBefore')}</dt>
      <dd>${formatDecimal(mine.zrmBefore, 2)}</dd>
      <dt>${t('outcome.zrmAfter')}</dt>
      <dd>${formatDecimal(mine.zrmAfter, 2)}</dd>
      <dt>${t('outcome.lowDomains')}</dt>
      <dd>${`${mine.lowDomainsBefore} → ${mine.lowDomainsAfter}`}</dd>
      <dt>${t('outcome.debt')}</dt>
      <dd>${`${money(mine.debtBefore)} → ${money(mine.debtAfter)}`}</dd>
    </dl>
    ${routesGate(ctx, view)} ${whySection(scenario, mine)}
    <button type="button" class="primary" id="to-debrief" @click=${() => actor.send({ type: 'trainee.openDebrief' })}>
      ${t('outcome.toDebrief')}
    </button>
  </div>`;
}
