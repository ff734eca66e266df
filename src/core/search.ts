/**
 * Route search: which decisions give the lowest societal cost while the household's
 * mean ZRM stays at or above the scenario's threshold, and which are cheapest for
 * one payer or payer group. Exhaustive when the decision tree is small; a beam
 * search otherwise, and the result says which.
 */
import type { CaseOptions, CaseResult, Decision, Route, Scenario, SimState } from './model';
import { DEFAULT_OPTIONS } from './model';
import { holds } from './conditions';
import { PAYERS, PAYER_GROUPS, isPayerId, type PayerGroup, type PayerId } from './payers';
import { playUntil, runCase } from './simulate';

export type SearchGoal =
  | { readonly type: 'society' }
  | { readonly type: 'payer'; readonly payer: PayerId }
  | { readonly type: 'group'; readonly group: PayerGroup };

export interface SearchResult {
  readonly route: Route;
  readonly result: CaseResult;
  readonly method: 'exhaustive' | 'beam';
  readonly routesEvaluated: number;
  /** False when no route reached the ZRM threshold; the route then maximises ZRM instead. */
  readonly meetsThreshold: boolean;
}

export interface SearchOptions {
  readonly seed: number;
  readonly goal: SearchGoal;
  readonly caseOptions?: CaseOptions;
  /** Above this many complete routes the search switches from exhaustive to beam. */
  readonly exhaustiveLimit?: number;
  readonly beamWidth?: number;
  /** Most interventions started at one checkpoint. */
  readonly maxStartsPerCheckpoint?: number;
}

/** Parses "society", "best-society", "best-for:<payer|group>" into a goal. */
export function parseGoal(text: string): SearchGoal | undefined {
  if (text === 'society' || text === 'best-society') return { type: 'society' };
  const match = /^best-for:(.+)$/.exec(text);
  if (!match?.[1]) return undefined;
  const id = match[1];
  if (isPayerId(id)) return { type: 'payer', payer: id };
  if ((PAYER_GROUPS as readonly string[]).includes(id)) return { type: 'group', group: id as PayerGroup };
  return undefined;
}

/** The number to minimise for a goal: society's cost, or a payer's (group's) budget impact. */
export function goalCost(result: CaseResult, goal: SearchGoal): number {
  if (goal.type === 'society') return result.totals.societyCost;
  let total = 0;
  for (const [payer, amount] of Object.entries(result.totals.budgetImpactByPayer) as [PayerId, number][]) {
    if (goal.type === 'payer' ? payer === goal.payer : PAYERS[payer].group === goal.group) total += amount;
  }
  return total;
}

interface Node {
  readonly route: Decision[];
}

/** All ways to act at one moment: start subsets of the available interventions within the hours. */
function actionsAt(scenario: Scenario, state: SimState, month: number, maxStarts: number): Decision[][] {
  const busyHours = state.running
    .concat(state.pending.map((p) => ({ id: p.id, startMonth: 0, cause: { type: 'decision' as const, id: '' } })))
    .reduce((sum, r) => {
      const def = scenario.interventions.find((i) => i.id === r.id);
      return sum + (def?.wijkteamHours ?? 0);
    }, 0);
  const candidates = scenario.interventions.filter(
    (i) =>
      !i.automatic &&
      !state.running.some((r) => r.id === i.id) &&
      !state.pending.some((p) => p.id === i.id) &&
      (i.available === undefined || holds(i.available, state, scenario, month)),
  );
  const out: Decision[][] = [[]];
  const pick = (from: number, chosen: typeof candidates, hours: number): void => {
    for (let i = from; i < candidates.length; i += 1) {
      const def = candidates[i];
      if (!def || hours + def.wijkteamHours > scenario.wijkteamHoursPerMonth) continue;
      if (chosen.some((c) => c.excludes.includes(def.id) || def.excludes.includes(c.id))) continue;
      const next = [...chosen, def];
      out.push(next.map((d) => ({ month, type: 'start', intervention: d.id })));
      if (next.length < maxStarts) pick(i + 1, next, hours + def.wijkteamHours);
    }
  };
  pick(0, [], busyHours);
  return out;
}

/** Decision points raised and awaiting a choice after a month: each option is a branch. */
function choicesFor(scenario: Scenario, state: SimState): Decision[][] {
  let branches: Decision[][] = [[]];
  for (const pointId of state.awaiting) {
    const point = scenario.decisionPoints.find((p) => p.id === pointId);
    if (!point) continue;
    branches = branches.flatMap((b) =>
      point.options.map((o) => [...b, { month: state.month, type: 'choose' as const, point: point.id, option: o.id }]),
    );
  }
  return branches;
}

