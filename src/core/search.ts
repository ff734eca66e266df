/**
 * Route search: which decisions give the lowest societal cost while the household's
 * mean ZRM stays at or above the scenario's threshold, and which are cheapest for
 * one payer or payer group. A node is a saved state at a moment to decide (a
 * planning moment or a decision point); children continue from it, so no route is
 * replayed from month 0. Exhaustive when the tree is small, a beam search
 * otherwise, and always bounded: it stops at its budget with the best route so far
 * and says so.
 */
import type { CaseOptions, CaseResult, Decision, LedgerEntry, Route, Scenario, SimState } from './model';
import { DEFAULT_OPTIONS } from './model';
import { PAYERS, PAYER_GROUPS, PAYER_IDS, isPayerId, type PayerGroup, type PayerId } from './payers';
import { EMPTY_DRAFT, whyNotStart, type Draft } from './plan';
import { runCase, zrmMeanOf } from './simulate';
import { advanceMonth } from './step';
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

const PAYER_SLOT: Readonly<Record<PayerId, number>> = Object.fromEntries(PAYER_IDS.map((id, i) => [id, i])) as Record<PayerId, number>;

/** Running sums a node carries instead of its ledger. */
interface Sums {
  society: number;
  readonly impact: number[];
}

function addEntries(sums: Sums, entries: readonly LedgerEntry[]): void {
  for (const e of entries) {
    const from = PAYER_SLOT[e.from];
    sums.impact[from] = (sums.impact[from] ?? 0) + e.amount;
    if (e.kind === 'cost') sums.society += e.amount;
    else if (e.to !== 'aanbieder') {
      const to = PAYER_SLOT[e.to];
      sums.impact[to] = (sums.impact[to] ?? 0) - e.amount;
    }
  }
}

function costOf(sums: Sums, goal: SearchGoal): number {
  if (goal.type === 'society') return sums.society;
  let total = 0;
  PAYER_IDS.forEach((payer, i) => {
    if (goal.type === 'payer' ? payer === goal.payer : PAYERS[payer].group === goal.group) total += sums.impact[i] ?? 0;
  });
  return total;
}

interface Node {
  readonly route: readonly Decision[];
  /** The state at a moment to decide: `state.month` is the month about to be simulated. */
  readonly state: SimState;
  readonly sums: Sums;
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
  const scratch: LedgerEntry[] = [];
  const events: Parameters<typeof advanceMonth>[5] = [];

  const outOfBudget = (): boolean => {
    if (!stopped && (monthsSimulated >= maxMonths || (opts.shouldStop?.() ?? false))) stopped = true;
    return stopped;
  };

  /** Simulates one month in place and adds what it booked to the sums. */
  const step = (state: SimState, sums: Sums, decisions: readonly Decision[]): void => {
    scratch.length = 0;
    events.length = 0;
    advanceMonth(scenario, state, decisions, opts.seed, scratch, events, caseOptions);
    addEntries(sums, scratch);
    monthsSimulated += 1;
  };

  const isMoment = (state: SimState): boolean => state.awaiting.length > 0 || checkpoints.has(state.month);

  /** Runs on from a moment's decisions until the next moment or the end. */
  const continueTo = (node: Node, decisions: readonly Decision[]): Node => {
    simulations += 1;
    const state = cloneState(node.state);
    const sums: Sums = { society: node.sums.society, impact: [...node.sums.impact] };
    step(state, sums, decisions);
    while (!state.ended && !isMoment(state)) step(state, sums, []);
    return { route: decisions.length > 0 ? [...node.route, ...decisions] : node.route, state, sums, depth: node.depth + 1 };
  };

  /** The outcome of a node when nothing more is decided: every later dilemma takes its default. */
  const rollout = (node: Node): Score => {
    routesEvaluated += 1;
    if (node.state.ended) return { zrm: zrmMeanOf(node.state), cost: costOf(node.sums, opts.goal) };
    simulations += 1;
    const state = cloneState(node.state);
    const sums: Sums = { society: node.sums.society, impact: [...node.sums.impact] };
    while (!state.ended) step(state, sums, []);
    return { zrm: zrmMeanOf(state), cost: costOf(sums, opts.goal) };
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
    return branches.flatMap((b) => starts.map((s) => [...b, ...s]));
  };

  // The root: the state at month 0, or at the first moment if month 0 is none.
  const start: Node = {
    route: [],
    state: initialState(scenario),
    sums: { society: 0, impact: new Array<number>(PAYER_IDS.length).fill(0) },
    depth: 0,
  };
  const root = isMoment(start.state) ? start : continueTo(start, []);
  const firstBranching = Math.max(1, actions(root.state, true).length);
  // Every planning moment branches about as much as the first; every dilemma by its options.
  const estimate = scenario.decisionPoints.reduce((n, p) => n * p.options.length, Math.pow(firstBranching, scenario.checkpoints.length));
  const method: SearchResult['method'] = estimate <= exhaustiveLimit ? 'exhaustive' : 'beam';

  let best: { node: Node; score: Score } | undefined;
  const consider = (node: Node): Score => {
    const score = rollout(node);
    if (better(score, best?.score)) best = { node, score };
    return score;
  };

  let frontier: Node[] = [root];
  consider(root);
  let depth = 0;
  while (frontier.length > 0 && !outOfBudget()) {
    const children: { node: Node; score: Score }[] = [];
    for (const node of frontier) {
      if (node.state.ended) continue;
      for (const decisions of actions(node.state, node.depth === 0)) {
        if (outOfBudget()) break;
        const child = continueTo(node, decisions);
        children.push({ node: child, score: consider(child) });
      }
      if (stopped) break;
    }
    depth += 1;
    opts.onProgress?.({ depth, simulations, monthsSimulated, ...(best ? { bestCost: best.score.cost } : {}) });
    const open = children.filter((c) => !c.node.state.ended);
    if (method === 'beam') open.sort((a, b) => (better(a.score, b.score) ? -1 : better(b.score, a.score) ? 1 : 0));
    frontier = (method === 'beam' ? open.slice(0, beamWidth) : open).map((c) => c.node);
  }

  const route = [...(best?.node.route ?? [])].sort((a, b) => a.month - b.month);
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
