/**
 * Route search: which decisions give the lowest societal cost while the household's
 * mean ZRM stays at or above the scenario's threshold, and which are cheapest for
 * one payer or payer group. A node is a saved state at a moment to decide (a
 * planning moment or a decision point); children continue from it, so no route is
 * replayed from month 0. Exhaustive when the tree is small, a beam search
 * otherwise, and always bounded: it stops at its budget with the best route so far
 * and says so.
 */
import { budgetImpactAt, emptySums, societyCostOf, type LedgerSums } from './ledger';
import type { CaseOptions, CaseResult, Decision, Route, Scenario, SimState } from './model';
import { DEFAULT_OPTIONS } from './model';
import { PAYERS, PAYER_GROUPS, PAYER_IDS, isPayerId, type PayerGroup, type PayerId } from './payers';
import { EMPTY_DRAFT, whyNotStart, type Draft } from './plan';
import { runCase, zrmMeanIn } from './simulate';
import { advanceWith, stepperFor } from './step';
import { cloneState, initialState } from './state';

export type SearchGoal =
  | { readonly type: 'society' }
  | { readonly type: 'payer'; readonly payer: PayerId }
  | { readonly type: 'group'; readonly group: PayerGroup };

export interface SearchProgress {
  /** Moments to decide passed so far on the deepest route. */
  readonly depth: number;
  readonly simulations: number;
  readonly monthsSimulated: number;
  readonly bestCost?: number;
}

export interface SearchResult {
  readonly route: Route;
  readonly result: CaseResult;
  readonly method: 'exhaustive' | 'beam';
  /** Complete routes whose outcome was compared. */
  readonly routesEvaluated: number;
  /** Every forward simulation the search ran: continuations, rollouts and the final run. */
  readonly simulations: number;
  readonly monthsSimulated: number;
  /** False when the search stopped at its budget: the route is the best found so far. */
  readonly complete: boolean;
  /** False when no route reached the ZRM threshold; the route then maximises ZRM instead. */
  readonly meetsThreshold: boolean;
}

export interface SearchOptions {
  readonly seed: number;
  readonly goal: SearchGoal;
  readonly caseOptions?: CaseOptions;
  /** Above this many estimated complete routes the search switches from exhaustive to beam. */
  readonly exhaustiveLimit?: number;
  readonly beamWidth?: number;
  /** Most interventions started at one planning moment (the first moment allows one more). */
  readonly maxStartsPerCheckpoint?: number;
  /** Most months simulated in all before the search stops with what it has (deterministic). */
  readonly maxMonths?: number;
  /** Asked between steps; true stops the search with the best route so far (a clock, a cancel button). */
  readonly shouldStop?: () => boolean;
  readonly onProgress?: (progress: SearchProgress) => void;
}

/** Parses "society", "best-society", "best-for:<payer|group>" into a goal. */
export function parseGoal(text: string): SearchGoal | undefined {
  if (text === 'society' || text === 'best-society') return { type: 'society' };
  const match = /^best-for:(.+)$/.exec(text);
  if (!match?.[1]) return undefined;
  const id = match[1];
  if (isPayerId(id)) return { type: 'payer', payer: id };
  const group = PAYER_GROUPS.find((g) => g === id);
  return group ? { type: 'group', group } : undefined;
}

/** The number to minimise for a goal: society's cost, or a payer's (group's) budget impact. */
export function goalCost(result: CaseResult, goal: SearchGoal): number {
  if (goal.type === 'society') return result.totals.societyCost;
  let total = 0;
  for (const payer of PAYER_IDS) {
    if (goal.type === 'payer' ? payer === goal.payer : PAYERS[payer].group === goal.group) {
      total += result.totals.budgetImpactByPayer[payer] ?? 0;
    }
  }
  return total;
}

/** The payer positions a goal sums over, in PAYER_IDS order; undefined for society. */
function goalSlots(goal: SearchGoal): readonly number[] | undefined {
  if (goal.type === 'society') return undefined;
  const slots: number[] = [];
  PAYER_IDS.forEach((payer, i) => {
    if (goal.type === 'payer' ? payer === goal.payer : PAYERS[payer].group === goal.group) slots.push(i);
  });
  return slots;
}

function costOf(sums: LedgerSums, slots: readonly number[] | undefined): number {
  if (slots === undefined) return societyCostOf(sums);
  let total = 0;
  for (const slot of slots) total += budgetImpactAt(sums, slot);
  return total;
}

