/** The plan: interventions as cards, within the wijkteam's hours. What may start is asked of the core's plan module. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import {
  PAYER_IDS,
  ageAt,
  hoursInUse,
  isPayerVisible,
  isUnderway,
  isWithinHours,
  visiblePayers,
  whyNotStart,
  zrmMeanOf,
  type Intervention,
  type PayerId,
  type Scenario,
  type SimState,
} from '../../core';
import { unmetConditions, type HubView, type PlanForecast, type Range, type UnmetCondition } from '../../engine';
import { formatDecimal, local, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { flowMoney, interventionName, localText, money, monthLabel, payerName } from '../format';
import { caseKey, type ScreenContext } from './context';

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

/** One part of a start condition that fails, in words. */
export function unmetText(scenario: Scenario, state: SimState, unmet: UnmetCondition): string {
  const { condition: c, negated } = unmet;
  const key = (name: string): string => `whyNot.${negated ? `not${name[0]?.toUpperCase() ?? ''}${name.slice(1)}` : name}`;
  const op = (o: string): string => t(`whyNot.op.${o}`);
  const member = (id: string): string => scenario.index.members.get(id)?.name ?? id;
  const bill = (id: string): string => local(scenario.bills.find((b) => b.id === id)?.label) || id;
  if ('flag' in c) return t(key('flag'), { flag: c.flag.replace(/[-_:]+/g, ' ') });
  if ('owns' in c) return t(key('owns'), { asset: local(scenario.index.assets.get(c.owns)?.label) || c.owns });
  if ('owes' in c) return t(key('owes'), { debt: local(scenario.debts.find((d) => d.id === c.owes)?.label) || c.owes });
  if ('active' in c) return t(key('active'), { name: interventionName(scenario, c.active) });
  if ('billActive' in c) return t(key('billActive'), { bill: bill(c.billActive) });
  if ('age' in c)
    return t(key('age'), {
      member: member(c.age.member),
      op: op(c.age.op),
      value: c.age.value,
      now: ageAt(scenario, c.age.member, state.month) ?? '?',
    });
  if ('zrm' in c)
    return t(key('zrm'), { member: member(c.zrm.member), domain: t(`domain.${c.zrm.domain}`), op: op(c.zrm.op), value: c.zrm.value });
  if ('money' in c) return t(key('money'), { measure: t(`whyNot.measure.${c.money.of}`), op: op(c.money.op), value: money(c.money.value) });
  if ('arrears' in c) return t(key('arrears'), { bill: bill(c.arrears.bill), op: op(c.arrears.op), months: c.arrears.months });
  const { year, month, day } = c.date.value;
  return t(key('date'), { op: op(c.date.op), date: `${day}-${month}-${year}` });
}

/** A range of money in words: one amount where chance plays no part, else the lowest to the highest. */
function moneyRange(range: Range): string {
  if (range.min === range.max) return flowMoney(range.min);
  if (range.min >= 0) return t('flow.paid', { amount: t('planInfo.range', { min: money(range.min), max: money(range.max) }) });
  if (range.max <= 0) return t('flow.received', { amount: t('planInfo.range', { min: money(-range.max), max: money(-range.min) }) });
  return t('planInfo.range', { min: flowMoney(range.min), max: flowMoney(range.max) });
}

function zrmRange(range: Range): string {
  return range.min === range.max
    ? formatDecimal(range.min, 2)
    : t('planInfo.range', { min: formatDecimal(range.min, 2), max: formatDecimal(range.max, 2) });
}

