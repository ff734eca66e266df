/**
 * One render function per phase. Screens read the snapshot and send trainee events;
 * trainer-written text goes in as text only.
 */
import {
  PAYERS,
  PAYER_IDS,
  countLowDomains,
  debtTotal,
  epilogueOf,
  estimateScore,
  meanScore,
  runCase,
  searchRoute,
  totalsOf,
  type CaseResult,
  type Divergence,
  type Decision,
  type InterventionDef,
  type LedgerEntry,
  type PayerId,
  type Scenario,
} from '../core';
import {
  VISIBILITY_MODES,
  caseOptionsFor,
  checkSave,
  openPoints,
  plannedHours,
  replayTo,
  resultCode,
  resultOf,
  restoreActor,
  toSave,
  unavailableReason,
  whatIf,
  type CaseHub,
  type CaseMachine,
  type HubView,
  type VisibilityMode,
} from '../engine';
import { formatDecimal, local, parseMoneyInput, t } from '../services/i18n';
import type { Library } from '../services/library';
import { play } from '../services/sound';
import { readSaves, removeSave, writeSave } from '../services/storage';
import { h, replace } from './dom';
import { ageIn, localNode, money, monthLabel, payerName } from './format';
import { compareSection } from './compare';
import { workbenchSection } from './workbench';

export interface ScreenContext {
  readonly hub: CaseHub;
  readonly machine: CaseMachine;
  readonly library: Library;
  readonly announce: (text: string) => void;
  readonly rerender: () => void;
}

/** Renders the screen for the current view (or the menu when no case runs). */
export function renderScreen(main: HTMLElement, view: HubView | undefined, ctx: ScreenContext): void {
  if (!view) return replace(main, menuScreen(ctx));
  const phase = view.snapshot.value as string;
  autosave(view);
  switch (phase) {
    case 'intake':
      return replace(main, intakeScreen(view));
    case 'plan':
      return replace(main, planScreen(view));
    case 'decision':
      return replace(main, decisionScreen(view));
    case 'review':
      return replace(main, reviewScreen(view));
    case 'outcome':
      return replace(main, outcomeScreen(view));
    case 'debrief':
      return replace(main, debriefScreen(view, ctx));
    default:
      return replace(main, runScreen(view, ctx));
  }
}

function saveSlot(scenarioId: string): string {
  return scenarioId;
}

/** Progress is saved after every decision and every month. */
function autosave(view: HubView): void {
  writeSave(saveSlot(view.scenario.id), toSave(view.snapshot, new Date().toISOString()));
}

function visiblePayers(view: HubView): ReadonlySet<PayerId> | undefined {
  const { mode } = view.snapshot.context;
  const phase = view.snapshot.value as string;
  if (mode !== 'own' || phase === 'outcome' || phase === 'debrief' || !view.scenario.ownBudget) return undefined;
  return new Set([view.scenario.ownBudget.payer, 'huishouden']);
}

// ---------------------------------------------------------------- menu