interface Node {
  readonly route: readonly Decision[];
  /** The state at a moment to decide: `state.month` is the month about to be simulated. */
  readonly state: SimState;
  readonly sums: LedgerSums;
  readonly depth: number;
}

interface Score {
  readonly zrm: number;
  readonly cost: number;
}

/** Finds the best route for a goal. */
export function searchRoute(scenario: Scenario, opts: SearchOptions): SearchResult {
  const caseOptions = opts.caseOptions ?? DEFAULT_OPTIONS;
  const exhaustiveLimit = opts.exhaustiveLimit ?? 4000;
  const beamWidth = opts.beamWidth ?? 16;
  const maxStarts = opts.maxStartsPerCheckpoint ?? 3;
  const maxMonths = opts.maxMonths ?? 2_000_000;
  const checkpoints = new Set(scenario.checkpoints);
  let simulations = 0;
  let monthsSimulated = 0;
  let routesEvaluated = 0;
  let stopped = false;
  const slots = goalSlots(opts.goal);

  const outOfBudget = (): boolean => {
    if (!stopped && (monthsSimulated >= maxMonths || (opts.shouldStop?.() ?? false))) stopped = true;
    return stopped;
  };

  /** Simulates one month in place and adds what it booked to the sums. */
  // One stepper for the whole search, pointed at each state in turn: no entries, no events, only sums.
  const stepper = stepperFor(scenario, initialState(scenario), opts.seed, caseOptions);
  const step = (state: SimState, sums: LedgerSums, decisions: readonly Decision[]): void => {
    stepper.state = state;
    stepper.sums = sums;
    stepper.decisions = decisions;
    advanceWith(stepper);
    monthsSimulated += 1;
  };

  const isMoment = (state: SimState): boolean => state.awaiting.length > 0 || checkpoints.has(state.month);

  /** Runs on from a moment's decisions until the next moment or the end. */
  const continueTo = (node: Node, decisions: readonly Decision[]): Node => {
    simulations += 1;
    const state = cloneState(node.state);
    const sums = node.sums.slice();
    step(state, sums, decisions);
    while (!state.ended && !isMoment(state)) step(state, sums, []);
    return { route: decisions.length > 0 ? [...node.route, ...decisions] : node.route, state, sums, depth: node.depth + 1 };
  };

  /** The outcome of a node when nothing more is decided: every later dilemma takes its default. */
  const rollout = (node: Node): Score => {
    routesEvaluated += 1;
    if (node.state.ended) return { zrm: zrmMeanIn(scenario, node.state), cost: costOf(node.sums, slots) };
    simulations += 1;
    const state = cloneState(node.state);
    const sums = node.sums.slice();
    while (!state.ended) step(state, sums, []);
    return { zrm: zrmMeanIn(scenario, state), cost: costOf(sums, slots) };
  };

  const better = (a: Score, b: Score | undefined): boolean => {
    if (!b) return true;
    const aOk = a.zrm >= scenario.zrmThreshold;
    const bOk = b.zrm >= scenario.zrmThreshold;
    if (aOk !== bOk) return aOk;
    if (!aOk) return a.zrm > b.zrm || (a.zrm === b.zrm && a.cost < b.cost);
    return a.cost < b.cost;
  };

  /** Every way to act at a moment: one option per awaited point, and at a planning moment a set of starts within the hours. */
  const actions = (state: SimState, first: boolean): Decision[][] => {
    const month = state.month;
    let branches: Decision[][] = [[]];
    for (const pointId of state.awaiting) {
      const point = scenario.index.decisionPoints.get(pointId);
      if (!point) continue;
      branches = branches.flatMap((b) =>
        point.options.map((o) => [...b, { month, type: 'choose' as const, point: point.id, option: o.id }]),
      );
    }
    if (!checkpoints.has(month)) return branches;
    const starts: Decision[][] = [[]];
    const limit = first ? maxStarts : Math.min(2, maxStarts);
    const pick = (from: number, draft: Draft): void => {
      for (let i = from; i < scenario.interventions.length; i += 1) {
        const def = scenario.interventions[i];
        if (!def || whyNotStart(scenario, state, draft, def.id) !== undefined) continue;
        const next: Draft = { start: [...draft.start, def.id], stop: draft.stop };
        starts.push(next.start.map((id) => ({ month, type: 'start' as const, intervention: id })));
        if (next.start.length < limit) pick(i + 1, next);
      }
    };
    pick(0, EMPTY_DRAFT);
    const only = branches.length === 1 ? branches[0] : undefined;
    if (only?.length === 0) return starts;
    return branches.flatMap((b) => starts.map((s) => [...b, ...s]));
  };

  // The root: the state at month 0, or at the first moment if month 0 is none.
  const start: Node = {
    route: [],
    state: initialState(scenario),
    sums: emptySums(),
    depth: 0,
  };
  const root = isMoment(start.state) ? start : continueTo(start, []);
  const firstBranching = Math.max(1, actions(root.state, true).length);
  // Every planning moment branches about as much as the first; every dilemma by its options.
  const estimate = scenario.decisionPoints.reduce((n, p) => n * p.options.length, Math.pow(firstBranching, scenario.checkpoints.length));
  const method: SearchResult['method'] = estimate <= exhaustiveLimit ? 'exhaustive' : 'beam';

  let best: { route: readonly Decision[]; score: Score } | undefined;
  const consider = (route: readonly Decision[], score: Score): Score => {
    if (better(score, best?.score)) best = { route, score };
    return score;
  };

  /**
   * A child judged without keeping its state: it runs on from its parent's moment
   * to its own and then, in the same copy, to the end. The beam keeps few children,
   * so the few it keeps are run to their moment again (the same state, since a run
   * is deterministic) instead of every child's state being copied before its rollout.
   */
  interface Child {
    readonly parent: Node;
    readonly decisions: readonly Decision[];
    readonly route: readonly Decision[];
    readonly ended: boolean;
    readonly score: Score;
  }
  const judge = (node: Node, decisions: readonly Decision[]): Child => {
    simulations += 1;
    const state = cloneState(node.state);
    const sums = node.sums.slice();
    step(state, sums, decisions);
    while (!state.ended && !isMoment(state)) step(state, sums, []);
    const ended = state.ended;
    routesEvaluated += 1;
    if (!ended) {
      simulations += 1;
      while (!state.ended) step(state, sums, []);
    }
    const route = decisions.length > 0 ? [...node.route, ...decisions] : node.route;
    return {
      parent: node,
      decisions,
      route,
      ended,
      score: consider(route, { zrm: zrmMeanIn(scenario, state), cost: costOf(sums, slots) }),
    };
  };

  let frontier: Node[] = [root];
  consider(root.route, rollout(root));
  let depth = 0;
  while (frontier.length > 0 && !outOfBudget()) {
    if (method === 'beam') {
      const children: Child[] = [];
      for (const node of frontier) {
        if (node.state.ended) continue;
        for (const decisions of actions(node.state, node.depth === 0)) {
          if (outOfBudget()) break;
          children.push(judge(node, decisions));
        }
        if (stopped) break;
      }
      depth += 1;
      opts.onProgress?.({ depth, simulations, monthsSimulated, ...(best ? { bestCost: best.score.cost } : {}) });
      const open = children.filter((c) => !c.ended);
      open.sort((a, b) => (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
      frontier = [];
      for (const c of open.slice(0, beamWidth)) {
        if (outOfBudget()) break;
        frontier.push(continueTo(c.parent, c.decisions));
      }
      continue;
    }
    const children: Node[] = [];
    for (const node of frontier) {
      if (node.state.ended) continue;
      for (const decisions of actions(node.state, node.depth === 0)) {
        if (outOfBudget()) break;
        const child = continueTo(node, decisions);
        consider(child.route, rollout(child));
        children.push(child);
      }
      if (stopped) break;
    }
    depth += 1;
    opts.onProgress?.({ depth, simulations, monthsSimulated, ...(best ? { bestCost: best.score.cost } : {}) });
    frontier = children.filter((c) => !c.state.ended);
  }

  const route = [...(best?.route ?? [])].sort((a, b) => a.month - b.month);
  simulations += 1;
  const result = runCase(scenario, route, opts.seed, caseOptions);
  monthsSimulated += result.months.length;
  return {
    route,
    result,
    method,
    routesEvaluated,
    simulations,
    monthsSimulated,
    complete: !stopped,
    meetsThreshold: result.zrmAfter >= scenario.zrmThreshold,
  };
}