/** The forecast as a table: each payer the player may see, and society when every payer is visible. */
function forecastTable(forecast: PlanForecast, visible: ReadonlySet<PayerId> | undefined): TemplateResult {
  const payers = PAYER_IDS.filter((p) => forecast.budgetImpact[p] !== undefined && isPayerVisible(visible, p));
  const caption = t('planInfo.title');
  return scrollRegion(
    caption,
    html`<table class="data" id="plan-forecast">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('planInfo.payer')}</th>
          <th scope="col" class="num">${t('planInfo.impact')}</th>
        </tr>
      </thead>
      <tbody>
        ${payers.map((p) => {
          const range = forecast.budgetImpact[p] ?? { min: 0, max: 0 };
          return html`<tr data-payer=${p} data-min=${String(range.min)} data-max=${String(range.max)}>
            <th scope="row">${payerName(p)}</th>
            <td class="num flow" data-label=${t('planInfo.impact')}>${moneyRange(range)}</td>
          </tr>`;
        })}
      </tbody>
      ${
        visible === undefined
          ? html`<tfoot>
              <tr class="total" data-min=${String(forecast.societyCost.min)} data-max=${String(forecast.societyCost.max)}>
                <th scope="row">${t('planInfo.society')}</th>
                <td class="num flow" data-label=${t('planInfo.impact')} id="plan-society">
                  ${
                    forecast.societyCost.min === forecast.societyCost.max
                      ? money(forecast.societyCost.min)
                      : t('planInfo.range', { min: money(forecast.societyCost.min), max: money(forecast.societyCost.max) })
                  }
                </td>
              </tr>
            </tfoot>`
          : nothing
      }
    </table>`,
  );
}

/** What the plan as ticked costs each payer by the end of the case, the ZRM it reaches, and the hours it uses: from the engine's analysis. */
function feedback(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, snapshot } = view;
  const { draft, play, decisions, mode } = snapshot.context;
  const sim = play.sim;
  const forecast = ctx.analysis.planForecast(caseKey(view), decisions, sim.month, draft);
  const visible = visiblePayers(scenario, mode, false);
  return html`<section
    class="card plan-feedback"
    id="plan-feedback"
    aria-labelledby="plan-feedback-title"
    aria-busy=${forecast.state === 'running' ? 'true' : 'false'}
  >
    <h3 id="plan-feedback-title">${t('planInfo.title')}</h3>
    ${
      forecast.state === 'running'
        ? html`<p id="plan-computing" class="muted">${t('planInfo.computing')}</p>`
        : forecast.state === 'failed'
          ? html`<p class="error">${t('planInfo.failed', { message: forecast.message })}</p>`
          : html`<p class="muted">${t('planInfo.intro', { codes: forecast.value.codes })}</p>
              ${forecastTable(forecast.value, visible)}
              <p id="plan-zrm">
                ${t('planInfo.zrm', { range: zrmRange(forecast.value.zrmAfter), now: formatDecimal(zrmMeanOf(sim), 2) })}
              </p>`
    }
  </section>`;
}

/** Which ticked help a card cannot go with: the exclusion holds either way round. */
function excludedBy(scenario: Scenario, ticked: readonly string[], def: Intervention): string {
  const others = ticked.filter((id) => def.excludes.includes(id) || scenario.index.interventions.get(id)?.excludes.includes(def.id));
  if (others.length === 0) return t('plan.unavailable.excluded');
  return t('whyNot.excludedBy', { names: others.map((id) => interventionName(scenario, id)).join(', ') });
}

/** The start conditions of a card that fail now, each in words. */
function whyNotConditions(scenario: Scenario, sim: SimState, id: string): TemplateResult {
  const unmet = unmetConditions(scenario, sim, id);
  if (unmet.length === 0) return html`<span class="why-not">${t('plan.unavailable.conditions')}</span>`;
  return html`<span class="why-not"
    >${t('whyNot.lead')} ${unmet.map((u, k) => `${k > 0 ? '; ' : ''}${unmetText(scenario, sim, u)}`).join('')}.</span
  >`;
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
        ${interventionFacts(def)}${reason && reason !== 'running' && reason !== 'conditions' && reason !== 'excluded' ? ` ${t(`plan.unavailable.${reason}`)}` : ''}${
          running ? ` ${t('plan.running')}` : ''
        }${pending ? ` ${t('plan.pending')}` : ''}
        ${reason === 'conditions' ? whyNotConditions(scenario, sim, def.id) : nothing}
        ${reason === 'excluded' ? html`<span class="why-not">${excludedBy(scenario, draft.start, def)}</span>` : nothing}
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
    ${feedback(view, ctx)}
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