/** Finds the best route for a goal. */
export function searchRoute(scenario: Scenario, opts: SearchOptions): SearchResult {
  const caseOptions = opts.caseOptions ?? DEFAULT_OPTIONS;
  const exhaustiveLimit = opts.exhaustiveLimit ?? 4000;
  const beamWidth = opts.beamWidth ?? 24;
  const maxStarts = opts.maxStartsPerCheckpoint ?? 3;
  let evaluated = 0;
  const evaluate = (route: Route): CaseResult => {
    evaluated += 1;
    return runCase(scenario, route, opts.seed, caseOptions);
  };
  const better = (a: CaseResult, b: CaseResult | undefined): boolean => {
    if (!b) return true;
    const aOk = a.zrmAfter >= scenario.zrmThreshold;
    const bOk = b.zrmAfter >= scenario.zrmThreshold;
    if (aOk !== bOk) return aOk;
    if (!aOk) return a.zrmAfter > b.zrmAfter || (a.zrmAfter === b.zrmAfter && goalCost(a, opts.goal) < goalCost(b, opts.goal));
    return goalCost(a, opts.goal) < goalCost(b, opts.goal);
  };

  // Moments to decide: every checkpoint; decision points branch where they arise.
  const moments = [...scenario.checkpoints].sort((a, b) => a - b);
  const expand = (node: Node, month: number): Node[] => {
    const state = playUntil(scenario, node.route, opts.seed, month, caseOptions).state;
    if (state.ended) return [node];
    const choices = choicesFor(scenario, state);
    const starts = actionsAt(scenario, state, month, month === 0 ? maxStarts : Math.min(2, maxStarts));
    const out: Node[] = [];
    for (const choice of choices) for (const start of starts) out.push({ route: [...node.route, ...choice, ...start] });
    return out;
  };

  // Estimate the tree's size from the first level's branching.
  const firstLevel = expand({ route: [] }, moments[0] ?? 0);
  const estimate = Math.pow(Math.max(1, firstLevel.length), moments.length);
  const method: SearchResult['method'] = estimate <= exhaustiveLimit ? 'exhaustive' : 'beam';

  let frontier: Node[] = firstLevel;
  let best: { route: Route; result: CaseResult } | undefined;
  const consider = (route: Route): CaseResult => {
    const result = evaluate(route);
    if (better(result, best?.result)) best = { route, result };
    return result;
  };
  for (let level = 1; level <= moments.length; level += 1) {
    const scored = frontier.map((node) => ({ node, result: consider(withPendingChoices(scenario, node.route, opts.seed, caseOptions)) }));
    if (method === 'beam') {
      scored.sort((a, b) => (better(a.result, b.result) ? -1 : better(b.result, a.result) ? 1 : 0));
      frontier = scored.slice(0, beamWidth).map((s) => s.node);
    }
    const month = moments[level];
    if (month === undefined) break;
    frontier = frontier.flatMap((node) => expand(node, month));
  }
  if (!best) {
    const route: Route = [];
    best = { route, result: evaluate(route) };
  }
  const route = [...best.route].sort((a, b) => a.month - b.month);
  return { route, result: best.result, method, routesEvaluated: evaluated, meetsThreshold: best.result.zrmAfter >= scenario.zrmThreshold };
}

/**
 * Decision points that arise after the last moment would otherwise take their
 * default; this tries each option once greedily so late dilemmas are searched too.
 */
function withPendingChoices(scenario: Scenario, route: Route, seed: number, options: CaseOptions): Route {
  if (scenario.decisionPoints.length === 0) return route;
  let current = [...route];
  for (let guard = 0; guard < scenario.decisionPoints.length; guard += 1) {
    const result = runCase(scenario, current, seed, options);
    const raised = result.events.find(
      (e) => e.type === 'decisionRequired' && !current.some((d) => d.type === 'choose' && d.point === e.id),
    );
    if (!raised) return current;
    const point = scenario.decisionPoints.find((p) => p.id === raised.id);
    if (!point) return current;
    let bestRoute = current;
    let bestResult: CaseResult | undefined;
    for (const option of point.options) {
      const candidate = [...current, { month: raised.month + 1, type: 'choose' as const, point: point.id, option: option.id }];
      const r = runCase(scenario, candidate, seed, options);
      if (!bestResult || r.totals.societyCost - r.zrmAfter * 100000 < bestResult.totals.societyCost - bestResult.zrmAfter * 100000) {
        bestResult = r;
        bestRoute = candidate;
      }
    }
    current = bestRoute;
  }
  return current;
}
