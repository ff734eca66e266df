import { holds } from './conditions';
import { book, causeOf, note, type StepContext } from './context';
import { applyEffects, reduceDebts, startIntervention, stopIntervention } from './effects';
import { divideRounded } from './money';
import {
  DEFAULT_OPTIONS,
  type CaseOptions,
  type Decision,
  type InterventionDef,
  type MonthResult,
  type Scenario,
  type SimState,
} from './model';
import { PAYERS } from './payers';
import { chance } from './random';
import { templatePlan } from './rules';
import { cloneState, indexOf } from './state';

/**
 * Simulates one month: (state, decisions, seed) → (new state, ledger entries, events).
 * This is a pure function: the input state is copied, never changed.
 */
export function stepMonth(
  scenario: Scenario,
  state: SimState,
  decisions: readonly Decision[],
  seed: number,
  options: CaseOptions = DEFAULT_OPTIONS,
): MonthResult {
  const next = cloneState(state);
  const entries: MonthResult['entries'] = [];
  const events: MonthResult['events'] = [];
  advanceMonth(scenario, next, decisions, seed, entries, events, options);
  return { state: next, entries, events };
}

/**
 * The month step on a working copy the caller owns: it changes `state` in place.
 * Whole-case runs use it to avoid copying the state every month.
 */
export function advanceMonth(
  scenario: Scenario,
  state: SimState,
  decisions: readonly Decision[],
  seed: number,
  entries: MonthResult['entries'],
  events: MonthResult['events'],
  options: CaseOptions = DEFAULT_OPTIONS,
): void {
  if (state.ended) return;
  const month = state.month;
  const ctx: StepContext = { scenario, index: indexOf(scenario), seed, month, state, entries, events, options };
  state.shortfall = 0;

  applyDecisions(ctx, decisions);
  resolveApprovals(ctx);
  runInterventionLifecycle(ctx);
  const templates = templatePlan(scenario.templates);
  for (const run of templates.income) run(ctx);
  receiveIncome(ctx);
  bookInterventions(ctx);
  payBills(ctx);
  for (const run of templates.settle) run(ctx);
  fireRules(ctx);
  fireEvents(ctx);
  raiseDecisionPoints(ctx);

  state.month = month + 1;
  if (state.month >= scenario.months) state.ended = true;
}

function applyDecisions(ctx: StepContext, decisions: readonly Decision[]): void {
  const { state, scenario, month } = ctx;
  for (const decision of decisions) {
    if (decision.month !== month || decision.type !== 'choose') continue;
    choose(ctx, decision.point, decision.option);
  }
  for (const pointId of [...state.awaiting]) {
    const point = scenario.decisionPoints.find((p) => p.id === pointId);
    if (point) choose(ctx, point.id, point.defaultOption);
  }
  for (const decision of decisions) {
    if (decision.month !== month) continue;
    const cause = {
      type: 'decision' as const,
      id: `${decision.type}:${decision.type === 'choose' ? decision.point : decision.intervention}`,
    };
    if (decision.type === 'stop') stopIntervention(ctx, decision.intervention, cause);
    if (decision.type === 'start') requestIntervention(ctx, decision.intervention, cause);
  }
}

function choose(ctx: StepContext, pointId: string, optionId: string): void {
  const { state, scenario } = ctx;
  const at = state.awaiting.indexOf(pointId);
  if (at < 0) return;
  const point = scenario.decisionPoints.find((p) => p.id === pointId);
  const option = point?.options.find((o) => o.id === optionId) ?? point?.options.find((o) => o.id === point.defaultOption);
  if (!point || !option) return;
  state.awaiting.splice(at, 1);
  note(ctx, { type: 'chosen', id: point.id, detail: option.id });
  applyEffects(ctx, option.effects, { type: 'point', id: `${point.id}:${option.id}` });
}

