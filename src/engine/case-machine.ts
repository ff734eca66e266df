/**
 * The case machine: one fixed-shape machine that interprets any scenario,
 * intake → plan ⇄ run ⇄ review → outcome → debrief, with a stop for decision
 * points. The scenario itself stays out of the context (it is looked up by id and
 * version), so snapshots stay small; the decision log replays the case exactly.
 */
import { assign, setup } from 'xstate';
import {
  advanceMonth,
  cloneState,
  holds,
  initialState,
  type CaseEvent,
  type Cents,
  type Decision,
  type LedgerEntry,
  type Scenario,
  type SimState,
} from '../core';
import { caseOptionsFor, type VisibilityMode } from './replay';

export type ScenarioLookup = (id: string, version: number) => Scenario | undefined;

export interface CaseInput {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly seed: number;
  readonly mode: VisibilityMode;
}

export interface Estimate {
  readonly gemeente: Cents;
  readonly society: Cents;
}

/** What a case is and what the trainee did: the part a save keeps. */
export interface CaseRecord extends CaseInput {
  readonly estimate?: Estimate;
  /** Everything the trainee decided, in order: enough to replay the case. */
  readonly decisions: readonly Decision[];
  /** Interventions the trainee is about to start or stop at this planning moment. */
  readonly draft: { readonly start: readonly string[]; readonly stop: readonly string[] };
}

export interface CaseContext extends CaseRecord {
  readonly sim: SimState;
  /** What the last month booked and what happened in it, for animation and announcements. */
  readonly lastEntries: readonly LedgerEntry[];
  readonly lastEvents: readonly CaseEvent[];
}

export type CaseMachineEvent =
  | { type: 'trainee.estimate'; estimate: Estimate }
  | { type: 'trainee.startPlanning' }
  | { type: 'trainee.chooseIntervention'; id: string }
  | { type: 'trainee.dropIntervention'; id: string }
  | { type: 'trainee.confirmPlan' }
  | { type: 'clock.monthPassed' }
  | { type: 'trainee.choose'; point: string; option: string }
  | { type: 'trainee.keepPlan' }
  | { type: 'trainee.changePlan' }
  | { type: 'trainee.openDebrief' }
  | { type: 'trainee.backToOutcome' };

/** Wijkteam hours per month the plan uses: running and waiting interventions plus the draft. */
export function plannedHours(scenario: Scenario, context: Pick<CaseContext, 'sim' | 'draft'>): number {
  const ids = new Set([...context.sim.running.map((r) => r.id), ...context.sim.pending.map((p) => p.id), ...context.draft.start]);
  for (const id of context.draft.stop) ids.delete(id);
  let hours = 0;
  for (const id of ids) hours += scenario.interventions.find((i) => i.id === id)?.wijkteamHours ?? 0;
  return hours;
}

/** Why an intervention cannot be chosen now, or undefined when it can. */
export function unavailableReason(
  scenario: Scenario,
  context: Pick<CaseContext, 'sim' | 'draft'>,
  id: string,
): 'unknown' | 'automatic' | 'running' | 'conditions' | 'hours' | 'excluded' | undefined {
  const def = scenario.interventions.find((i) => i.id === id);
  if (!def) return 'unknown';
  if (def.automatic) return 'automatic';
  if (context.sim.running.some((r) => r.id === id) || context.sim.pending.some((p) => p.id === id)) return 'running';
  if (def.available && !holds(def.available, context.sim, scenario, context.sim.month)) return 'conditions';
  if (
    context.draft.start.some(
      (other) => def.excludes.includes(other) || scenario.interventions.find((i) => i.id === other)?.excludes.includes(id),
    )
  )
    return 'excluded';
  const withIt = { sim: context.sim, draft: { start: [...context.draft.start, id], stop: context.draft.stop } };
  if (plannedHours(scenario, withIt) > scenario.wijkteamHoursPerMonth) return 'hours';
  return undefined;
}

/** Decision points waiting for the trainee: raised by the last month and not yet chosen. */
export function openPoints(context: Pick<CaseContext, 'sim' | 'decisions'>): string[] {
  return context.sim.awaiting.filter(
    (point) => !context.decisions.some((d) => d.type === 'choose' && d.point === point && d.month === context.sim.month),
  );
}

