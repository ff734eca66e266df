import { ageOn, lastOfMonth } from './dates';
import type { Cents } from './money';
import type { MemberDef, Scenario, ScenarioIndex, SimState } from './model';

/** The state before the first month. */
export function initialState(scenario: Scenario): SimState {
  const { slots } = scenario.index;
  const bits = new Array<number>(slots.count).fill(0);
  for (const flag of scenario.flags) {
    const slot = slots.flags.get(flag);
    if (slot !== undefined) bits[slot] = 1;
  }
  for (const asset of scenario.assets) {
    const slot = slots.assets.get(asset.id);
    if (slot !== undefined) bits[slot] = 1;
  }
  return {
    month: 0,
    cash: scenario.cash,
    members: scenario.members.map((m) => ({ id: m.id, zrm: { ...m.zrm } })),
    zrmSum: scenario.index.zrmSumAtStart,
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
    marks: new Array<number>(slots.markCount).fill(NaN),
    bits,
  };
}

/** A deep copy, written out by hand because it runs every simulated month. */
export function cloneState(state: SimState): SimState {
  const copy: SimState = {
    month: state.month,
    cash: state.cash,
    members: state.members.map((m) => ({ id: m.id, zrm: { ...m.zrm } })),
    zrmSum: state.zrmSum,
    incomes: state.incomes.map((i) => ({ id: i.id, monthly: i.monthly, active: i.active })),
    bills: state.bills.map((b) => ({ id: b.id, monthly: b.monthly, active: b.active, arrears: b.arrears, arrearsMonths: b.arrearsMonths })),
    debts: state.debts.map((d) => ({
      id: d.id,
      creditor: d.creditor,
      label: d.label,
      amount: d.amount,
      original: d.original,
      sinceMonth: d.sinceMonth,
      stage: d.stage,
    })),
    assets: state.assets.slice(),
    flags: state.flags.slice(),
    running: state.running.slice(),
    pending: state.pending.slice(),
    fired: state.fired.slice(),
    awaiting: state.awaiting.slice(),
    shortfall: state.shortfall,
    ended: state.ended,
    marks: state.marks.slice(),
    bits: state.bits.slice(),
  };
  if (state.epilogue !== undefined) copy.epilogue = state.epilogue;
  return copy;
}

/** A member's age in full years at the end of the given case month. */
export function ageOfMember(member: MemberDef, startMonthIndex: number, month: number): number {
  return ageOn(member.birthDate, lastOfMonth(startMonthIndex + month));
}

/** The age of the member at a position at the end of a case month: from the scenario's table, worked out outside it. */
export function memberAge(index: ScenarioIndex, slot: number, month: number): number | undefined {
  const age = index.ages[slot]?.[month];
  if (age !== undefined) return age;
  const member = index.memberDefs[slot];
  return member ? ageOfMember(member, index.startMonthIndex, month) : undefined;
}

/** A member's age in full years at the end of the given case month. */
export function ageAt(scenario: Scenario, memberId: string, month: number): number | undefined {
  const slot = scenario.index.memberIndex.get(memberId);
  return slot === undefined ? undefined : memberAge(scenario.index, slot, month);
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