/** Starts an intervention the trainee chose, or asks approval when it bends a rule. */
function requestIntervention(ctx: StepContext, id: string, cause: { type: 'decision'; id: string }): void {
  const def = ctx.index.interventions.get(id);
  const { state, month, scenario } = ctx;
  if (!def || def.automatic) return;
  if (state.running.some((r) => r.id === id) || state.pending.some((p) => p.id === id)) return;
  if (def.available && !holds(def.available, state, scenario, month)) return;
  if (def.breakthrough && !(ctx.options.pooledBudget && PAYERS[def.payer].group === 'gemeente')) {
    state.pending.push({ id, requestedMonth: month, decideMonth: month + def.breakthrough.approvalMonths });
    note(ctx, { type: 'message', id, detail: 'approval-requested' });
    return;
  }
  startIntervention(ctx, id, cause);
}

function resolveApprovals(ctx: StepContext): void {
  const { state, month, seed } = ctx;
  for (const approval of [...state.pending]) {
    if (approval.decideMonth > month) continue;
    state.pending.splice(state.pending.indexOf(approval), 1);
    const def = ctx.index.interventions.get(approval.id);
    if (!def?.breakthrough) continue;
    if (chance(seed, `approval:${approval.id}`, approval.requestedMonth, def.breakthrough.refusalChance)) {
      note(ctx, { type: 'refused', id: approval.id });
      continue;
    }
    note(ctx, { type: 'approved', id: approval.id });
    startIntervention(ctx, approval.id, { type: 'decision', id: `start:${approval.id}` });
  }
}

function runInterventionLifecycle(ctx: StepContext): void {
  const { state, month } = ctx;
  for (const running of [...state.running]) {
    if (running.endMonth !== undefined && running.endMonth <= month) {
      stopIntervention(ctx, running.id, { type: 'intervention', id: running.id });
      continue;
    }
    const def = ctx.index.interventions.get(running.id);
    if (!def) continue;
    for (const timed of def.timed) {
      if (running.startMonth + timed.afterMonths === month) {
        applyEffects(ctx, timed.effects, { type: 'intervention', id: running.id });
      }
    }
  }
}

function receiveIncome(ctx: StepContext): void {
  const { state, scenario } = ctx;
  for (let i = 0; i < state.incomes.length; i += 1) {
    const income = state.incomes[i];
    const def = scenario.incomes[i];
    if (!income?.active || !def || income.monthly <= 0) continue;
    if (def.kind === 'wage') {
      state.cash += income.monthly;
    } else {
      book(ctx, { from: def.payer, to: 'huishouden', amount: income.monthly, kind: 'transfer', cause: causeOf('income', def.id) });
    }
  }
}

/** What an intervention books in a month of service. */
export function monthlyAmount(def: InterventionDef, month: number, startMonth: number): number {
  switch (def.unit) {
    case 'once':
    case 'traject':
      return month === startMonth ? Math.round(def.price * def.dosage) : 0;
    case 'year':
      return divideRounded(Math.round(def.price * def.dosage), 12);
    default:
      return Math.round(def.price * def.dosage);
  }
}

function bookInterventions(ctx: StepContext): void {
  const { state, month } = ctx;
  for (const running of state.running) {
    if (running.startMonth > month) continue;
    const def = ctx.index.interventions.get(running.id);
    if (!def) continue;
    const cause = { type: 'intervention' as const, id: def.id };
    book(ctx, {
      from: def.payer,
      to: def.to,
      amount: monthlyAmount(def, month, running.startMonth),
      kind: def.kind,
      cause,
      price: def.priceRef,
    });
    if (def.ownContribution) {
      book(ctx, { from: 'huishouden', to: def.ownContribution.to, amount: def.ownContribution.monthly, kind: 'transfer', cause });
    }
  }
}