function menuScreen(ctx: ScreenContext): HTMLElement {
  const { library } = ctx;
  const playable = library.entries.filter((e) => e.scenario);
  const form = h('form', { class: 'card', id: 'start-form', 'aria-labelledby': 'start-heading' });
  const caseList = h('fieldset', {}, h('legend', {}, t('menu.chooseCase')));
  playable.forEach((entry, i) => {
    const s = entry.scenario as Scenario;
    const id = `case-${s.id}`;
    const doc = entry.doc;
    caseList.append(
      h(
        'div',
        { class: 'radio-card' },
        h('input', {
          type: 'radio',
          name: 'case',
          id,
          value: s.id,
          checked: i === 0,
          'aria-describedby': doc ? `${id}-summary` : undefined,
        }),
        h(
          'div',
          {},
          h(
            'label',
            { for: id },
            h('strong', {}, localNode(s.title)),
            h('span', { class: 'muted' }, t('menu.caseMeta', { months: s.months })),
          ),
          doc ? h('p', { class: 'summary', id: `${id}-summary` }, localNode(doc.summary)) : undefined,
          doc?.facilitation
            ? h('details', {}, h('summary', {}, t('menu.facilitation')), h('p', {}, localNode(doc.facilitation)))
            : undefined,
        ),
      ),
    );
  });
  const seed = h('input', { type: 'number', id: 'seed', name: 'seed', min: '1', max: '999999', value: '1', inputmode: 'numeric' });
  const mode = h('select', { id: 'mode', name: 'mode' }, ...VISIBILITY_MODES.map((m) => h('option', { value: m }, t(`mode.${m}`))));
  form.append(
    h('h2', { id: 'start-heading' }, t('menu.newCase')),
    caseList,
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'seed' }, t('menu.seed')),
      seed,
      h('p', { class: 'hint', id: 'seed-hint' }, t('menu.seedHint')),
    ),
    h('div', { class: 'row' }, h('label', { for: 'mode' }, t('menu.mode')), mode),
    h('button', { type: 'submit', class: 'primary' }, t('menu.start')),
  );
  seed.setAttribute('aria-describedby', 'seed-hint');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name=case]:checked')?.value;
    const scenario = playable.find((e) => e.scenario?.id === chosen)?.scenario;
    if (!scenario) return;
    const seedValue = Math.max(1, Math.min(999999, Math.trunc(Number(seed.value)) || 1));
    ctx.hub.start(scenario, {
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      seed: seedValue,
      mode: mode.value as VisibilityMode,
    });
  });

  const saves = h('section', { class: 'card', 'aria-labelledby': 'saves-heading' }, h('h2', { id: 'saves-heading' }, t('menu.saved')));
  const list = h('ul', { class: 'plain' });
  for (const entry of readSaves()) {
    const checked = entry.broken ? undefined : checkSave(entry.data, library.lookup);
    if (!checked || 'problem' in checked) {
      list.append(
        h(
          'li',
          { class: 'problem' },
          t('menu.brokenSave', {
            key: entry.key,
            reason: t(`saveProblem.${checked && 'problem' in checked ? checked.problem : 'unreadable'}`),
          }),
          ' ',
          h('button', { type: 'button', onclick: () => (removeSave(entry.key), ctx.rerender()) }, t('menu.removeSave', { key: entry.key })),
        ),
      );
      continue;
    }
    const save = checked.save;
    const scenario = library.lookup(save.scenarioId, save.scenarioVersion);
    if (!scenario) continue;
    list.append(
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              try {
                ctx.hub.adopt(restoreActor(ctx.machine, save, library.lookup), scenario);
              } catch {
                ctx.announce(t('menu.restoreFailed'));
              }
            },
          },
          t('menu.resume', { title: local(scenario.title), month: save.month, phase: t(`phase.${save.phase}`) }),
        ),
      ),
    );
  }
  if (list.childElementCount === 0) list.append(h('li', { class: 'muted' }, t('menu.noSaves')));
  saves.append(list);

  const problems = library.problems.filter((p) => p.severity === 'error');
  const problemBox =
    problems.length > 0
      ? h(
          'section',
          { class: 'card problem', role: 'alert' },
          h('h2', {}, t('menu.libraryProblems')),
          h('ul', {}, ...problems.slice(0, 10).map((p) => h('li', {}, `${p.file}:${p.position.line}:${p.position.column} ${p.code}`))),
        )
      : undefined;

  return h(
    'div',
    { class: 'screen menu' },
    h('h1', {}, t('app.title')),
    h('p', { class: 'lead' }, t('menu.intro')),
    problemBox,
    h('div', { class: 'grid' }, form, saves),
    compareSection(library, ctx.rerender),
    workbenchSection(library, ctx.hub, ctx.rerender),
  );
}

// ---------------------------------------------------------------- intake

