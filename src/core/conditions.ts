import { compareDates, lastOfMonth } from './dates';
import type { CompareOp, Condition, MoneyMeasure, Predicate, ScenarioIndex, SimState } from './model';
import { arrearsTotal, debtTotal, memberAge } from './state';

/** Applies a comparison operator. */
export function compare(left: number, op: CompareOp, right: number): boolean {
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '>=':
      return left >= right;
    case '>':
      return left > right;
  }
}

/** A test of one bit of the state (a flag set, an asset owned) for a wanted value: conditions are mostly made of these. */
interface BitTest {
  readonly slot: number;
  readonly on: boolean;
}

/** The bit test a condition is, if it is one (`flag`, `owns`, or `not` of either). */
function bitTestOf(condition: Condition, index: ScenarioIndex): BitTest | undefined {
  if ('flag' in condition) return { slot: index.slots.flag(condition.flag), on: true };
  if ('owns' in condition) return { slot: index.slots.asset(condition.owns), on: true };
  if ('not' in condition) {
    const inner = bitTestOf(condition.not, index);
    return inner ? { slot: inner.slot, on: !inner.on } : undefined;
  }
  return undefined;
}

function bitPredicate(slot: number, on: boolean): Predicate {
  return on ? (s) => s.bits[slot] === 1 : (s) => s.bits[slot] !== 1;
}

/** `all` or `any` of parts: the bit tests are checked first in one loop (conditions have no side effects, so the order never changes the answer). */
function combine(conditions: readonly Condition[], index: ScenarioIndex, every: boolean): Predicate {
  const slots: number[] = [];
  const wanted: number[] = [];
  const rest: Predicate[] = [];
  for (const condition of conditions) {
    const bit = bitTestOf(condition, index);
    if (bit) {
      slots.push(bit.slot);
      wanted.push(bit.on ? 1 : 0);
    } else rest.push(compileCondition(condition, index));
  }
  const bits = slots.length;
  const others = rest.length;
  if (every) {
    return (s, m) => {
      const b = s.bits;
      for (let i = 0; i < bits; i += 1) if ((b[slots[i] as number] === 1 ? 1 : 0) !== wanted[i]) return false;
      for (let i = 0; i < others; i += 1) if (!(rest[i] as Predicate)(s, m)) return false;
      return true;
    };
  }
  return (s, m) => {
    const b = s.bits;
    for (let i = 0; i < bits; i += 1) if ((b[slots[i] as number] === 1 ? 1 : 0) === wanted[i]) return true;
    for (let i = 0; i < others; i += 1) if ((rest[i] as Predicate)(s, m)) return true;
    return false;
  };
}

/**
 * Turns a structured condition into a predicate over the state in a case month.
 * `buildScenario` calls this once per condition, because conditions are checked
 * every simulated month; the result closes over the scenario's lookups.
 */
export function compileCondition(condition: Condition, index: ScenarioIndex): Predicate {
  if ('flag' in condition) return bitPredicate(index.slots.flag(condition.flag), true);
  if ('owns' in condition) return bitPredicate(index.slots.asset(condition.owns), true);
  if ('all' in condition) return combine(condition.all, index, true);
  if ('any' in condition) return combine(condition.any, index, false);
  if ('not' in condition) {
    const bit = bitTestOf(condition.not, index);
    if (bit) return bitPredicate(bit.slot, !bit.on);
    const inner = compileCondition(condition.not, index);
    return (s, m) => !inner(s, m);
  }
  if ('owes' in condition) {
    const debt = condition.owes;
    return (s) => {
      for (const d of s.debts) if (d.id === debt && d.amount > 0) return true;
      return false;
    };
  }
  if ('active' in condition) {
    const slot = index.interventionIndex.get(condition.active);
    if (slot === undefined) return () => false;
    return (s, m) => {
      for (const r of s.running) if (r.slot === slot && r.startMonth <= m && (r.endMonth === undefined || m < r.endMonth)) return true;
      return false;
    };
  }
  if ('billActive' in condition) {
    const at = index.billIndex.get(condition.billActive) ?? -1;
    return (s) => s.bills[at]?.active ?? false;
  }
  if ('age' in condition) {
    const { member, op, value } = condition.age;
    const slot = index.memberIndex.get(member);
    if (slot === undefined) return () => false;
    return (_s, m) => compare(memberAge(index, slot, m) ?? 0, op, value);
  }
  if ('zrm' in condition) {
    const { member, domain, op, value } = condition.zrm;
    const at = index.memberIndex.get(member) ?? -1;
    return (s) => {
      const score = s.members[at]?.zrm[domain];
      return score !== undefined && compare(score, op, value);
    };
  }
  if ('money' in condition) {
    const { of, op, value } = condition.money;
    return (s) => compare(moneyMeasure(of, s), op, value);
  }
  if ('arrears' in condition) {
    const { bill, op, months } = condition.arrears;
    const at = index.billIndex.get(bill) ?? -1;
    return (s) => compare(s.bills[at]?.arrearsMonths ?? 0, op, months);
  }
  const { op, value } = condition.date;
  const start = index.startMonthIndex;
  const holds = (m: number): boolean => compare(compareDates(lastOfMonth(start + m), value), op, 0);
  // Worked out once for every month of the case; months outside it are worked out when asked.
  const table = Array.from({ length: index.months + 1 }, (_, m) => holds(m));
  return (_s, m) => table[m] ?? holds(m);
}

function moneyMeasure(of: MoneyMeasure, state: SimState): number {
  switch (of) {
    case 'cash':
      return state.cash;
    case 'debt':
      return debtTotal(state);
    case 'arrears':
      return arrearsTotal(state);
    case 'income': {
      let total = 0;
      for (const income of state.incomes) if (income.active) total += income.monthly;
      return total;
    }
  }
}
