/** The plan: interventions as cards, within the wijkteam's hours. */
import { type InterventionDef } from '../../core';
import { plannedHours, unavailableReason, type HubView } from '../../engine';
import { formatDecimal, t } from '../../services/i18n';
import { h } from '../dom';
import { localNode, money, monthLabel, payerName } from '../format';

function interventionFacts(def: InterventionDef): string {
  return t('plan.facts', {
    price: money(def.price),
    unit: t(`unit.${def.unit}`),
    dosage:
      def.unit === 'once' || def.unit === 'traject' || (def.unit === 'month' && def.dosage === 1)
        ? ''
        : t('plan.dosage', { dosage: formatDecimal(def.dosage, def.dosage % 1 === 0 ? 0 : 1) }),
    payer: payerName(def.payer),
    waiting: def.waitingMonths,
    hours: formatDecimal(def.wijkteamHours, def.wijkteamHours % 1 === 0 ? 0 : 1),
  });
}

/** The plan screen. */
export function planScreen(view: HubView): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const context = snapshot.context;
  const used = plannedHours(scenario, context);
  const list = h('ul', { class: 'cards', 'aria-label': t('plan.catalogue') });
  for (const def of scenario.interventions.filter((i) => !i.automatic)) {
    const running = context.sim.running.some((r) => r.id === def.id);
    const pending = context.sim.pending.some((p) => p.id === def.id);
    const drafted = context.draft.start.includes(def.id);
    const stopping = context.draft.stop.includes(def.id);
    const checked = (running || pending || drafted) && !stopping;
    const reason = checked ? undefined : unavailableReason(scenario, context, def.id);
    const id = `iv-${def.id}`;
    const input = h('input', {
      type: 'checkbox',
      id,
      checked,
      disabled: reason !== undefined && reason !== 'running',
      'aria-describedby': `${id}-facts`,
      onchange: (event: Event) => {
        const on = (event.target as HTMLInputElement).checked;
        actor.send(on ? { type: 'trainee.chooseIntervention', id: def.id } : { type: 'trainee.dropIntervention', id: def.id });
      },
    });
    list.append(
      h(
        'li',
        { class: `card intervention${def.breakthrough ? ' breakthrough' : ''}${checked ? ' chosen' : ''}` },
        h('div', { class: 'card-head' }, input, h('label', { for: id }, localNode(def.label))),
        def.breakthrough ? h('p', { class: 'badge' }, t('plan.breakthrough')) : undefined,
        h('p', {}, localNode(def.description)),
        h(
          'p',
          { class: 'facts', id: `${id}-facts` },
          interventionFacts(def),
          reason && reason !== 'running' ? ` ${t(`plan.unavailable.${reason}`)}` : '',
          running ? ` ${t('plan.running')}` : '',
          pending ? ` ${t('plan.pending')}` : '',
        ),
        def.breakthrough
          ? h(
              'details',
              {},
              h('summary', {}, t('plan.bends')),
              h('p', {}, localNode(def.breakthrough.bends)),
              h(
                'p',
                {},
                t('plan.law', {
                  law: def.breakthrough.law,
                  months: def.breakthrough.approvalMonths,
                  chance: Math.round(def.breakthrough.refusalChance * 100),
                }),
              ),
            )
          : undefined,
        h('p', { class: 'source' }, t('plan.source', { source: def.priceRef.source, year: def.priceRef.year })),
      ),
    );
  }
  const over = used > scenario.wijkteamHoursPerMonth;
  return h(
    'div',
    { class: 'screen plan' },
    h('h2', {}, t('plan.title', { month: monthLabel(scenario, context.sim.month) })),
    h(
      'p',
      { class: `meter${over ? ' over' : ''}`, role: 'status' },
      t('plan.hours', { used: formatDecimal(used, used % 1 === 0 ? 0 : 1), available: scenario.wijkteamHoursPerMonth }),
    ),
    h('meter', { min: '0', max: String(scenario.wijkteamHoursPerMonth), value: String(used), 'aria-label': t('plan.hoursLabel') }),
    list,
    h(
      'button',
      { type: 'button', class: 'primary', id: 'confirm-plan', disabled: over, onclick: () => actor.send({ type: 'trainee.confirmPlan' }) },
      t('plan.confirm'),
    ),
  );
}