function intakeScreen(view: HubView): HTMLElement {
  const { scenario, actor } = view;
  const doc = householdDoc(view);
  const members = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('intake.members')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('intake.name')),
        h('th', { scope: 'col' }, t('intake.age')),
        h('th', { scope: 'col' }, t('intake.about')),
        h('th', { scope: 'col' }, t('intake.zrm')),
      ),
    ),
    h(
      'tbody',
      {},
      ...scenario.members.map((m) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, m.name),
          h('td', {}, String(ageIn(scenario, m.id, 0))),
          h('td', {}, localNode(m.story)),
          h('td', {}, zrmSummary(m.zrm)),
        ),
      ),
    ),
  );
  const sim = view.snapshot.context.sim;
  const income = scenario.incomes.filter((i) => i.active).reduce((s, i) => s + i.monthly, 0);
  const bills = scenario.bills.filter((b) => b.active).reduce((s, b) => s + b.monthly, 0);
  const moneyTable = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('intake.money')),
    h(
      'tbody',
      {},
      ...scenario.incomes.filter((i) => i.active).map((i) => row(local(i.label), money(i.monthly))),
      row(t('intake.incomeTotal'), money(income), true),
      ...scenario.bills.filter((b) => b.active).map((b) => row(local(b.label), money(b.monthly))),
      row(t('intake.billsTotal'), money(bills), true),
      row(t('intake.balance'), money(income - bills), true),
      ...scenario.debts.map((d) => row(`${local(d.label)} (${payerName(d.creditor)})`, money(d.amount))),
      row(t('intake.debtTotal'), money(debtTotal(sim)), true),
    ),
  );
  const gemeente = h('input', { id: 'estimate-gemeente', inputmode: 'decimal', autocomplete: 'off' });
  const society = h('input', { id: 'estimate-society', inputmode: 'decimal', autocomplete: 'off' });
  const error = h('p', { class: 'error', id: 'estimate-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'card', id: 'estimate-form' },
    h('h3', {}, t('intake.estimateTitle')),
    h('p', {}, t('intake.estimateText', { months: scenario.months })),
    h('div', { class: 'row' }, h('label', { for: 'estimate-gemeente' }, t('intake.estimateGemeente')), gemeente),
    h('div', { class: 'row' }, h('label', { for: 'estimate-society' }, t('intake.estimateSociety')), society),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('intake.toPlan')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const g = gemeente.value.trim() === '' ? undefined : parseMoneyInput(gemeente.value);
    const s = society.value.trim() === '' ? undefined : parseMoneyInput(society.value);
    if ((gemeente.value.trim() !== '' && g === undefined) || (society.value.trim() !== '' && s === undefined)) {
      error.textContent = t('intake.estimateInvalid');
      // The error names which field is wrong for screen readers too, and the cursor goes there.
      const wrong = [gemeente, society].filter((input, k) => input.value.trim() !== '' && [g, s][k] === undefined);
      for (const input of [gemeente, society]) {
        if (wrong.includes(input)) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', 'estimate-error');
        } else {
          input.removeAttribute('aria-invalid');
          input.removeAttribute('aria-describedby');
        }
      }
      wrong[0]?.focus();
      return;
    }
    if (g !== undefined || s !== undefined) actor.send({ type: 'trainee.estimate', estimate: { gemeente: g ?? 0, society: s ?? 0 } });
    actor.send({ type: 'trainee.startPlanning' });
  });
  return h(
    'div',
    { class: 'screen intake' },
    h('h2', {}, localNode(scenario.title)),
    h('p', { class: 'lead' }, localNode(doc?.household.story ?? scenario.title)),
    h('blockquote', { class: 'goal' }, h('p', {}, localNode(doc?.household.goal)), h('footer', {}, t('intake.goal'))),
    h('div', { class: 'grid tables' }, h('div', { class: 'table-wrap' }, members), h('div', { class: 'table-wrap' }, moneyTable)),
    form,
  );
}

function householdDoc(view: HubView) {
  return viewLibrary?.docOf(view.scenario.id);
}

let viewLibrary: Library | undefined;
/** The screens read narrative text (story, goal) from the library's documents. */
export function useLibrary(library: Library): void {
  viewLibrary = library;
}

function row(label: string, value: string, strong = false): HTMLTableRowElement {
  return h('tr', { class: strong ? 'total' : undefined }, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, value));
}

