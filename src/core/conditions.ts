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

/**
 * Turns a structured condition into a predicate over the state in a case month.
 * `buildScenario` calls this once per condition, because conditions are checked
 * every simulated month; the result closes over the scenario's lookups.
 */
export function compileCondition(condition: Condition, index: ScenarioIndex): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compileCondition(c, index));
    return (s, m) => {
      for (const part of parts) if (!part(s, m)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compileCondition(c, index));
    return (s, m) => {
      for (const part of parts) if (part(s, m)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, index);
    return (s, m) => !inner(s, m);
  }
  if ('flag' in condition) {
    const slot = index.slots.flag(condition.flag);
    return (s) => s.bits[slot] === 1;
  }
  if ('owns' in condition) {
    const slot = index.slots.asset(condition.owns);
    return (s) => s.bits[slot] === 1;
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
