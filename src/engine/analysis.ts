/**
 * The engine's derived results: the reference routes, every decision's what-if and
 * the best route found, each computed once per case and kept. The heavy ones run
 * off the main thread when a worker is given; the screens ask here, never the core.
 */
import {
  caseOptionsFor,
  referenceOptionsFor,
  runCase,
  searchRoute,
  type CaseResult,
  type Decision,
  type Draft,
  type LedgerEntry,
  type PayerId,
  type PlayMode,
  type Route,
  type Scenario,
  type ScenarioDef,
  type SearchProgress,
  type Totals,
  buildScenario,
  compileCondition,
  meanScore,
  type Condition,
  type SimState,
} from '../core';
import { whatIfsFor, type DecisionWhatIf } from './what-if';

/** Which case a result is for. */
export interface CaseKey {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly mode: PlayMode;
}

/** The routes every player's result is shown beside. */
export interface References {
  readonly system: CaseResult;
  readonly breakthrough: CaseResult;
}

/** The best route found for society, with what it costs and how it was found. */
export interface BestRoute {
  readonly route: Route;
  readonly totals: Totals;
  readonly zrmAfter: number;
  readonly method: 'exhaustive' | 'beam';
  readonly meetsThreshold: boolean;
  /** False when the search stopped at its time budget: the best route found so far. */
  readonly complete: boolean;
  readonly simulations: number;
}

/** A result still being computed, or done. */
export type Pending<T> =
  | { readonly state: 'running'; readonly progress?: SearchProgress }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly message: string };

export interface Analysis {
  /** The system and breakthrough routes: two plain runs, computed once per case and kept. */
  references(key: CaseKey): References;
  /**
   * The player's own route as it would have gone with every approval granted: what a
   * refusal (the luck of the session code) cost, so the outcome can say so plainly.
   */
  grantedResultFor(key: CaseKey, decisions: readonly Decision[]): CaseResult;
  /** The result of a decision log (a team's result code): one plain run, kept. */
  resultFor(key: CaseKey, decisions: readonly Decision[]): CaseResult;
  /** Every decision's what-if, started on first ask; the listeners hear when it is done. */
  whatIfs(key: CaseKey, decisions: readonly Decision[]): Pending<readonly DecisionWhatIf[]>;
  /** The best route for society, started on first ask, bounded by the time budget. */
  bestRoute(key: CaseKey): Pending<BestRoute>;
  /**
   * What the plan as ticked (the decisions so far and the draft at this month) leads to
   * by the end of the case, over a fixed set of session codes; computed off the main
   * thread, started on first ask, and kept.
   */
  planForecast(key: CaseKey, decisions: readonly Decision[], month: number, draft: Draft): Pending<PlanForecast>;
  /** The player's route and the system route over many session codes, computed off the main thread; started on first ask, and kept. */
  spread(key: CaseKey, decisions: readonly Decision[]): Pending<Spread>;
  /** Society's cost added up per month for the player's route, the system route and the breakthrough route. */
  cumulativeCosts(key: CaseKey, mine: CaseResult): { readonly mine: number[]; readonly system: number[]; readonly breakthrough: number[] };
  /** Stops a running best-route search; it is then reported as stopped (a failed result with the message 'cancelled'). */
  cancelBestRoute(key: CaseKey): void;
  /** Hears every change of a pending result. */
  subscribe(listener: () => void): () => void;
}

/** The smallest and largest value over a set of session codes; equal where chance plays no part. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** What a plan as ticked leads to by the end of the case, over a fixed set of session codes. */
export interface PlanForecast {
  /** How many session codes were played (the player's own first). */
  readonly codes: number;
  /** Per payer: costs plus net transfers paid over the whole case (negative: received on balance). */
  readonly budgetImpact: Partial<Record<PayerId, Range>>;
  readonly societyCost: Range;
  readonly zrmAfter: Range;
}

/** The session codes a plan's forecast is played with besides the player's own: fixed, so a forecast is the same every time. */
export const FORECAST_CODES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** How many codes a forecast plays: the player's own and the first others of FORECAST_CODES. */
const FORECAST_SIZE = 12;