function zrmSummary(zrm: Partial<Record<string, number>>): string {
  const mean = meanScore([zrm]);
  const low = countLowDomains([zrm]);
  return t('zrm.summary', { mean: formatDecimal(mean), low });
}

// ---------------------------------------------------------------- plan

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

function planScreen(view: HubView): HTMLElement {
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

// ---------------------------------------------------------------- run

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

function runScreen(view: HubView, ctx: ScreenContext): HTMLElement {
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

function statusTable(view: HubView): HTMLElement {
  const { sim } = view.snapshot.context;
  const arrears = sim.bills.reduce((s, b) => s + b.arrears, 0);
  const pending = sim.pending.map((p) => local(view.scenario.interventions.find((i) => i.id === p.id)?.label));
  const running = sim.running
    .filter((r) => r.startMonth <= sim.month)
    .map((r) => local(view.scenario.interventions.find((i) => i.id === r.id)?.label));
  return h(
    'dl',
    { class: 'status' },
    h('dt', {}, t('status.cash')),
    h('dd', {}, money(sim.cash)),
    h('dt', {}, t('status.debt')),
    h('dd', {}, money(debtTotal(sim))),
    h('dt', {}, t('status.arrears')),
    h('dd', {}, money(arrears)),
    h('dt', {}, t('status.zrm')),
    h('dd', {}, formatDecimal(meanScore(sim.members.map((m) => m.zrm)))),
    h('dt', {}, t('status.running')),
    h('dd', {}, running.length ? running.join(', ') : '–'),
    pending.length ? h('dt', {}, t('status.pending')) : undefined,
    pending.length ? h('dd', {}, pending.join(', ')) : undefined,
  );
}

function budgetTable(ledger: readonly LedgerEntry[], visible: ReadonlySet<PayerId> | undefined, caption: string): HTMLElement {
  const totals = totalsOf(ledger);
  const payers = PAYER_IDS.filter((p) => totals.budgetImpactByPayer[p] !== undefined || totals.costsByPayer[p] !== undefined);
  const table = h(
    'table',
    { class: 'data budgets' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('table.payer')),
        h('th', { scope: 'col', class: 'num' }, t('table.costs')),
        h('th', { scope: 'col', class: 'num' }, t('table.impact')),
      ),
    ),
    h(
      'tbody',
      {},
      ...payers.map((p) =>
        visible && !visible.has(p)
          ? h(
              'tr',
              { class: 'fog' },
              h('th', { scope: 'row' }, payerName(p)),
              h('td', { class: 'num' }, t('table.hidden')),
              h('td', { class: 'num' }, t('table.hidden')),
            )
          : h(
              'tr',
              {},
              h('th', { scope: 'row' }, payerName(p)),
              h('td', { class: 'num' }, money(totals.costsByPayer[p], true)),
              h('td', { class: 'num' }, money(totals.budgetImpactByPayer[p], true)),
            ),
      ),
    ),
  );
  return h('div', { class: 'table-wrap' }, table);
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

function decisionScreen(view: HubView): HTMLElement {
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
  return h('div', { class: 'screen decision' }, h('h2', {}, t('decision.title')), form);
}

function reviewScreen(view: HubView): HTMLElement {
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

// ---------------------------------------------------------------- outcome

const comparisons = new WeakMap<Scenario, Map<string, { system: CaseResult; breakthrough: CaseResult }>>();

/** The system and breakthrough routes for the same seed and mode, computed once. */
function comparisonFor(scenario: Scenario, seed: number, mode: VisibilityMode): { system: CaseResult; breakthrough: CaseResult } {
  let byKey = comparisons.get(scenario);
  if (!byKey) {
    byKey = new Map<string, { system: CaseResult; breakthrough: CaseResult }>();
    comparisons.set(scenario, byKey);
  }
  const key = `${seed}:${mode}`;
  let found = byKey.get(key);
  if (!found) {
    const options = caseOptionsFor(mode);
    found = {
      system: runCase(scenario, scenario.routes.system, seed, options),
      breakthrough: runCase(scenario, scenario.routes.breakthrough, seed, options),
    };
    byKey.set(key, found);
  }
  return found;
}

function outcomeScreen(view: HubView): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const { seed, mode, decisions, estimate } = snapshot.context;
  const mine = resultOf(scenario, decisions, seed, mode);
  const { system, breakthrough } = comparisonFor(scenario, seed, mode);
  const payers = PAYER_IDS.filter((p) =>
    [mine, system, breakthrough].some((r) => r.totals.budgetImpactByPayer[p] !== undefined || r.totals.costsByPayer[p] !== undefined),
  );
  const cell = (r: CaseResult, p: PayerId, attrs: Record<string, string> = {}): HTMLElement =>
    h('td', { class: 'num', ...attrs }, money(r.totals.costsByPayer[p], true));
  const table = h(
    'table',
    { class: 'data outcome', id: 'outcome-table' },
    h('caption', {}, t('outcome.tableCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('table.payer')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yours')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.system')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.breakthrough')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yourImpact')),
      ),
    ),
    h(
      'tbody',
      {},
      ...payers.map((p) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, payerName(p), h('span', { class: 'group' }, ` (${t(`group.${PAYERS[p].group}`)})`)),
          cell(mine, p, { 'data-payer': p, 'data-cents': String(mine.totals.costsByPayer[p] ?? 0) }),
          cell(system, p),
          cell(breakthrough, p),
          h(
            'td',
            { class: 'num', 'data-impact-payer': p, 'data-cents': String(mine.totals.budgetImpactByPayer[p] ?? 0) },
            money(mine.totals.budgetImpactByPayer[p], true),
          ),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      h(
        'tr',
        { class: 'total' },
        h('th', { scope: 'row' }, t('outcome.society')),
        h('td', { class: 'num', id: 'society-total', 'data-cents': String(mine.totals.societyCost) }, money(mine.totals.societyCost)),
        h('td', { class: 'num' }, money(system.totals.societyCost)),
        h('td', { class: 'num' }, money(breakthrough.totals.societyCost)),
        h('td', {}, ''),
      ),
    ),
  );
  const zrm = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('outcome.wellbeing')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, ''),
        h('th', { scope: 'col', class: 'num' }, t('outcome.yours')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.system')),
        h('th', { scope: 'col', class: 'num' }, t('outcome.breakthrough')),
      ),
    ),
    h(
      'tbody',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.zrmBefore')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, formatDecimal(r.zrmBefore, 2))),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.zrmAfter')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, formatDecimal(r.zrmAfter, 2))),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.lowDomains')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, `${r.lowDomainsBefore} → ${r.lowDomainsAfter}`)),
      ),
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, t('outcome.debt')),
        ...[mine, system, breakthrough].map((r) => h('td', { class: 'num' }, `${money(r.debtBefore)} → ${money(r.debtAfter)}`)),
      ),
    ),
  );
  const why = h('section', { 'aria-labelledby': 'why-heading' }, h('h3', { id: 'why-heading' }, t('outcome.why')));
  for (const p of payers.filter((x) => mine.totals.costsByPayer[x] !== undefined)) {
    const causes = new Map<string, { amount: number; source?: string }>();
    for (const e of mine.ledger) {
      if (e.kind !== 'cost' || e.from !== p) continue;
      const key = causeLabel(scenario, e);
      const prev = causes.get(key);
      causes.set(key, {
        amount: (prev?.amount ?? 0) + e.amount,
        ...(e.price ? { source: `${e.price.source} (${e.price.year})${e.price.overridden ? ` – ${t('outcome.overridden')}` : ''}` } : {}),
      });
    }
    why.append(
      h(
        'details',
        {},
        h('summary', {}, t('outcome.whyPayer', { payer: payerName(p), amount: money(mine.totals.costsByPayer[p]) })),
        h(
          'ul',
          {},
          ...[...causes].map(([label, c]) =>
            h(
              'li',
              {},
              `${label}: ${money(c.amount)}`,
              c.source ? h('span', { class: 'source' }, ` — ${t('outcome.source')}: ${c.source}`) : undefined,
            ),
          ),
        ),
        PAYERS[p].law ? h('p', { class: 'muted' }, t('outcome.law', { law: PAYERS[p].law })) : undefined,
      ),
    );
  }
  const estimateBox = estimate
    ? h(
        'p',
        { class: 'card' },
        t('outcome.estimate', {
          gemeente: money(estimate.gemeente),
          gemeenteTrue: money(groupCost(mine, 'gemeente')),
          society: money(estimate.society),
          societyTrue: money(mine.totals.societyCost),
        }),
        ' ',
        t('outcome.estimateScore', {
          gemeente: estimateScore(estimate.gemeente, groupCost(mine, 'gemeente')),
          society: estimateScore(estimate.society, mine.totals.societyCost),
        }),
      )
    : undefined;
  const epilogue = chooseEpilogue(view, mine);
  if (mine.zrmAfter >= scenario.zrmThreshold) play('success');
  return h(
    'div',
    { class: 'screen outcome' },
    h('h2', {}, t('outcome.title')),
    epilogue ? h('p', { class: 'lead epilogue' }, epilogue) : undefined,
    h('div', { class: 'table-wrap' }, table),
    h('p', { class: 'muted' }, t('outcome.transfersNote')),
    overriddenNote(scenario),
    h('div', { class: 'table-wrap' }, zrm),
    estimateBox,
    why,
    h(
      'button',
      { type: 'button', class: 'primary', id: 'to-debrief', onclick: () => actor.send({ type: 'trainee.openDebrief' }) },
      t('outcome.toDebrief'),
    ),
  );
}

