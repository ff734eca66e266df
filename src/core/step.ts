import { bookAt, markFired, note, type StepContext, type Stepper } from './context';
import { applyEffects, reduceDebts, startIntervention, stopIntervention } from './effects';
import { HOUSEHOLD_SLOT, type LedgerSums } from './ledger';
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
import { mayStart, needsApproval } from './plan';
import { chance } from './random';
import { cloneState } from './state';

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
 * Whole-case runs use it to avoid copying the state every month. Decisions for
 * other months are ignored.
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
  advanceInto(scenario, state, decisions, seed, entries, events, undefined, options);
}

/**
 * The month step in place, with a choice of what to keep: the entries, the events,
 * and running sums of the entries (any of them may be left out). Whole-case runs
 * keep all three; the route search keeps the sums alone.
 */
export function advanceInto(
  scenario: Scenario,
  state: SimState,
  decisions: readonly Decision[],
  seed: number,
  entries: MonthResult['entries'] | undefined,
  events: MonthResult['events'] | undefined,
  sums: LedgerSums | undefined,
  options: CaseOptions = DEFAULT_OPTIONS,
): void {
  if (state.ended) return;
  advanceWith({ scenario, index: scenario.index, seed, month: state.month, state, decisions, entries, events, sums, options });
}

/** A stepper for a run: `advanceWith` then steps its state a month at a time. */
export function stepperFor(
  scenario: Scenario,
  state: SimState,
  seed: number,
  options: CaseOptions,
  entries?: MonthResult['entries'],
  events?: MonthResult['events'],
  sums?: LedgerSums,
): Stepper {
  return { scenario, index: scenario.index, seed, month: state.month, state, decisions: NO_DECISIONS, entries, events, sums, options };
}

const NO_DECISIONS: readonly Decision[] = Object.freeze([]);

/** The month step for the stepper's state, decisions, entries, events and sums (all in place). */
export function advanceWith(ctx: Stepper): void {
  const { state, scenario, decisions } = ctx;
  if (state.ended) return;
  const month = state.month;
  ctx.month = month;
  state.shortfall = 0;

  applyDecisions(ctx, decisions);
  resolveApprovals(ctx);
  runInterventionLifecycle(ctx);
  for (const template of scenario.templates.income) template.run(ctx);
  receiveIncome(ctx);
  bookInterventions(ctx);
  payBills(ctx);
  for (const template of scenario.templates.settle) template.run(ctx);
  fireRules(ctx);
  fireEvents(ctx);
  raiseDecisionPoints(ctx);

  state.month = month + 1;
  if (state.month >= scenario.months) state.ended = true;
}

function applyDecisions(ctx: StepContext, decisions: readonly Decision[]): void {
  const { state, scenario, month } = ctx;
  for (const decision of decisions) {
    if (decision.month === month && decision.type === 'choose') choose(ctx, decision.point, decision.option);
  }
  if (state.awaiting.length > 0) {
    for (const pointId of [...state.awaiting]) {
      const point = scenario.index.decisionPoints.get(pointId);
      if (point) choose(ctx, point.id, point.defaultOption);
    }
  }
  for (const decision of decisions) {
    if (decision.month !== month || decision.type === 'choose') continue;
    const cause = { type: 'decision' as const, id: `${decision.type}:${decision.intervention}` };
    if (decision.type === 'stop') stopIntervention(ctx, decision.intervention, cause);
    else requestIntervention(ctx, decision.intervention, cause);
  }
}

function choose(ctx: StepContext, pointId: string, optionId: string): void {
  const { state, scenario } = ctx;
  const at = state.awaiting.indexOf(pointId);
  if (at < 0) return;
  const point = scenario.index.decisionPoints.get(pointId);
  const option = point?.optionById.get(optionId) ?? point?.optionById.get(point.defaultOption);
  if (!point || !option) return;
  state.awaiting.splice(at, 1);
  note(ctx, 'chosen', point.id, option.id);
  applyEffects(ctx, option.effects, { type: 'point', id: `${point.id}:${option.id}` });
}

/** Starts an intervention the trainee chose, or asks approval when it bends a rule. */
function requestIntervention(ctx: StepContext, id: string, cause: { type: 'decision'; id: string }): void {
  const { state, month, scenario } = ctx;
  const def = mayStart(scenario, state, month, id);
  if (!def) return;
  if (def.breakthrough && needsApproval(def, ctx.options)) {
    state.pending.push({ id, requestedMonth: month, decideMonth: month + def.breakthrough.approvalMonths });
    note(ctx, 'message', id, 'approval-requested');
    return;
  }
  startIntervention(ctx, id, cause);
}

function resolveApprovals(ctx: StepContext): void {
  const { state, month, seed } = ctx;
  if (state.pending.length === 0) return;
  for (const approval of [...state.pending]) {
    if (approval.decideMonth > month) continue;
    state.pending.splice(state.pending.indexOf(approval), 1);
    const def = ctx.index.interventions.get(approval.id);
    if (!def?.breakthrough) continue;
    if (!ctx.options.approvalsGranted && chance(seed, `approval:${approval.id}`, approval.requestedMonth, def.breakthrough.refusalChance)) {
      note(ctx, 'refused', approval.id);
      continue;
    }
    note(ctx, 'approved', approval.id);
    startIntervention(ctx, approval.id, { type: 'decision', id: `start:${approval.id}` });
  }
}

