import { emptySums, totalsOfSums } from './ledger';
import {
  DEFAULT_OPTIONS,
  type CaseEvent,
  type CaseOptions,
  type CaseResult,
  type Decision,
  type LedgerEntry,
  type MonthSummary,
  type Route,
  type Scenario,
  type SimState,
} from './model';
import type { LocalText } from './payers';
import { advanceMonth, advanceWith, stepperFor } from './step';
import { arrearsTotal, cloneState, debtTotal, initialState } from './state';
import { meanScore } from './zrm';

/** Mean ZRM over every member and scored domain. */
export function zrmMeanOf(state: SimState): number {
  return meanScore(state.members.map((m) => m.zrm));
}

/** The same mean from the state's running sum: effects change scores but never add or remove a scored domain. */
export function zrmMeanIn(scenario: Scenario, state: SimState): number {
  return scenario.index.scoredCount === 0 ? 0 : state.zrmSum / scenario.index.scoredCount;
}

/** How many scored domains are at 1 or 2: `countLowDomains` over the members, looking only at the domains scored. */
export function lowDomainsIn(scenario: Scenario, state: SimState): number {
  let count = 0;
  const { scoredDomains } = scenario.index;
  for (let i = 0; i < state.members.length; i += 1) {
    const zrm = state.members[i]?.zrm;
    const domains = scoredDomains[i];
    if (!zrm || !domains) continue;
    for (const domain of domains) {
      const score = zrm[domain];
      if (score !== undefined && score <= 2) count += 1;
    }
  }
  return count;
}

const NO_DECISIONS: readonly Decision[] = Object.freeze([]);

/** A route's decisions per month, each month's in route order (what the month step would pick out of the whole route). */
export function decisionsByMonth(route: Route, months: number): (readonly Decision[] | undefined)[] {
  const byMonth: Decision[][] = [];
  for (const decision of route) {
    if (decision.month < 0 || decision.month >= months || !Number.isInteger(decision.month)) continue;
    (byMonth[decision.month] ??= []).push(decision);
  }
  return byMonth;
}

/** Plays a whole case headlessly: the same scenario, seed and route give the same result. */
export function runCase(scenario: Scenario, route: Route, seed: number, options: CaseOptions = DEFAULT_OPTIONS): CaseResult {
  const initial = initialState(scenario);
  const state = cloneState(initial);
  const ledger: LedgerEntry[] = [];
  const events: CaseEvent[] = [];
  const months: MonthSummary[] = [];
  const sums = emptySums();
  // The month step takes only the decisions of its own month: the route is split by month once.
  const byMonth = decisionsByMonth(route, scenario.months);
  const stepper = stepperFor(scenario, state, seed, options, ledger, events, sums);
  while (!state.ended) {
    stepper.decisions = byMonth[state.month] ?? NO_DECISIONS;
    advanceWith(stepper);
    months.push({
      month: state.month - 1,
      cash: state.cash,
      debt: debtTotal(state),
      arrears: arrearsTotal(state),
      zrmMean: zrmMeanIn(scenario, state),
    });
  }
  return {
    scenarioId: scenario.id,
    seed,
    route,
    ledger,
    events,
    months,
    initial,
    final: state,
    totals: totalsOfSums(sums),
    zrmBefore: zrmMeanIn(scenario, initial),
    zrmAfter: zrmMeanIn(scenario, state),
    lowDomainsBefore: lowDomainsIn(scenario, initial),
    lowDomainsAfter: lowDomainsIn(scenario, state),
    debtBefore: debtTotal(initial),
    debtAfter: debtTotal(state),
  };
}

/** The household's ending: the one an endCase effect chose, else the first whose condition holds at the end. */
export function epilogueOf(scenario: Scenario, result: CaseResult): { readonly id: string; readonly text: LocalText } | undefined {
  return epilogueFor(scenario, result.final);
}

/** The household's ending for a final state. */
export function epilogueFor(scenario: Scenario, final: SimState): { readonly id: string; readonly text: LocalText } | undefined {
  const chosen = final.epilogue === undefined ? undefined : scenario.index.epilogues.get(final.epilogue);
  if (chosen) return chosen;
  const lastMonth = Math.max(0, final.month - 1);
  return scenario.epilogues.find((e) => e.when === undefined || e.when(final, lastMonth));
}

/** A case played from the start up to (not including) a month: the state there and what was booked on the way. */
export function playUntil(
  scenario: Scenario,
  route: Route,
  seed: number,
  month: number,
  options: CaseOptions = DEFAULT_OPTIONS,
): { readonly state: SimState; readonly ledger: LedgerEntry[]; readonly events: CaseEvent[] } {
  const state = initialState(scenario);
  const ledger: LedgerEntry[] = [];
  const events: CaseEvent[] = [];
  while (!state.ended && state.month < month) advanceMonth(scenario, state, route, seed, ledger, events, options);
  return { state, ledger, events };
}
