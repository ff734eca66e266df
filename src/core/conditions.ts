import { compareDates, lastOfMonth } from './dates';
import type { CompareOp, Condition, MoneyMeasure, Scenario, SimState } from './model';
import { ageAt, arrearsTotal, debtTotal, indexOf } from './state';

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

type Test = (state: SimState, month: number) => boolean;

const compiled = new WeakMap<Scenario, WeakMap<Condition, Test>>();

/**
 * Evaluates a structured condition against the state in the given case month.
 * Conditions are turned into small functions once and cached, because they are
 * checked every simulated month.
 */
export function holds(condition: Condition, state: SimState, scenario: Scenario, month: number): boolean {
  let forScenario = compiled.get(scenario);
  if (!forScenario) {
    forScenario = new WeakMap();
    compiled.set(scenario, forScenario);
  }
  let test = forScenario.get(condition);
  if (!test) {
    test = compile(condition, scenario);
    forScenario.set(condition, test);
  }
  return test(state, month);
}

function compile(condition: Condition, scenario: Scenario): Test {
  if ('all' in condition) {
    const parts = condition.all.map((c) => compile(c, scenario));
    return (s, m) => parts.every((p) => p(s, m));
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => compile(c, scenario));
    return (s, m) => parts.some((p) => p(s, m));
  }
  if ('not' in condition) {
    const inner = compile(condition.not, scenario);
    return (s, m) => !inner(s, m);
  }
  if ('flag' in condition) {
    const flag = condition.flag;
    return (s) => s.flags.includes(flag);
  }
  if ('owns' in condition) {
    const asset = condition.owns;
    return (s) => s.assets.includes(asset);
  }
  if ('owes' in condition) {
    const debt = condition.owes;
    return (s) => s.debts.some((d) => d.id === debt && d.amount > 0);
  }
  if ('active' in condition) {
    const id = condition.active;
    return (s, m) => s.running.some((r) => r.id === id && r.startMonth <= m && (r.endMonth === undefined || m < r.endMonth));
  }
  if ('age' in condition) {
    const { member, op, value } = condition.age;
    return (_s, m) => {
      const age = ageAt(scenario, member, m);
      return age !== undefined && compare(age, op, value);
    };
  }
  if ('zrm' in condition) {
    const { member, domain, op, value } = condition.zrm;
    return (s) => {
      const score = s.members.find((x) => x.id === member)?.zrm[domain];
      return score !== undefined && compare(score, op, value);
    };
  }
  if ('money' in condition) {
    const { of, op, value } = condition.money;
    return (s) => compare(moneyMeasure(of, s), op, value);
  }
  if ('arrears' in condition) {
    const { bill, op, months } = condition.arrears;
    const at = indexOf(scenario).billIndex.get(bill) ?? -1;
    return (s) => compare(s.bills[at]?.arrearsMonths ?? 0, op, months);
  }
  const { op, value } = condition.date;
  const start = indexOf(scenario).startMonthIndex;
  return (_s, m) => compare(compareDates(lastOfMonth(start + m), value), op, 0);
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