function runInterventionLifecycle(ctx: StepContext): void {
  const { state, month } = ctx;
  if (state.running.length === 0) return;
  let due = false;
  for (const running of state.running) {
    if ((running.endMonth !== undefined && running.endMonth <= month) || running.nextTimedMonth === month) due = true;
  }
  if (!due) return;
  for (const running of [...state.running]) {
    const def = ctx.scenario.interventions[running.slot];
    if (running.endMonth !== undefined && running.endMonth <= month) {
      stopIntervention(ctx, running.id, def?.cause ?? { type: 'intervention', id: running.id });
      continue;
    }
    if (!def || running.nextTimedMonth !== month) continue;
    for (const timed of def.timed) {
      if (running.startMonth + timed.afterMonths === month) applyEffects(ctx, timed.effects, def.cause);
    }
    const at = state.running.indexOf(running);
    const next = def.timedMonths.find((m) => running.startMonth + m > month);
    if (at >= 0) {
      state.running[at] = {
        id: running.id,
        slot: running.slot,
        startMonth: running.startMonth,
        endMonth: running.endMonth,
        nextTimedMonth: next === undefined ? undefined : running.startMonth + next,
        cause: running.cause,
      };
    }
  }
}

const HOUSEHOLD = HOUSEHOLD_SLOT;

function receiveIncome(ctx: StepContext): void {
  const { state, scenario } = ctx;
  for (let i = 0; i < state.incomes.length; i += 1) {
    const income = state.incomes[i];
    const def = scenario.incomes[i];
    const cause = scenario.incomeCauses[i];
    if (!income?.active || !def || !cause || income.monthly <= 0) continue;
    if (def.kind === 'wage') state.cash += income.monthly;
    else bookAt(ctx, def.payer, scenario.incomePayerSlots[i] ?? -2, 'huishouden', HOUSEHOLD, income.monthly, 'transfer', cause);
  }
}

/** What an intervention books in a month of service. */
export function monthlyAmount(def: Pick<InterventionDef, 'unit' | 'price' | 'dosage'>, month: number, startMonth: number): number {
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
    const def = ctx.scenario.interventions[running.slot];
    if (!def) continue;
    bookAt(
      ctx,
      def.payer,
      def.payerSlot,
      def.to,
      def.toSlot,
      def.oneOff && month !== running.startMonth ? 0 : def.monthAmount,
      def.kind,
      def.cause,
      def.priceRef,
    );
    if (def.ownContribution) {
      bookAt(
        ctx,
        'huishouden',
        HOUSEHOLD,
        def.ownContribution.to,
        def.contributionSlot,
        def.ownContribution.monthly,
        'transfer',
        def.cause,
      );
    }
  }
}

/** Pays the month's bills by priority; what cannot be paid becomes arrears, then surplus clears arrears. */
function payBills(ctx: StepContext): void {
  const { state, scenario } = ctx;
  const order = scenario.billOrder;
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
    if (bill.arrears === 0 && bill.arrearsMonths === 0) continue;
    const wasInArrears = bill.arrearsMonths > 0;
    bill.arrearsMonths = bill.arrears === 0 ? 0 : Math.ceil(bill.arrears / Math.max(1, bill.monthly));
    if (!wasInArrears && bill.arrearsMonths > 0) note(ctx, 'arrears', bill.id);
  }
}

function payBill(ctx: StepContext, index: number, amount: number): void {
  const def = ctx.scenario.bills[index];
  const cause = ctx.scenario.billCauses[index];
  if (!def || !cause || amount <= 0) return;
  if (def.booked) {
    bookAt(ctx, 'huishouden', HOUSEHOLD, def.payee, ctx.scenario.billPayeeSlots[index] ?? -2, amount, 'transfer', cause);
    reduceDebts(ctx, def.payee, amount);
  } else {
    ctx.state.cash -= amount;
  }
}

function fireRules(ctx: StepContext): void {
  const { state, scenario, month } = ctx;
  for (const rule of scenario.rules) {
    if (!rule.repeat && state.bits[rule.slot] === 1) continue;
    if (!rule.when(state, month)) continue;
    if (!rule.repeat) markFired(state, rule.key, rule.slot);
    note(ctx, 'rule', rule.id);
    applyEffects(ctx, rule.then, rule.cause);
  }
}

function fireEvents(ctx: StepContext): void {
  const { state, scenario, month, seed } = ctx;
  for (const event of scenario.events) {
    if (!event.repeat && state.bits[event.slot] === 1) continue;
    if (!event.when(state, month)) continue;
    if (!chance(seed, event.key, month, event.chance)) continue;
    if (!event.repeat) markFired(state, event.key, event.slot);
    note(ctx, 'event', event.id, undefined, event.message);
    applyEffects(ctx, event.effects, event.cause);
  }
}

function raiseDecisionPoints(ctx: StepContext): void {
  const { state, scenario, month } = ctx;
  for (const point of scenario.decisionPoints) {
    if (state.bits[point.slot] === 1) continue;
    if (!point.when(state, month)) continue;
    markFired(state, point.key, point.slot);
    state.awaiting.push(point.id);
    note(ctx, 'decisionRequired', point.id, undefined, point.prompt);
  }
}