/** The route a plan as ticked makes: the decisions so far and the draft's stops and starts in this month, as the machine commits them. */
export function routeWithDraft(decisions: readonly Decision[], month: number, draft: Draft): Decision[] {
  return [
    ...decisions,
    ...draft.stop.map((id): Decision => ({ month, type: 'stop', intervention: id })),
    ...draft.start.map((id): Decision => ({ month, type: 'start', intervention: id })),
  ];
}

/** Plays a route to the end with the player's own session code and others, and keeps each figure's smallest and largest value. */
export function forecastRoute(scenario: Scenario, seed: number, mode: PlayMode, route: readonly Decision[]): PlanForecast {
  const seeds = [seed, ...FORECAST_CODES.filter((c) => c !== seed)].slice(0, FORECAST_SIZE);
  const budgetImpact: Partial<Record<PayerId, Range>> = {};
  let societyCost: Range | undefined;
  let zrmAfter: Range | undefined;
  const widen = (range: Range | undefined, value: number): Range =>
    range ? { min: Math.min(range.min, value), max: Math.max(range.max, value) } : { min: value, max: value };
  for (const code of seeds) {
    const result = runCase(scenario, route, code, caseOptionsFor(mode));
    for (const [payer, amount] of Object.entries(result.totals.budgetImpactByPayer) as [PayerId, number][]) {
      budgetImpact[payer] = widen(budgetImpact[payer], amount);
    }
    societyCost = widen(societyCost, result.totals.societyCost);
    zrmAfter = widen(zrmAfter, result.zrmAfter);
  }
  return {
    codes: seeds.length,
    budgetImpact,
    societyCost: societyCost ?? { min: 0, max: 0 },
    zrmAfter: zrmAfter ?? { min: 0, max: 0 },
  };
}

/** One part of an intervention's start condition that does not hold now; `negated` when it must not hold and does. */
export interface UnmetCondition {
  readonly condition: Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;
  readonly negated: boolean;
}

/**
 * Why an intervention's start condition fails now, part by part: the comparisons
 * that must hold and do not, or must not hold and do. Empty when it holds (or has none).
 */
export function unmetConditions(scenario: Scenario, state: SimState, id: string): UnmetCondition[] {
  const available = scenario.def.interventions.find((i) => i.id === id)?.available;
  if (!available) return [];
  const holds = (c: Condition): boolean => compileCondition(c, scenario.index)(state, state.month);
  const unmet = (c: Condition, negated: boolean): UnmetCondition[] => {
    if (holds(c) !== negated) return [];
    if ('all' in c) return c.all.flatMap((x) => unmet(x, negated));
    if ('any' in c) return c.any.flatMap((x) => unmet(x, negated));
    if ('not' in c) return unmet(c.not, !negated);
    return [{ condition: c, negated }];
  };
  return unmet(available, false);
}

/** How a route turns out over many session codes: society's cost and the ZRM at the end, per code. */
export interface Spread {
  readonly codes: readonly number[];
  readonly mine: readonly { readonly societyCost: number; readonly zrmAfter: number }[];
  readonly system: readonly { readonly societyCost: number; readonly zrmAfter: number }[];
}

/** The session codes the spread of outcomes is played with. */
export const SPREAD_CODES: readonly number[] = Array.from({ length: 20 }, (_, i) => i + 1);

/** The player's route and the system route played with every code of SPREAD_CODES, approvals decided by chance as in play. */
export function spreadOf(scenario: Scenario, mode: PlayMode, route: readonly Decision[]): Spread {
  const play = (r: readonly Decision[]) =>
    SPREAD_CODES.map((code) => {
      const result = runCase(scenario, r, code, caseOptionsFor(mode));
      return { societyCost: result.totals.societyCost, zrmAfter: result.zrmAfter };
    });
  return { codes: SPREAD_CODES, mine: play(route), system: play(scenario.routes.system) };
}

