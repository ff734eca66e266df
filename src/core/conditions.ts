import { compareDates, lastOfMonth } from './dates';
import type { CompareOp, Condition, Scenario, SimState } from './model';
import { ageAt, arrearsTotal, debtTotal, hasFlag, indexOf, isRunning } from './state';

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

/** Evaluates a structured condition against the state in the given case month. */
export function holds(condition: Condition, state: SimState, scenario: Scenario, month: number): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, state, scenario, month));
  if ('any' in condition) return condition.any.some((c) => holds(c, state, scenario, month));
  if ('not' in condition) return !holds(condition.not, state, scenario, month);
  if ('flag' in condition) return hasFlag(state, condition.flag);
  if ('owns' in condition) return state.assets.includes(condition.owns);
  if ('owes' in condition) return state.debts.some((d) => d.id === condition.owes && d.amount > 0);
  if ('active' in condition) return isRunning(state, condition.active, month);
  if ('age' in condition) {
    const age = ageAt(scenario, condition.age.member, month);
    return age !== undefined && compare(age, condition.age.op, condition.age.value);
  }
  if ('zrm' in condition) {
    const member = state.members.find((m) => m.id === condition.zrm.member);
    const score = member?.zrm[condition.zrm.domain];
    return score !== undefined && compare(score, condition.zrm.op, condition.zrm.value);
  }
  if ('money' in condition) {
    const { of, op, value } = condition.money;
    return compare(moneyMeasure(of, state), op, value);
  }
  if ('arrears' in condition) {
    const bill = state.bills[indexOf(scenario).billIndex.get(condition.arrears.bill) ?? -1];
    return compare(bill?.arrearsMonths ?? 0, condition.arrears.op, condition.arrears.months);
  }
  const today = lastOfMonth(indexOf(scenario).startMonthIndex + month);
  return compare(compareDates(today, condition.date.value), condition.date.op, 0);
}

function moneyMeasure(of: 'cash' | 'debt' | 'arrears' | 'income', state: SimState): number {
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
