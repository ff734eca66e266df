/**
 * The outcome while a session holds the reference routes back: the team's own
 * figures only (what each payer paid and why, society's cost, how the household ends), and
 * the field for the debrief's unlock code. With the code typed, the full outcome with
 * the system and breakthrough routes takes its place.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { epilogueOf } from '../../core';
import { resultOfPlay, type HubView } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { localText, money } from '../format';
import type { ScreenContext } from '../screens/context';
import { outcomeTable } from '../screens/outcome';
import { whySection } from '../screens/why';
import { routesGate } from './gate';

/** The outcome screen with the team's own route alone. */
export function heldOutcomeScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { seed, decisions, play } = snapshot.context;
  const mine = resultOfPlay(scenario, play, seed, decisions);
  const epilogue = epilogueOf(scenario, mine);
  const caption = t('outcome.tableCaption');
  const table = outcomeTable(mine);
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