/** Each member's mean ZRM at the start and at the end of a played case, in the order of the household. */
export function zrmByMember(
  result: Pick<CaseResult, 'initial' | 'final'>,
): { readonly member: string; readonly before: number; readonly after: number }[] {
  return result.initial.members.map((m, i) => ({
    member: m.id,
    before: meanScore([m.zrm]),
    after: meanScore([result.final.members[i]?.zrm ?? m.zrm]),
  }));
}

/** Society's cost added up month by month (index m: everything booked up to and including month m). */
export function cumulativeSocietyCost(ledger: readonly LedgerEntry[], months: number): number[] {
  const perMonth = new Array<number>(months).fill(0);
  for (const e of ledger) if (e.kind === 'cost' && e.month < months) perMonth[e.month] = (perMonth[e.month] ?? 0) + e.amount;
  let sum = 0;
  return perMonth.map((v) => (sum += v));
}

/** Messages to the analysis worker. */
export type WorkerRequest =
  | {
      readonly type: 'whatIfs';
      readonly id: number;
      readonly def: ScenarioDef;
      readonly seed: number;
      readonly mode: PlayMode;
      readonly decisions: readonly Decision[];
    }
  | {
      readonly type: 'bestRoute';
      readonly id: number;
      readonly def: ScenarioDef;
      readonly seed: number;
      readonly mode: PlayMode;
      readonly budgetMs: number;
    }
  | {
      readonly type: 'spread';
      readonly id: number;
      readonly def: ScenarioDef;
      readonly mode: PlayMode;
      readonly route: readonly Decision[];
    }
  | {
      readonly type: 'forecast';
      readonly id: number;
      readonly def: ScenarioDef;
      readonly seed: number;
      readonly mode: PlayMode;
      readonly route: readonly Decision[];
    };

/** Messages from the analysis worker. */
export type WorkerResponse =
  | { readonly type: 'whatIfs'; readonly id: number; readonly value: readonly DecisionWhatIf[] }
  | { readonly type: 'bestRoute'; readonly id: number; readonly value: BestRoute }
  | { readonly type: 'forecast'; readonly id: number; readonly value: PlanForecast }
  | { readonly type: 'spread'; readonly id: number; readonly value: Spread }
  | { readonly type: 'progress'; readonly id: number; readonly progress: SearchProgress }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** The best route for society within a time budget. */
export function findBestRoute(
  scenario: Scenario,
  seed: number,
  mode: PlayMode,
  budgetMs: number,
  onProgress?: (progress: SearchProgress) => void,
): BestRoute {
  const deadline = Date.now() + budgetMs;
  const found = searchRoute(scenario, {
    seed,
    goal: { type: 'society' },
    caseOptions: caseOptionsFor(mode),
    shouldStop: () => Date.now() > deadline,
    ...(onProgress ? { onProgress } : {}),
  });
  return {
    route: found.route,
    totals: found.result.totals,
    zrmAfter: found.result.zrmAfter,
    method: found.method,
    meetsThreshold: found.meetsThreshold,
    complete: found.complete,
    simulations: found.simulations,
  };
}

