/** The plan: interventions as cards, within the wijkteam's hours. What may start is asked of the core's plan module. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { hoursInUse, isUnderway, isWithinHours, whyNotStart, type Intervention } from '../../core';
import type { HubView } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { localText, money, monthLabel, payerName } from '../format';
import type { ScreenContext } from './context';

const hoursText = (hours: number): string => formatDecimal(hours, hours % 1 === 0 ? 0 : 1);

function interventionFacts(def: Intervention): string {
  return t('plan.facts', {
    price: money(def.price),
    unit: t(`unit.${def.unit}`),
    dosage:
      def.unit === 'once' || def.unit === 'traject' || (def.unit === 'month' && def.dosage === 1)
        ? ''
        : t('plan.dosage', { dosage: formatDecimal(def.dosage, def.dosage % 1 === 0 ? 0 : 1) }),
    payer: payerName(def.payer),
    waiting: def.waitingMonths,
    hours: hoursText(def.wijkteamHours),
  });
}

/** The plan screen. */
export function planScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor, snapshot } = view;
  const { draft, play } = snapshot.context;
  const sim = play.sim;
  const used = hoursInUse(scenario, sim, draft);
  const over = !isWithinHours(scenario, sim, draft);
  const card = (def: Intervention): TemplateResult => {
    const running = sim.running.some((r) => r.id === def.id);
    const pending = sim.pending.some((p) => p.id === def.id);
    const checked = (isUnderway(sim, def.id) || draft.start.includes(def.id)) && !draft.stop.includes(def.id);
    const reason = checked ? undefined : whyNotStart(scenario, sim, draft, def.id);
    const id = `iv-${def.id}`;
    const toggle = (event: Event): void => {
      const on = (event.currentTarget as HTMLInputElement).checked;
      actor.send(on ? { type: 'trainee.chooseIntervention', id: def.id } : { type: 'trainee.dropIntervention', id: def.id });
      // A refused change leaves the snapshot as it was; drawing again puts the box back.
      ctx.rerender();
    };
    return html`<li class="card intervention ${def.breakthrough ? 'breakthrough' : ''} ${checked ? 'chosen' : ''}">
      <div class="card-head">
        <input
          type="checkbox"
          id=${id}
          .checked=${live(checked)}
          ?disabled=${reason !== undefined && reason !== 'running'}
          aria-describedby="${id}-facts"
          @change=${toggle}
        />
        <label for=${id}>${localText(def.label)}</label>
      </div>
      ${def.breakthrough ? html`<p class="badge">${t('plan.breakthrough')}</p>` : nothing}
      <p>${localText(def.description)}</p>
      <p class="facts" id="${id}-facts">
        ${interventionFacts(def)}${reason && reason !== 'running' ? ` ${t(`plan.unavailable.${reason}`)}` : ''}${
          running ? ` ${t('plan.running')}` : ''
        }${pending ? ` ${t('plan.pending')}` : ''}
      </p>
      ${
        def.breakthrough
          ? html`<details>
              <summary>${t('plan.bends')}</summary>
              <p>${localText(def.breakthrough.bends)}</p>
              <p>
                ${t('plan.law', {
                  law: def.breakthrough.law,
                  months: def.breakthrough.approvalMonths,
                  chance: Math.round(def.breakthrough.refusalChance * 100),
                })}
              </p>
            </details>`
          : nothing
      }
      <p class="source">${t('plan.source', { source: def.priceRef.source, year: def.priceRef.year })}</p>
    </li>`;
  };
  return html`<div class="screen plan">
    <h2 tabindex="-1">${t('plan.title', { month: monthLabel(scenario, sim.month) })}</h2>
    <p class="meter ${over ? 'over' : ''}" role="status">
      ${t('plan.hours', { used: hoursText(used), available: scenario.wijkteamHoursPerMonth })}
    </p>
    <meter min="0" max=${scenario.wijkteamHoursPerMonth} .value=${used} aria-label=${t('plan.hoursLabel')}></meter>
    <ul class="cards" aria-label=${t('plan.catalogue')}>
      ${repeat(
        scenario.interventions.filter((i) => !i.automatic),
        (def) => def.id,
        card,
      )}
    </ul>
    <button type="button" class="primary" id="confirm-plan" ?disabled=${over} @click=${() => actor.send({ type: 'trainee.confirmPlan' })}>
      ${t('plan.confirm')}
    </button>
  </div>`;
}
