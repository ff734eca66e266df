/**
 * What a case has produced so far, kept by the engine as months pass: the state,
 * the ledger and the events indexed by month, the running totals, and one summary
 * per month. Screens and the canvas read these; none of them replays the case.
 */
import {
  NO_TOTALS,
  addToTotals,
  advanceMonth,
  arrearsTotal,
  caseOptionsFor,
  cloneState,
  countLowDomains,
  debtTotal,
  initialState,
  meanScore,
  zrmMeanOf,
  type CaseEvent,
  type CaseResult,
  type Decision,
  type LedgerEntry,
  type MonthSummary,
  type PlayMode,
  type Scenario,
  type SimState,
  type Totals,
} from '../core';

export interface Play {
  readonly sim: SimState;
  /** Entries booked in month m are at index m. */
  readonly ledger: readonly (readonly LedgerEntry[])[];
  readonly events: readonly (readonly CaseEvent[])[];
  readonly totals: Totals;
  readonly months: readonly MonthSummary[];
}

/** The play before the first month. */
export function startPlay(scenario: Scenario): Play {
  return { sim: initialState(scenario), ledger: [], events: [], totals: NO_TOTALS, months: [] };
}

/** The play after one more month with the month's decisions. */
export function playMonth(scenario: Scenario, play: Play, decisions: readonly Decision[], seed: number, mode: PlayMode): Play {
  if (play.sim.ended) return play;
  const sim = cloneState(play.sim);
  const entries: LedgerEntry[] = [];
  const events: CaseEvent[] = [];
  advanceMonth(scenario, sim, decisions, seed, entries, events, caseOptionsFor(mode));
  return {
    sim,
    ledger: [...play.ledger, entries],
    events: [...play.events, events],
    totals: addToTotals(play.totals, entries),
    months: [
      ...play.months,
      { month: sim.month - 1, cash: sim.cash, debt: debtTotal(sim), arrears: arrearsTotal(sim), zrmMean: zrmMeanOf(sim) },
    ],
  };
}

/** Replays a decision log from the start up to a month: the log alone rebuilds the play. */
export function replayPlay(scenario: Scenario, decisions: readonly Decision[], seed: number, mode: PlayMode, month: number): Play {
  let play = startPlay(scenario);
  while (!play.sim.ended && play.sim.month < month) {
    const now = play.sim.month;
    play = playMonth(
      scenario,
      play,
      decisions.filter((d) => d.month === now),
      seed,
      mode,
    );
  }
  return play;
}

export { lastMonthOf } from './view';

/** The whole ledger in month order. */
export function ledgerOf(play: Play): LedgerEntry[] {
  return play.ledger.flat();
}

/** The case result of a finished play, built from what was kept: no simulation runs. */
export function resultOfPlay(scenario: Scenario, play: Play, seed: number, route: readonly Decision[]): CaseResult {
  const initial = initialState(scenario);
  const ledger = ledgerOf(play);
  const before = initial.members.map((m) => m.zrm);
  const after = play.sim.members.map((m) => m.zrm);
  return {
    scenarioId: scenario.id,
    seed,
    route,
    ledger,
    events: play.events.flat(),
    months: play.months,
    initial,
    final: play.sim,
    totals: play.totals,
    zrmBefore: meanScore(before),
    zrmAfter: meanScore(after),
    lowDomainsBefore: countLowDomains(before),
    lowDomainsAfter: countLowDomains(after),
    debtBefore: debtTotal(initial),
    debtAfter: debtTotal(play.sim),
  };
}