/** Pays the month's bills by priority; what cannot be paid becomes arrears, then surplus clears arrears. */
function payBills(ctx: StepContext): void {
  const { state, scenario } = ctx;
  const order = billOrder(scenario);
  for (const i of order) {
    const bill = state.bills[i];
    const def = scenario.bills[i];
    if (!bill?.active || !def) continue;
    const paid = Math.max(0, Math.min(state.cash, bill.monthly));
    const unpaid = bill.monthly - paid;
    payBill(ctx, i, paid);
    if (unpaid > 0) {
      if (def.payee === 'huishouden') state.shortfall += unpaid;
      else bill.arrears += unpaid;
    }
  }
  for (const i of order) {
    const bill = state.bills[i];
    if (!bill || bill.arrears === 0 || state.cash <= 0) continue;
    const paid = Math.min(state.cash, bill.arrears);
    bill.arrears -= paid;
    payBill(ctx, i, paid);
  }
  for (const bill of state.bills) {
    const wasInArrears = bill.arrearsMonths > 0;
    bill.arrearsMonths = bill.arrears === 0 ? 0 : Math.ceil(bill.arrears / Math.max(1, bill.monthly));
    if (!wasInArrears && bill.arrearsMonths > 0) note(ctx, { type: 'arrears', id: bill.id });
  }
}

function payBill(ctx: StepContext, index: number, amount: number): void {
  const def = ctx.scenario.bills[index];
  if (!def || amount <= 0) return;
  if (def.booked) {
    book(ctx, { from: 'huishouden', to: def.payee, amount, kind: 'transfer', cause: causeOf('bill', def.id) });
    reduceDebts(ctx, def.payee, amount);
  } else {
    ctx.state.cash -= amount;
  }
}

const billOrders = new WeakMap<Scenario, number[]>();

function billOrder(scenario: Scenario): number[] {
  let order = billOrders.get(scenario);
  if (!order) {
    order = scenario.bills
      .map((_, i) => i)
      .sort((a, b) => (scenario.bills[a]?.priority ?? 0) - (scenario.bills[b]?.priority ?? 0) || a - b);
    billOrders.set(scenario, order);
  }
  return order;
}

function fireRules(ctx: StepContext): void {
  const { state, scenario, month } = ctx;
  const keys = firedKeys(scenario);
  scenario.rules.forEach((rule, i) => {
    const key = keys.rules[i] ?? rule.id;
    if (!rule.repeat && state.fired.includes(key)) return;
    if (!holds(rule.when, state, scenario, month)) return;
    if (!rule.repeat) state.fired.push(key);
    note(ctx, { type: 'rule', id: rule.id });
    applyEffects(ctx, rule.then, causeOf('rule', rule.id));
  });
}

function fireEvents(ctx: StepContext): void {
  const { state, scenario, month, seed } = ctx;
  const keys = firedKeys(scenario);
  scenario.events.forEach((event, i) => {
    const key = keys.events[i] ?? event.id;
    if (!event.repeat && state.fired.includes(key)) return;
    if (!holds(event.when, state, scenario, month)) return;
    if (!chance(seed, key, month, event.chance)) return;
    if (!event.repeat) state.fired.push(key);
    note(ctx, { type: 'event', id: event.id, text: event.message });
    applyEffects(ctx, event.effects, causeOf('event', event.id));
  });
}

function raiseDecisionPoints(ctx: StepContext): void {
  const { state, scenario, month } = ctx;
  const keys = firedKeys(scenario);
  scenario.decisionPoints.forEach((point, i) => {
    const key = keys.points[i] ?? point.id;
    if (state.fired.includes(key)) return;
    if (!holds(point.when, state, scenario, month)) return;
    state.fired.push(key);
    state.awaiting.push(point.id);
    note(ctx, { type: 'decisionRequired', id: point.id, text: point.prompt });
  });
}

const firedKeyCache = new WeakMap<Scenario, { rules: string[]; events: string[]; points: string[] }>();

/** The keys under which one-off rules, events and points are remembered, built once per scenario. */
function firedKeys(scenario: Scenario): { rules: string[]; events: string[]; points: string[] } {
  let keys = firedKeyCache.get(scenario);
  if (!keys) {
    keys = {
      rules: scenario.rules.map((r) => `rule:${r.id}`),
      events: scenario.events.map((e) => `event:${e.id}`),
      points: scenario.decisionPoints.map((p) => `point:${p.id}`),
    };
    firedKeyCache.set(scenario, keys);
  }
  return keys;
}