/** Answers one worker request (in the worker, or in-thread where there is none). */
export function answer(request: WorkerRequest, scenario: Scenario, post: (response: WorkerResponse) => void): void {
  try {
    if (request.type === 'whatIfs') {
      post({ type: 'whatIfs', id: request.id, value: whatIfsFor(scenario, request.seed, request.mode, request.decisions) });
    } else if (request.type === 'spread') {
      post({ type: 'spread', id: request.id, value: spreadOf(scenario, request.mode, request.route) });
    } else if (request.type === 'forecast') {
      post({ type: 'forecast', id: request.id, value: forecastRoute(scenario, request.seed, request.mode, request.route) });
    } else {
      const value = findBestRoute(scenario, request.seed, request.mode, request.budgetMs, (progress) =>
        post({ type: 'progress', id: request.id, progress }),
      );
      post({ type: 'bestRoute', id: request.id, value });
    }
  } catch (error) {
    post({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

export interface AnalysisOptions {
  /** Makes the worker the heavy results run in; without one they run in-thread, after the current task. */
  readonly worker?: () => Worker;
  /** Time the best-route search may take before it reports the best route so far. */
  readonly budgetMs?: number;
}

const formatKey = (d: readonly Decision[]): string =>
  d.map((x) => (x.type === 'choose' ? `${x.month}c${x.point}=${x.option}` : `${x.month}${x.type}${x.intervention}`)).join(';');

type Job = {
  readonly kind: 'whatIfs' | 'bestRoute' | 'forecast' | 'spread';
  readonly scenario: Scenario;
  readonly key: string;
  readonly request: WorkerRequest;
};

/** Results per scenario object and key: a new scenario (an edited file) starts afresh. */
class Store<T> {
  private readonly byScenario = new WeakMap<Scenario, Map<string, T>>();

  get(scenario: Scenario, key: string): T | undefined {
    return this.byScenario.get(scenario)?.get(key);
  }

  set(scenario: Scenario, key: string, value: T): void {
    let byKey = this.byScenario.get(scenario);
    if (!byKey) {
      byKey = new Map();
      this.byScenario.set(scenario, byKey);
    }
    byKey.set(key, value);
  }
}

/** The engine's analysis service. */
export function createAnalysis(options: AnalysisOptions = {}): Analysis {
  const budgetMs = options.budgetMs ?? 3000;
  const references = new Store<References>();
  const plainRuns = new Store<CaseResult>();
  const grantedRuns = new Store<CaseResult>();
  const whatIfs = new Store<Pending<readonly DecisionWhatIf[]>>();
  const best = new Store<Pending<BestRoute>>();
  const forecasts = new Store<Pending<PlanForecast>>();
  const spreads = new Store<Pending<Spread>>();
  const listeners = new Set<() => void>();
  const inFlight = new Map<number, Job>();
  let nextId = 1;
  let worker: Worker | undefined;

  const emit = (): void => {
    for (const listener of listeners) listener();
  };

  const receive = (response: WorkerResponse): void => {
    const job = inFlight.get(response.id);
    if (!job) return;
    if (response.type !== 'progress') inFlight.delete(response.id);
    if (response.type === 'failed') {
      if (job.kind === 'whatIfs') whatIfs.set(job.scenario, job.key, { state: 'failed', message: response.message });
      else if (job.kind === 'forecast') forecasts.set(job.scenario, job.key, { state: 'failed', message: response.message });
      else if (job.kind === 'spread') spreads.set(job.scenario, job.key, { state: 'failed', message: response.message });
      else best.set(job.scenario, job.key, { state: 'failed', message: response.message });
    } else if (response.type === 'progress') {
      if (job.kind === 'bestRoute') best.set(job.scenario, job.key, { state: 'running', progress: response.progress });
    } else if (response.type === 'whatIfs') {
      whatIfs.set(job.scenario, job.key, { state: 'done', value: response.value });
    } else if (response.type === 'forecast') {
      forecasts.set(job.scenario, job.key, { state: 'done', value: response.value });
    } else if (response.type === 'spread') {
      spreads.set(job.scenario, job.key, { state: 'done', value: response.value });
    } else {
      best.set(job.scenario, job.key, { state: 'done', value: response.value });
    }
    emit();
  };

  const ensureWorker = (): Worker | undefined => {
    if (!options.worker) return undefined;
    if (!worker) {
      worker = options.worker();
      worker.onmessage = (event: MessageEvent<WorkerResponse>) => receive(event.data);
    }
    return worker;
  };

  const send = (job: Job): void => {
    inFlight.set(job.request.id, job);
    const target = ensureWorker();
    if (target) target.postMessage(job.request);
    else setTimeout(() => answer(job.request, job.scenario, receive), 0);
  };

  const analysis: Analysis = {
    references: ({ scenario, seed, mode }) => {
      const key = `${seed}/${mode}`;
      let found = references.get(scenario, key);
      if (!found) {
        // Reference routes show what the route does: their approvals are granted whatever the session code.
        const caseOptions = referenceOptionsFor(mode);
        found = {
          system: runCase(scenario, scenario.routes.system, seed, caseOptions),
          breakthrough: runCase(scenario, scenario.routes.breakthrough, seed, caseOptions),
        };
        references.set(scenario, key, found);
      }
      return found;
    },
    grantedResultFor: ({ scenario, seed, mode }, decisions) => {
      const key = `${seed}/${mode}/${formatKey(decisions)}`;
      let found = grantedRuns.get(scenario, key);
      if (!found) {
        found = runCase(scenario, decisions, seed, referenceOptionsFor(mode));
        grantedRuns.set(scenario, key, found);
      }
      return found;
    },
    resultFor: ({ scenario, seed, mode }, decisions) => {
      const key = `${seed}/${mode}/${formatKey(decisions)}`;
      let found = plainRuns.get(scenario, key);
      if (!found) {
        found = runCase(scenario, decisions, seed, caseOptionsFor(mode));
        plainRuns.set(scenario, key, found);
      }
      return found;
    },
    whatIfs: ({ scenario, seed, mode }, decisions) => {
      const key = `${seed}/${mode}/${formatKey(decisions)}`;
      const known = whatIfs.get(scenario, key);
      if (known) return known;
      const running = { state: 'running' } as const;
      whatIfs.set(scenario, key, running);
      send({
        kind: 'whatIfs',
        scenario,
        key,
        request: { type: 'whatIfs', id: nextId++, def: scenario.def, seed, mode, decisions: [...decisions] },
      });
      return running;
    },
    bestRoute: ({ scenario, seed, mode }) => {
      const key = `${seed}/${mode}`;
      const known = best.get(scenario, key);
      if (known) return known;
      const running = { state: 'running' } as const;
      best.set(scenario, key, running);
      send({ kind: 'bestRoute', scenario, key, request: { type: 'bestRoute', id: nextId++, def: scenario.def, seed, mode, budgetMs } });
      return running;
    },
    planForecast: ({ scenario, seed, mode }, decisions, month, draft) => {
      const route = routeWithDraft(decisions, month, draft);
      const key = `${seed}/${mode}/${formatKey(route)}`;
      const known = forecasts.get(scenario, key);
      if (known) return known;
      const running = { state: 'running' } as const;
      forecasts.set(scenario, key, running);
      send({ kind: 'forecast', scenario, key, request: { type: 'forecast', id: nextId++, def: scenario.def, seed, mode, route } });
      return running;
    },
    spread: ({ scenario, mode }, decisions) => {
      const key = `${mode}/${formatKey(decisions)}`;
      const known = spreads.get(scenario, key);
      if (known) return known;
      const running = { state: 'running' } as const;
      spreads.set(scenario, key, running);
      send({ kind: 'spread', scenario, key, request: { type: 'spread', id: nextId++, def: scenario.def, mode, route: [...decisions] } });
      return running;
    },
    cumulativeCosts: (key, mine) => {
      const { system, breakthrough } = analysis.references(key);
      const months = key.scenario.months;
      return {
        mine: cumulativeSocietyCost(mine.ledger, months),
        system: cumulativeSocietyCost(system.ledger, months),
        breakthrough: cumulativeSocietyCost(breakthrough.ledger, months),
      };
    },
    cancelBestRoute: ({ scenario, seed, mode }) => {
      const key = `${seed}/${mode}`;
      const running = [...inFlight.values()].find((job) => job.kind === 'bestRoute' && job.scenario === scenario && job.key === key);
      if (!running || !worker) return;
      // A search in a worker cannot hear a message while it runs: the worker is ended and the other requests resent.
      worker.terminate();
      worker = undefined;
      inFlight.delete(running.request.id);
      best.set(scenario, key, { state: 'failed', message: 'cancelled' });
      const others = [...inFlight.values()];
      inFlight.clear();
      others.forEach(send);
      emit();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return analysis;
}

/** The worker side: rebuilds the scenario from its definition and answers each request. */
export function serveAnalysis(scope: {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerResponse) => void;
}): void {
  scope.onmessage = (event) => {
    const request = event.data;
    answer(request, buildScenario(request.def), (response) => scope.postMessage(response));
  };
}
