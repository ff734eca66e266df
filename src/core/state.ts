import { ageOn, lastOfMonth } from './dates';
import type { Cents } from './money';
import type { MemberDef, Scenario, ScenarioDef, SimState } from './model';

/** The state before the first month. */
export function initialState(scenario: Scenario | ScenarioDef): SimState {
  return {
    month: 0,
    cash: scenario.cash,
    members: scenario.members.map((m) => ({ id: m.id, zrm: { ...m.zrm } })),
    zrmSum: scenario.members.reduce((sum, m) => sum + Object.values(m.zrm).reduce((s, v) => s + v, 0), 0),
    incomes: scenario.incomes.map((i) => ({ id: i.id, monthly: i.monthly, active: i.active })),
    bills: scenario.bills.map((b) => ({
      id: b.id,
      monthly: b.monthly,
      active: b.active,
      arrears: b.arrears,
      arrearsMonths: b.arrears === 0 ? 0 : Math.ceil(b.arrears / Math.max(1, b.monthly)),
    })),
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
    zrmSum: state.zrmSum,
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
export function ageOfMember(member: MemberDef, startMonthIndex: number, month: number): number {
  return ageOn(member.birthDate, lastOfMonth(startMonthIndex + month));
}

/** A member's age in full years at the end of the given case month. */
export function ageAt(scenario: Scenario, memberId: string, month: number): number | undefined {
  const member = scenario.index.members.get(memberId);
  return member ? ageOfMember(member, scenario.index.startMonthIndex, month) : undefined;
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