/** Builds the case machine for a set of scenarios. */
export function createCaseMachine(lookup: ScenarioLookup) {
  const scenarioOf = (context: Pick<CaseContext, 'scenarioId' | 'scenarioVersion'>): Scenario => {
    const scenario = lookup(context.scenarioId, context.scenarioVersion);
    if (!scenario) throw new Error(`scenario ${context.scenarioId}@${context.scenarioVersion} is not loaded`);
    return scenario;
  };

  return setup({
    types: {
      context: {} as CaseContext,
      events: {} as CaseMachineEvent,
      input: {} as CaseInput,
    },
    guards: {
      isInterventionChoosable: ({ context, event }) =>
        event.type === 'trainee.chooseIntervention' && unavailableReason(scenarioOf(context), context, event.id) === undefined,
      isInterventionPlanned: ({ context, event }) =>
        event.type === 'trainee.dropIntervention' &&
        (context.draft.start.includes(event.id) ||
          context.sim.running.some((r) => r.id === event.id) ||
          context.sim.pending.some((p) => p.id === event.id)),
      isPlanWithinHours: ({ context }) => plannedHours(scenarioOf(context), context) <= scenarioOf(context).wijkteamHoursPerMonth,
      isCaseOver: ({ context }) => context.sim.ended,
      isDecisionAwaited: ({ context }) => openPoints(context).length > 0,
      isAtCheckpoint: ({ context }) => scenarioOf(context).checkpoints.includes(context.sim.month),
      isChoiceValid: ({ context, event }) =>
        event.type === 'trainee.choose' &&
        openPoints(context).includes(event.point) &&
        (scenarioOf(context)
          .decisionPoints.find((p) => p.id === event.point)
          ?.options.some((o) => o.id === event.option) ??
          false),
    },
    actions: {
      recordEstimate: assign({ estimate: ({ event }) => (event.type === 'trainee.estimate' ? event.estimate : undefined) }),
      addToDraft: assign({
        draft: ({ context, event }) => {
          if (event.type !== 'trainee.chooseIntervention') return context.draft;
          return { start: [...context.draft.start, event.id], stop: context.draft.stop.filter((id) => id !== event.id) };
        },
      }),
      removeFromDraft: assign({
        draft: ({ context, event }) => {
          if (event.type !== 'trainee.dropIntervention') return context.draft;
          if (context.draft.start.includes(event.id))
            return { start: context.draft.start.filter((id) => id !== event.id), stop: context.draft.stop };
          return { start: context.draft.start, stop: [...context.draft.stop, event.id] };
        },
      }),
      commitPlan: assign({
        decisions: ({ context }) => [
          ...context.decisions,
          ...context.draft.stop.map((id): Decision => ({ month: context.sim.month, type: 'stop', intervention: id })),
          ...context.draft.start.map((id): Decision => ({ month: context.sim.month, type: 'start', intervention: id })),
        ],
        draft: () => ({ start: [], stop: [] }),
      }),
      recordChoice: assign({
        decisions: ({ context, event }) =>
          event.type === 'trainee.choose'
            ? [...context.decisions, { month: context.sim.month, type: 'choose', point: event.point, option: event.option }]
            : context.decisions,
      }),
      bookMonth: assign(({ context }) => {
        const scenario = scenarioOf(context);
        const sim = cloneState(context.sim);
        const entries: LedgerEntry[] = [];
        const events: CaseEvent[] = [];
        const decisions = context.decisions.filter((d) => d.month === sim.month);
        advanceMonth(scenario, sim, decisions, context.seed, entries, events, caseOptionsFor(context.mode));
        return { sim, lastEntries: entries, lastEvents: events };
      }),
    },
  }).createMachine({
    id: 'case',
    context: ({ input }) => ({
      scenarioId: input.scenarioId,
      scenarioVersion: input.scenarioVersion,
      seed: input.seed,
      mode: input.mode,
      decisions: [],
      draft: { start: [], stop: [] },
      sim: initialState(lookup(input.scenarioId, input.scenarioVersion) ?? missing(input)),
      lastEntries: [],
      lastEvents: [],
    }),
    initial: 'intake',
    states: {
      intake: {
        on: {
          'trainee.estimate': { actions: 'recordEstimate' },
          'trainee.startPlanning': { target: 'plan' },
        },
      },
      plan: {
        on: {
          'trainee.chooseIntervention': { guard: 'isInterventionChoosable', actions: 'addToDraft' },
          'trainee.dropIntervention': { guard: 'isInterventionPlanned', actions: 'removeFromDraft' },
          'trainee.confirmPlan': { guard: 'isPlanWithinHours', target: 'run', actions: 'commitPlan' },
        },
      },
      run: {
        on: { 'clock.monthPassed': { target: 'monthBooked', actions: 'bookMonth' } },
      },
      monthBooked: {
        always: [
          { guard: 'isCaseOver', target: 'outcome' },
          { guard: 'isDecisionAwaited', target: 'decision' },
          { guard: 'isAtCheckpoint', target: 'review' },
          { target: 'run' },
        ],
      },
      decision: {
        on: { 'trainee.choose': { guard: 'isChoiceValid', target: 'monthBooked', actions: 'recordChoice' } },
      },
      review: {
        on: {
          'trainee.keepPlan': { target: 'run' },
          'trainee.changePlan': { target: 'plan' },
        },
      },
      outcome: {
        on: { 'trainee.openDebrief': { target: 'debrief' } },
      },
      debrief: {
        on: { 'trainee.backToOutcome': { target: 'outcome' } },
      },
    },
  });
}

function missing(input: CaseInput): never {
  throw new Error(`scenario ${input.scenarioId}@${input.scenarioVersion} is not loaded`);
}

export type CaseMachine = ReturnType<typeof createCaseMachine>;
