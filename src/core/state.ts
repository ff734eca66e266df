import { ageOn, lastOfMonth, monthIndexOf } from './dates';
import type { Cents } from './money';
import type { InterventionDef, MemberDef, Scenario, SimState } from './model';

/** Lookups built once per scenario, so a month step never searches by id. */
export interface ScenarioIndex {
  readonly interventions: ReadonlyMap<string, InterventionDef>;
  readonly members: ReadonlyMap<string, MemberDef>;
  readonly billIndex: ReadonlyMap<string, number>;
  readonly incomeIndex: ReadonlyMap<string, number>;
  readonly startMonthIndex: number;
}

const indexes = new WeakMap<Scenario, ScenarioIndex>();

/** The lookups for a scenario, built on first use and cached. */
export function indexOf(scenario: Scenario): ScenarioIndex {
  let index = indexes.get(scenario);
  if (!index) {
    index = {
      interventions: new Map(scenario.interventions.map((i) => [i.id, i])),
      members: new Map(scenario.members.map((m) => [m.id, m])),
      billIndex: new Map(scenario.bills.map((b, i) => [b.id, i])),
      incomeIndex: new Map(scenario.incomes.map((b, i) => [b.id, i])),
      startMonthIndex: monthIndexOf(scenario.start),
    };
    indexes.set(scenario, index);
  }
  return index;
}

/** The state before the first month. */
export function initialState(scenario: Scenario): SimState {
  return {
    month: 0,
    cash: scenario.cash,
    members: scenario.members.map((m) => ({ id: m.id, zrm: { ...m.zrm } })),
    incomes: scenario.incomes.map((i) => ({ id: i.id, monthly: i.monthly, active: i.active })),
    bills: scenario.bills.map((b) => ({ id: b.id, monthly: b.monthly, active: b.active, arrears: 0, arrearsMonths: 0 })),
    debts: scenario.debts.map((d) => ({
      id: d.id,
      creditor: d.creditor,
      label: d.label,
      amount: d.amount,
      original: d.amount,
      sinceMonth: 0,
      stage: 0,
    })),
    assets: scenario.assets.map((a) => a.id),
    flags: [...scenario.flags],
    running: [],
    pending: [],
    fired: [],
    awaiting: [],
    shortfall: 0,
    ended: false,
    marks: {},
  };
}

/** A deep copy, written out by hand because it runs every simulated month. */
export function cloneState(state: SimState): SimState {
  return {
    month: state.month,
    cash: state.cash,
    members: state.members.map((m) => ({ id: m.id, zrm: { ...m.zrm } })),
    incomes: state.incomes.map((i) => ({ ...i })),
    bills: state.bills.map((b) => ({ ...b })),
    debts: state.debts.map((d) => ({ ...d })),
    assets: [...state.assets],
    flags: [...state.flags],
    running: [...state.running],
    pending: [...state.pending],
    fired: [...state.fired],
    awaiting: [...state.awaiting],
    shortfall: state.shortfall,
    ended: state.ended,
    ...(state.epilogue === undefined ? {} : { epilogue: state.epilogue }),
    marks: { ...state.marks },
  };
}

/** A member's age in full years at the end of the given case month. */
export function ageAt(scenario: Scenario, memberId: string, month: number): number | undefined {
  const member = indexOf(scenario).members.get(memberId);
  if (!member) return undefined;
  return ageOn(member.birthDate, lastOfMonth(indexOf(scenario).startMonthIndex + month));
}

/** Total of all debts the household owes now. */
export function debtTotal(state: SimState): Cents {
  let total = 0;
  for (const debt of state.debts) total += debt.amount;
  return total;
}

/** Total of all unpaid bills now. */
export function arrearsTotal(state: SimState): Cents {
  let total = 0;
  for (const bill of state.bills) total += bill.arrears;
  return total;
}