function overriddenNote(scenario: Scenario): HTMLElement | undefined {
  const ids = scenario.interventions.filter((i) => i.priceRef.overridden).map((i) => local(i.label));
  return ids.length > 0 ? h('p', { class: 'card' }, t('outcome.tariffs', { ids: ids.join(', ') })) : undefined;
}

function groupCost(result: CaseResult, group: string): number {
  return Object.entries(result.totals.costsByPayer).reduce((s, [p, v]) => (PAYERS[p as PayerId].group === group ? s + (v ?? 0) : s), 0);
}

function causeLabel(scenario: Scenario, e: LedgerEntry): string {
  const iv = scenario.interventions.find((i) => i.id === e.cause.id);
  if (iv) return local(iv.label);
  return t(`cause.${e.cause.type}`, { id: e.cause.id });
}

function chooseEpilogue(view: HubView, result: CaseResult): string | undefined {
  const epilogue = epilogueOf(view.scenario, result);
  return epilogue ? local(epilogue.text) : undefined;
}

// ---------------------------------------------------------------- debrief

function decisionLabel(scenario: Scenario, d: Decision): string {
  if (d.type === 'choose') {
    const point = scenario.decisionPoints.find((p) => p.id === d.point);
    return t('debrief.chose', { option: local(point?.options.find((o) => o.id === d.option)?.label) || d.option });
  }
  const name = local(scenario.interventions.find((i) => i.id === d.intervention)?.label) || d.intervention;
  return t(d.type === 'start' ? 'debrief.started' : 'debrief.stopped', { name });
}

