/**
 * Checks that need the simulation: completeness of the English text, that every
 * decision point can be reached and every route ends (a bounded search over states
 * with an explicit key), and whether the case holds a real dilemma.
 */
import {
  EMPTY_DRAFT,
  advanceMonth,
  cloneState,
  initialState,
  runCase,
  whyNotStart,
  type Decision,
  type Scenario,
  type SimState,
} from '../core';
import type { JsonPath } from './json';
import type { CompileProblem } from './compile';

/** Most states the reachability search visits before it says it stopped early. */
export const REACHABILITY_STATE_LIMIT = 4000;

/** Text objects ({ nl, en }) without English, as warnings with their paths. */
export function missingEnglish(doc: unknown, path: JsonPath = []): CompileProblem[] {
  const out: CompileProblem[] = [];
  if (Array.isArray(doc)) {
    doc.forEach((item, i) => out.push(...missingEnglish(item, [...path, i])));
  } else if (doc && typeof doc === 'object') {
    const record = doc as Record<string, unknown>;
    if (typeof record.nl === 'string' && Object.keys(record).every((k) => k === 'nl' || k === 'en')) {
      if (typeof record.en !== 'string' || record.en.trim() === '')
        out.push({ path, severity: 'warning', code: 'missingEnglish', params: {} });
      return out;
    }
    for (const [key, value] of Object.entries(record)) out.push(...missingEnglish(value, [...path, key]));
  }
  return out;
}

/** The explicit state key: two states with the same key behave the same from here on. */
function stateKey(state: SimState): string {
  return [
    state.month,
    [...state.flags].sort().join(','),
    state.running
      .map((r) => `${r.id}@${r.startMonth}`)
      .sort()
      .join(','),
    state.pending.map((p) => p.id).join(','),
    state.assets.join(','),
    state.awaiting.join(','),
    state.debts.map((d) => `${d.id}:${d.stage}`).join(','),
    state.bills.map((b) => b.arrearsMonths).join(','),
    state.fired.length,
  ].join('|');
}

export interface Reachability {
  readonly reached: ReadonlySet<string>;
  readonly allEnd: boolean;
  readonly statesVisited: number;
  readonly complete: boolean;
}

/**
 * Explores the case: at every planning moment each single intervention may start (or
 * none), at every decision point each option may be chosen; states are merged by key.
 */
export function exploreReachability(scenario: Scenario, seed = 1, limit = REACHABILITY_STATE_LIMIT): Reachability {
  const reached = new Set<string>();
  const seen = new Set<string>();
  let frontier: SimState[] = [initialState(scenario)];
  let allEnd = true;
  let visited = 0;
  let complete = true;
  while (frontier.length > 0) {
    const next: SimState[] = [];
    for (const state of frontier) {
      if (state.ended) continue;
      if (visited >= limit) {
        complete = false;
        break;
      }
      visited += 1;
      for (const decisions of branches(scenario, state)) {
        const copy = cloneState(state);
        const events: Parameters<typeof advanceMonth>[5] = [];
        advanceMonth(scenario, copy, decisions, seed, [], events);
        for (const e of events) if (e.type === 'decisionRequired') reached.add(e.id);
        if (!copy.ended && copy.month >= scenario.months) allEnd = false;
        const key = stateKey(copy);
        if (!seen.has(key)) {
          seen.add(key);
          next.push(copy);
        }
      }
    }
    if (!complete) break;
    frontier = next;
  }
  return { reached, allEnd, statesVisited: visited, complete };
}

function branches(scenario: Scenario, state: SimState): Decision[][] {
  const month = state.month;
  let out: Decision[][] = [[]];
  for (const pointId of state.awaiting) {
    const point = scenario.index.decisionPoints.get(pointId);
    if (!point) continue;
    out = out.flatMap((b) => point.options.map((o) => [...b, { month, type: 'choose' as const, point: point.id, option: o.id }]));
  }
  if (!scenario.checkpoints.includes(month)) return out;
  const starts: Decision[][] = [[]];
  for (const i of scenario.interventions) {
    if (whyNotStart(scenario, state, EMPTY_DRAFT, i.id) !== undefined) continue;
    starts.push([{ month, type: 'start', intervention: i.id }]);
  }
  return out.flatMap((b) => starts.map((s) => [...b, ...s]));
}

