/** Months running, decision points, and the review at a planning moment. */
import { type Scenario } from '../../core';
import { openPoints, replayTo, type HubView } from '../../engine';
import { local, t } from '../../services/i18n';
import { play } from '../../services/sound';
import { h } from '../dom';
import { localNode, monthLabel } from '../format';
import { visiblePayers, type ScreenContext } from './context';
import { budgetTable, ownBudgetCard, statusTable } from './widgets';

let autoRun: number | undefined;

function stopAutoRun(): void {
  if (autoRun !== undefined) window.clearInterval(autoRun);
  autoRun = undefined;
}

/** Template steps that make things worse for the household: they get the warning sound. */
const ESCALATIONS = new Set([
  'first-reminder',
  'second-reminder',
  'dwangbevel',
  'gijzeling',
  'summons',
  'ruling',
  'evicted',
  'disconnected',
  'car-sold',
  'job-lost',
]);

/** The screen while months run. */
export function runScreen(view: HubView, ctx: ScreenContext): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const context = snapshot.context;
  const replay = replayTo(scenario, context.decisions, context.seed, context.mode, context.sim.month);
  const visible = visiblePayers(view);
  const events = context.lastEvents
    .map((e) => eventText(scenario, e.type, e.id, e.detail, e.text))
    .filter((x): x is string => x !== undefined);
  if (events.length > 0) ctx.announce(events.join(' '));
  const escalated = context.lastEvents.some((e) => e.type === 'refused' || (e.type === 'template' && ESCALATIONS.has(e.detail ?? '')));
  if (escalated) play('warning');
  else if (context.lastEvents.some((e) => e.type === 'approved')) play('coin');
  else if (context.lastEntries.length > 0) play('month');
  const next = (): void => actor.send({ type: 'clock.monthPassed' });
  const toCheckpoint = (): void => {
    stopAutoRun();
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    autoRun = window.setInterval(
      () => {
        const now = ctx.hub.view();
        if (!now || (now.snapshot.value as string) !== 'run') return stopAutoRun();
        now.actor.send({ type: 'clock.monthPassed' });
      },
      reduce ? 50 : 450,
    );
  };
  return h(
    'div',
    { class: 'screen run' },
    h('h2', {}, t('run.title', { month: context.sim.month + 1, months: scenario.months, label: monthLabel(scenario, context.sim.month) })),
    statusTable(view),
    h(
      'section',
      { 'aria-labelledby': 'last-month' },
      h('h3', { id: 'last-month' }, t('run.lastMonth')),
      events.length ? h('ul', {}, ...events.map((e) => h('li', {}, e))) : h('p', { class: 'muted' }, t('run.quiet')),
    ),
    ownBudgetCard(view, replay.ledger),
    budgetTable(replay.ledger, visible, t('run.soFar')),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'next-month', onclick: next }, t('run.next')),
      h('button', { type: 'button', id: 'to-checkpoint', onclick: toCheckpoint }, t('run.toCheckpoint')),
    ),
  );
}

/** Sentences for what happened, for the list and the live region. */
function eventText(
  scenario: Scenario,
  type: string,
  id: string,
  detail?: string,
  text?: { nl: string; en?: string | undefined },
): string | undefined {
  const label = (iid: string): string => local(scenario.interventions.find((i) => i.id === iid)?.label) || iid;
  switch (type) {
    case 'started':
      return t('event.started', { name: label(id) });
    case 'stopped':
      return t('event.stopped', { name: label(id) });
    case 'approved':
      return t('event.approved', { name: label(id) });
    case 'refused':
      return t('event.refused', { name: label(id) });
    case 'arrears':
      return t('event.arrears', { bill: local(scenario.bills.find((b) => b.id === id)?.label) || id });
    case 'template':
      return detail ? t(`template.${detail.replace(/:.*/, '')}`, { defaultValue: '' }) || undefined : undefined;
    case 'event':
    case 'message':
      return text ? local(text) : detail === 'approval-requested' ? t('event.requested', { name: label(id) }) : undefined;
    case 'decisionRequired':
      return t('event.decision');
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- decision and review

/** The screen for a decision point that stopped the clock. */
export function decisionScreen(view: HubView): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const pointId = openPoints(snapshot.context)[0];
  const point = scenario.decisionPoints.find((p) => p.id === pointId);
  if (!point) return h('p', {}, '');
  const form = h('form', { class: 'card' });
  const fieldset = h('fieldset', {}, h('legend', {}, localNode(point.prompt)));
  point.options.forEach((o, i) => {
    const id = `opt-${o.id}`;
    fieldset.append(
      h(
        'div',
        { class: 'radio-card' },
        h('input', { type: 'radio', name: 'option', id, value: o.id, checked: i === 0 }),
        h('label', { for: id }, localNode(o.label)),
      ),
    );
  });
  form.append(fieldset, h('button', { type: 'submit', class: 'primary' }, t('decision.choose')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const option = form.querySelector<HTMLInputElement>('input[name=option]:checked')?.value;
    if (option) actor.send({ type: 'trainee.choose', point: point.id, option });
  });
  return h(
    'div',
    { class: 'screen decision' },
    h('h2', {}, t('decision.title')),
    form,
    h('h3', {}, t('decision.situation')),
    statusTable(view),
  );
}

/** The review at a planning moment. */
export function reviewScreen(view: HubView): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const replay = replayTo(scenario, snapshot.context.decisions, snapshot.context.seed, snapshot.context.mode, snapshot.context.sim.month);
  return h(
    'div',
    { class: 'screen review' },
    h('h2', {}, t('review.title', { label: monthLabel(scenario, snapshot.context.sim.month) })),
    statusTable(view),
    ownBudgetCard(view, replay.ledger),
    budgetTable(replay.ledger, visiblePayers(view), t('run.soFar')),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', id: 'keep-plan', onclick: () => actor.send({ type: 'trainee.keepPlan' }) },
        t('review.keep'),
      ),
      h('button', { type: 'button', id: 'change-plan', onclick: () => actor.send({ type: 'trainee.changePlan' }) }, t('review.change')),
    ),
  );
}