/** Where the route without this decision parts from the trainee's: per payer and per ZRM domain. */
function whatIfDetails(scenario: Scenario, divergence: Divergence): HTMLElement | undefined {
  const payers = PAYER_IDS.filter((p) => divergence.byPayer[p] !== undefined);
  if (payers.length === 0 && divergence.zrm.length === 0) return undefined;
  const memberName = (id: string): string => scenario.members.find((m) => m.id === id)?.name ?? id;
  return h(
    'details',
    {},
    h('summary', {}, t('debrief.whatIf')),
    h(
      'ul',
      {},
      ...payers.map((p) =>
        h(
          'li',
          {},
          t('debrief.payerDelta', {
            payer: payerName(p),
            amount: money(Math.abs(divergence.byPayer[p] ?? 0)),
            direction: t((divergence.byPayer[p] ?? 0) > 0 ? 'debrief.more' : 'debrief.less'),
          }),
        ),
      ),
      ...divergence.zrm.map((z) =>
        h(
          'li',
          {},
          t('debrief.zrmDelta', {
            member: memberName(z.member),
            domain: t(`domain.${z.domain}`),
            delta: z.delta > 0 ? `+${z.delta}` : String(z.delta),
          }),
        ),
      ),
    ),
  );
}

/** In own-budget mode: the trainee's potje against its target. */
function ownBudgetCard(view: HubView, ledger: readonly LedgerEntry[]): HTMLElement | undefined {
  const own = view.scenario.ownBudget;
  if (view.snapshot.context.mode !== 'own' || !own) return undefined;
  const spent = totalsOf(ledger).budgetImpactByPayer[own.payer] ?? 0;
  return h(
    'p',
    { class: `card own-budget${spent > own.target ? ' over' : ''}`, id: 'own-budget' },
    t('own.budget', { payer: payerName(own.payer), spent: money(spent), target: money(own.target) }),
    spent > own.target ? ` ${t('own.over')}` : '',
  );
}