/** Balance: a breakthrough that is not better, or one route that beats every other everywhere. */
export function balanceProblems(scenario: Scenario, seed = 1): CompileProblem[] {
  const out: CompileProblem[] = [];
  const system = runCase(scenario, scenario.routes.system, seed);
  const breakthrough = runCase(scenario, scenario.routes.breakthrough, seed);
  if (breakthrough.totals.societyCost >= system.totals.societyCost && breakthrough.zrmAfter <= system.zrmAfter) {
    out.push({ path: ['routes', 'breakthrough'], severity: 'warning', code: 'noDilemma', params: {} });
  }
  const candidates = [
    { name: 'system', result: system },
    { name: 'breakthrough', result: breakthrough },
    ...scenario.interventions
      .filter((i) => !i.automatic)
      .map((i) => ({ name: i.id, result: runCase(scenario, [{ month: 0, type: 'start', intervention: i.id }], seed) })),
  ];
  for (const c of candidates) {
    const dominates = candidates.every(
      (o) =>
        o === c ||
        (c.result.zrmAfter >= o.result.zrmAfter &&
          Object.keys({ ...c.result.totals.budgetImpactByPayer, ...o.result.totals.budgetImpactByPayer }).every((p) => {
            const key = p as keyof typeof c.result.totals.budgetImpactByPayer;
            return (c.result.totals.budgetImpactByPayer[key] ?? 0) <= (o.result.totals.budgetImpactByPayer[key] ?? 0);
          })),
    );
    if (dominates && candidates.length > 2) {
      out.push({ path: ['interventions'], severity: 'warning', code: 'dominantRoute', params: { id: c.name } });
      break;
    }
  }
  return out;
}

/** Flags the templates read by a pattern of their own (per member), not by name in a parameter. */
const TEMPLATE_READ_FLAGS = [/^geen-kostendeler:/, /^uitgeschreven:/, /^zoektermijn-vrijstelling:/];

/**
 * Flags the case sets (an effect, or at the start) that nothing reads: no condition,
 * no template parameter. Such a choice does nothing, which a trainee will notice.
 */
export function unreadFlags(doc: unknown, scenario?: Scenario): CompileProblem[] {
  const set: { flag: string; path: JsonPath }[] = [];
  const read = new Set<string>();
  // Template parameters read flags by name, defaults included: the compiled parameters have them all.
  const readStrings = (value: unknown): void => {
    if (typeof value === 'string') read.add(value);
    else if (Array.isArray(value)) value.forEach(readStrings);
    else if (value && typeof value === 'object') Object.values(value).forEach(readStrings);
  };
  for (const instance of scenario?.def.templates ?? []) readStrings(instance.params);
  // The canvas reads the flags that say where the household sleeps.
  for (const flag of Object.keys(scenario?.def.dwellings ?? {})) read.add(flag);
  const walk = (node: unknown, path: JsonPath, inTemplate: boolean): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i], inTemplate));
      return;
    }
    if (typeof node === 'string') {
      if (inTemplate) read.add(node);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'setFlag' && typeof record.flag === 'string') set.push({ flag: record.flag, path: [...path, 'flag'] });
    else if (typeof record.flag === 'string' && Object.keys(record).length === 1) read.add(record.flag);
    for (const [key, value] of Object.entries(record)) {
      const templateParams = inTemplate || (key === 'params' && path[0] === 'templates');
      if (key === 'flags' && path.length === 1 && path[0] === 'household' && Array.isArray(value)) {
        value.forEach((flag, i) => typeof flag === 'string' && set.push({ flag, path: [...path, key, i] }));
      } else walk(value, [...path, key], templateParams);
    }
  };
  walk(doc, [], false);
  const seen = new Set<string>();
  return set
    .filter(({ flag }) => !read.has(flag) && !TEMPLATE_READ_FLAGS.some((pattern) => pattern.test(flag)))
    .filter(({ flag }) => !seen.has(flag) && (seen.add(flag), true))
    .map(({ flag, path }) => ({ path, severity: 'warning', code: 'unreadFlag', params: { id: flag } }));
}

/** Every simulation-based check for a compiled scenario and its document. */
export function analyse(scenario: Scenario, doc: unknown): CompileProblem[] {
  const problems = [...missingEnglish(doc), ...unreadFlags(doc, scenario), ...balanceProblems(scenario)];
  const reach = exploreReachability(scenario);
  // A point that a plain run of the case's own routes raises is reached, whatever the bounded search saw.
  const reached = new Set(reach.reached);
  for (const route of [[], scenario.routes.system, scenario.routes.breakthrough]) {
    for (const e of runCase(scenario, route, 1).events) if (e.type === 'decisionRequired') reached.add(e.id);
  }
  scenario.decisionPoints.forEach((p, i) => {
    if (!reached.has(p.id)) {
      problems.push({
        path: ['decisionPoints', i],
        severity: reach.complete ? 'error' : 'warning',
        code: 'unreachablePoint',
        params: { id: p.id },
      });
    }
  });
  if (!reach.allEnd) problems.push({ path: ['months'], severity: 'error', code: 'routeNeverEnds', params: {} });
  return problems;
}
