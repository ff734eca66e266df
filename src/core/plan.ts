/**
 * The rules of planning, in one place: may an intervention start now, how many of
 * the wijkteam's hours a plan uses, does a start need approval, and which payers a
 * player sees. The month step, the case machine, the route search, the analysis,
 * the plan screen and the canvas all ask here.
 */
import type { CaseOptions, Intervention, Scenario, SimState } from './model';
import { PAYERS, type PayerId } from './payers';

/** How much of the other payers the trainee sees while playing, and how budgets work. */
export const PLAY_MODES = ['all', 'own', 'pooled'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** The core's run options that follow from the play mode. */
export function caseOptionsFor(mode: PlayMode): CaseOptions {
  return mode === 'pooled' ? POOLED : SEPARATE;
}

/** The run options for a reference route: the same mode, with every approval granted. */
export function referenceOptionsFor(mode: PlayMode): CaseOptions {
  return mode === 'pooled' ? POOLED_GRANTED : SEPARATE_GRANTED;
}

const POOLED: CaseOptions = Object.freeze({ pooledBudget: true });
const SEPARATE: CaseOptions = Object.freeze({ pooledBudget: false });
const POOLED_GRANTED: CaseOptions = Object.freeze({ pooledBudget: true, approvalsGranted: true });
const SEPARATE_GRANTED: CaseOptions = Object.freeze({ pooledBudget: false, approvalsGranted: true });

/** Interventions about to start or stop at this planning moment. */
export interface Draft {
  readonly start: readonly string[];
  readonly stop: readonly string[];
}

export const EMPTY_DRAFT: Draft = Object.freeze({ start: [], stop: [] });

export type Unavailable = 'unknown' | 'automatic' | 'running' | 'conditions' | 'hours' | 'excluded';

/** True when the intervention runs or waits for approval. */
export function isUnderway(state: SimState, id: string): boolean {
  for (const r of state.running) if (r.id === id) return true;
  for (const p of state.pending) if (p.id === id) return true;
  return false;
}

/** Wijkteam hours per month the plan uses: running and waiting interventions plus the draft's starts, less its stops. */
export function hoursInUse(scenario: Scenario, state: SimState, draft: Draft = EMPTY_DRAFT): number {
  // Each intervention counts once, whether it runs, waits or is drafted; the lists are short.
  const { running, pending } = state;
  const hoursOf = (id: string): number => (draft.stop.includes(id) ? 0 : (scenario.index.interventions.get(id)?.wijkteamHours ?? 0));
  const inRunning = (id: string, before: number): boolean => {
    for (let i = 0; i < before; i += 1) if (running[i]?.id === id) return true;
    return false;
  };
  const inPending = (id: string, before: number): boolean => {
    for (let i = 0; i < before; i += 1) if (pending[i]?.id === id) return true;
    return false;
  };
  let hours = 0;
  for (let i = 0; i < running.length; i += 1) {
    const id = running[i]?.id;
    if (id !== undefined && !inRunning(id, i)) hours += hoursOf(id);
  }
  for (let i = 0; i < pending.length; i += 1) {
    const id = pending[i]?.id;
    if (id !== undefined && !inRunning(id, running.length) && !inPending(id, i)) hours += hoursOf(id);
  }
  const start = draft.start;
  for (let i = 0; i < start.length; i += 1) {
    const id = start[i];
    if (id !== undefined && !inRunning(id, running.length) && !inPending(id, pending.length) && start.indexOf(id) === i)
      hours += hoursOf(id);
  }
  return hours;
}

/** True when the plan fits in the wijkteam's hours. */
export function isWithinHours(scenario: Scenario, state: SimState, draft: Draft = EMPTY_DRAFT): boolean {
  return hoursInUse(scenario, state, draft) <= scenario.wijkteamHoursPerMonth;
}

/** Why the trainee cannot add an intervention to the draft now, or undefined when they can. */
export function whyNotStart(scenario: Scenario, state: SimState, draft: Draft, id: string): Unavailable | undefined {
  const def = scenario.index.interventions.get(id);
  if (!def) return 'unknown';
  if (def.automatic) return 'automatic';
  // Help unticked at this moment may be ticked again: it is underway only while it is not being stopped.
  if ((isUnderway(state, id) && !draft.stop.includes(id)) || draft.start.includes(id)) return 'running';
  if (def.available && !def.available(state, state.month)) return 'conditions';
  for (const other of draft.start) {
    if (def.excludes.includes(other) || scenario.index.interventions.get(other)?.excludes.includes(id)) return 'excluded';
  }
  if (hoursInUse(scenario, state, draft) + def.wijkteamHours > scenario.wijkteamHoursPerMonth) return 'hours';
  return undefined;
}

/**
 * Whether the month step honours a start decision: the intervention exists, is
 * chosen by people (not by rules), is not underway and its conditions hold. Hours
 * are the plan's concern and checked before a plan is confirmed.
 */
export function mayStart(scenario: Scenario, state: SimState, month: number, id: string): Intervention | undefined {
  const def = scenario.index.interventions.get(id);
  if (!def || def.automatic || isUnderway(state, id)) return undefined;
  if (def.available && !def.available(state, month)) return undefined;
  return def;
}

/**
 * A breakthrough bends a rule and needs approval, unless the wijkteam manages a
 * pooled budget and the gemeente pays (Brede Geldstroom).
 */
export function needsApproval(def: Intervention, options: CaseOptions): boolean {
  if (!def.breakthrough) return false;
  return !(options.pooledBudget && PAYERS[def.payer].group === 'gemeente');
}

/**
 * Payers the player may see now, or undefined for all: in own-budget mode only the
 * own potje and the household itself, until the outcome reveals the rest.
 */
export function visiblePayers(scenario: Scenario, mode: PlayMode, revealed: boolean): ReadonlySet<PayerId> | undefined {
  if (mode !== 'own' || revealed || !scenario.ownBudget) return undefined;
  return new Set<PayerId>([scenario.ownBudget.payer, 'huishouden']);
}

/** True when the player may see this payer's figures now. */
export function isPayerVisible(visible: ReadonlySet<PayerId> | undefined, payer: PayerId): boolean {
  return visible === undefined || visible.has(payer);
}