function debriefScreen(view: HubView, ctx: ScreenContext): HTMLElement {
  const { scenario, actor, snapshot } = view;
  const { seed, mode, decisions } = snapshot.context;
  const timeline = h('ol', { class: 'timeline' });
  decisions.forEach((d, k) => {
    const alt = whatIf(scenario, seed, mode, decisions, k, []);
    const delta = alt.divergence.societyCost;
    timeline.append(
      h(
        'li',
        {},
        h('strong', {}, `${monthLabel(scenario, d.month)}: `),
        decisionLabel(scenario, d),
        h(
          'p',
          { class: 'muted' },
          alt.divergence.firstMonth === undefined
            ? t('debrief.noEffect')
            : delta === 0
              ? t('debrief.onlyTransfers', { month: monthLabel(scenario, alt.divergence.firstMonth) })
              : t('debrief.without', {
                  delta: money(Math.abs(delta)),
                  direction: t(delta > 0 ? 'debrief.more' : 'debrief.less'),
                  month: monthLabel(scenario, alt.divergence.firstMonth),
                }),
        ),
        whatIfDetails(scenario, alt.divergence),
      ),
    );
  });
  if (decisions.length === 0) timeline.append(h('li', {}, t('debrief.noDecisions')));
  const best = searchRoute(scenario, { seed, goal: { type: 'society' }, caseOptions: caseOptionsFor(mode) });
  const doc = viewLibrary?.docOf(scenario.id);
  const code = resultCode(scenario, seed, mode, decisions);
  return h(
    'div',
    { class: 'screen debrief' },
    h('h2', {}, t('debrief.title')),
    h('section', { 'aria-labelledby': 'timeline-heading' }, h('h3', { id: 'timeline-heading' }, t('debrief.timeline')), timeline),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'best-heading' },
      h('h3', { id: 'best-heading' }, t('debrief.best')),
      h(
        'p',
        {},
        t('debrief.bestText', {
          cost: money(best.result.totals.societyCost),
          zrm: formatDecimal(best.result.zrmAfter, 2),
          method: t(`debrief.method.${best.method}`),
        }),
      ),
      h('ul', {}, ...best.route.map((d) => h('li', {}, `${monthLabel(scenario, d.month)}: ${decisionLabel(scenario, d)}`))),
    ),
    h(
      'section',
      { 'aria-labelledby': 'questions-heading' },
      h('h3', { id: 'questions-heading' }, t('debrief.questions')),
      h('ol', {}, ...(doc?.debrief ?? []).map((q) => h('li', {}, localNode(q.question)))),
    ),
    h(
      'section',
      { class: 'card' },
      h('h3', {}, t('debrief.code')),
      h('p', {}, t('debrief.codeText')),
      h('output', { id: 'result-code', class: 'code' }, code),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', id: 'back-outcome', onclick: () => actor.send({ type: 'trainee.backToOutcome' }) }, t('debrief.back')),
      h(
        'button',
        { type: 'button', class: 'primary', id: 'new-case', onclick: () => (removeSave(scenario.id), ctx.hub.stop()) },
        t('debrief.newCase'),
      ),
    ),
  );
}
