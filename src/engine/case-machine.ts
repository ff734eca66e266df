/**
 * The case machine: one fixed-shape machine that interprets any scenario,
 * intake → plan ⇄ run ⇄ review → outcome → debrief, with a stop for decision
 * points. The scenario itself stays out of the context (it is looked up by id and
 * version), so snapshots stay small; the decision log replays the case exactly.
 * What may be planned is asked of the core's plan module.
 */
import { assign, setup } from 'xstate';
import { isUnderway, isWithinHours, whyNotStart, type Cents, type Decision, type Draft, type PlayMode, type Scenario } from '../core';
import { playMonth, startPlay, type Play } from './play';

export type ScenarioLookup = (id: string, version: number) => Scenario | undefined;

export interface CaseInput {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly seed: number;
  readonly mode: PlayMode;
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
  readonly draft: Draft;
}

export interface CaseContext extends CaseRecord {
  /** What the case produced so far; `play.sim` is the state now. */
  readonly play: Play;
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

/** Decision points waiting for the trainee: raised by the last month and not yet chosen. */
export function openPoints(context: Pick<CaseContext, 'play' | 'decisions'>): string[] {
  const month = context.play.sim.month;
  return context.play.sim.awaiting.filter(
    (point) => !context.decisions.some((d) => d.type === 'choose' && d.point === point && d.month === month),
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
        event.type === 'trainee.chooseIntervention' &&
        whyNotStart(scenarioOf(context), context.play.sim, context.draft, event.id) === undefined,
      isInterventionPlanned: ({ context, event }) =>
        event.type === 'trainee.dropIntervention' && (context.draft.start.includes(event.id) || isUnderway(context.play.sim, event.id)),
      isPlanWithinHours: ({ context }) => isWithinHours(scenarioOf(context), context.play.sim, context.draft),
      isCaseOver: ({ context }) => context.play.sim.ended,
      isDecisionAwaited: ({ context }) => openPoints(context).length > 0,
      isAtCheckpoint: ({ context }) => scenarioOf(context).checkpoints.includes(context.play.sim.month),
      isChoiceValid: ({ context, event }) =>
        event.type === 'trainee.choose' &&
        openPoints(context).includes(event.point) &&
        (scenarioOf(context).index.decisionPoints.get(event.point)?.optionById.has(event.option) ?? false),
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
          ...context.draft.stop.map((id): Decision => ({ month: context.play.sim.month, type: 'stop', intervention: id })),
          ...context.draft.start.map((id): Decision => ({ month: context.play.sim.month, type: 'start', intervention: id })),
        ],
        draft: () => ({ start: [], stop: [] }),
      }),
      recordChoice: assign({
        decisions: ({ context, event }) =>
          event.type === 'trainee.choose'
            ? [...context.decisions, { month: context.play.sim.month, type: 'choose', point: event.point, option: event.option }]
            : context.decisions,
      }),
      bookMonth: assign({
        play: ({ context }) => {
          const month = context.play.sim.month;
          const decisions = context.decisions.filter((d) => d.month === month);
          return playMonth(scenarioOf(context), context.play, decisions, context.seed, context.mode);
        },
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
      play: startPlay(lookup(input.scenarioId, input.scenarioVersion) ?? missing(input)),
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
