/** Shared state and helpers of the screens. */
import { PAYERS, searchRoute, type CaseResult, type PayerId, type Scenario, type SearchResult } from '../../core';
import { caseOptionsFor, type CaseHub, type CaseMachine, type HubView, type VisibilityMode } from '../../engine';
import type { Library } from '../../services/library';

export interface ScreenContext {
  readonly hub: CaseHub;
  readonly machine: CaseMachine;
  readonly library: Library;
  readonly announce: (text: string) => void;
  readonly rerender: () => void;
}

/** Payers the trainee may see now: in own-budget mode only the own potje and the household until the outcome. */
export function visiblePayers(view: HubView): ReadonlySet<PayerId> | undefined {
  const { mode } = view.snapshot.context;
  const phase = view.snapshot.value as string;
  if (mode !== 'own' || phase === 'outcome' || phase === 'debrief' || !view.scenario.ownBudget) return undefined;
  return new Set([view.scenario.ownBudget.payer, 'huishouden']);
}

/** The authored document of the running case, for narrative text the core does not keep. */
export function householdDoc(view: HubView) {
  return viewLibrary?.docOf(view.scenario.id);
}

let viewLibrary: Library | undefined;
/** The screens read narrative text (story, goal) from the library's documents. */
export function useLibrary(library: Library): void {
  viewLibrary = library;
}

/** Costs of one payer group (e.g. every gemeente budget together). */
export function groupCost(result: CaseResult, group: string): number {
  return Object.entries(result.totals.costsByPayer).reduce((s, [p, v]) => (PAYERS[p as PayerId].group === group ? s + (v ?? 0) : s), 0);
}

const bestRoutes = new WeakMap<Scenario, Map<string, SearchResult>>();

/** The cheapest route for society that keeps the ZRM threshold, searched once per scenario, seed and mode. */
export function bestRouteFor(scenario: Scenario, seed: number, mode: VisibilityMode): SearchResult {
  let byKey = bestRoutes.get(scenario);
  if (!byKey) {
    byKey = new Map();
    bestRoutes.set(scenario, byKey);
  }
  const key = `${seed}:${mode}`;
  let found = byKey.get(key);
  if (!found) {
    found = searchRoute(scenario, { seed, goal: { type: 'society' }, caseOptions: caseOptionsFor(mode) });
    byKey.set(key, found);
  }
  return found;
}
