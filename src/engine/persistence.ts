/**
 * Saves: a small, versioned record of a case (which scenario, seed, mode, the
 * trainee's estimate, the decision log and where the trainee was). Restoring
 * replays the log, so the numbers are exactly those the trainee saw.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Decision } from '../core';
import { PLAY_MODES } from '../core';
import { replayPlay } from './play';
import { type CaseContext, type CaseMachine, type CaseRecord, type ScenarioLookup } from './case-machine';

export const SAVE_FORMAT = 1;

export const RESUMABLE_PHASES = ['intake', 'plan', 'run', 'decision', 'review', 'outcome', 'debrief'] as const;
export type Phase = (typeof RESUMABLE_PHASES)[number];

export interface SaveGame extends CaseRecord {
  readonly format: typeof SAVE_FORMAT;
  readonly month: number;
  readonly phase: Phase;
  readonly savedAt: string;
}

/** The phase a snapshot is in (the transient booking state counts as running). */
export function phaseOf(snapshot: SnapshotFrom<CaseMachine>): Phase {
  const value = snapshot.value as string;
  return (RESUMABLE_PHASES as readonly string[]).includes(value) ? (value as Phase) : 'run';
}

/** A save for the snapshot's current point. */
export function toSave(snapshot: SnapshotFrom<CaseMachine>, savedAt: string): SaveGame {
  const c = snapshot.context;
  return {
    format: SAVE_FORMAT,
    scenarioId: c.scenarioId,
    scenarioVersion: c.scenarioVersion,
    seed: c.seed,
    mode: c.mode,
    ...(c.estimate ? { estimate: c.estimate } : {}),
    decisions: c.decisions,
    month: c.play.sim.month,
    phase: phaseOf(snapshot),
    draft: c.draft,
    savedAt,
  };
}

export type SaveProblem =
  | 'notAnObject'
  | 'wrongFormat'
  | 'badField'
  | 'unknownScenario'
  | 'otherVersion'
  | 'badDecisions'
  | 'beyondHorizon'
  | 'unknownIntervention';

/** Checks untrusted data (from storage or a file) and says what is wrong with it. */
export function checkSave(data: unknown, lookup: ScenarioLookup): { save: SaveGame } | { problem: SaveProblem } {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { problem: 'notAnObject' };
  const s = data as Record<string, unknown>;
  if (s.format !== SAVE_FORMAT) return { problem: 'wrongFormat' };
  if (
    typeof s.scenarioId !== 'string' ||
    typeof s.scenarioVersion !== 'number' ||
    typeof s.seed !== 'number' ||
    !Number.isSafeInteger(s.seed)
  )
    return { problem: 'badField' };
  if (!(PLAY_MODES as readonly unknown[]).includes(s.mode) || !(RESUMABLE_PHASES as readonly unknown[]).includes(s.phase))
    return { problem: 'badField' };
  if (typeof s.month !== 'number' || !Number.isInteger(s.month) || s.month < 0) return { problem: 'badField' };
  const scenario = lookup(s.scenarioId, s.scenarioVersion);
  if (!scenario) {
    const id = s.scenarioId;
    const otherVersion = Array.from({ length: 50 }, (_, v) => lookup(id, v + 1)).some(Boolean);
    return { problem: otherVersion ? 'otherVersion' : 'unknownScenario' };
  }
  // An implausible save is named, never resumed: "Maand 7 van 6" or help the case does not offer.
  if (s.month > scenario.months) return { problem: 'beyondHorizon' };
  if (!Array.isArray(s.decisions) || !s.decisions.every((d) => isDecision(d, scenario.months))) return { problem: 'badDecisions' };
  const draft = s.draft as { start?: unknown; stop?: unknown } | undefined;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!draft || !strings(draft.start) || !strings(draft.stop)) return { problem: 'badField' };
  const decisions = s.decisions;
  const known = (id: string): boolean => scenario.index.interventions.has(id);
  if (
    !decisions.every((d) =>
      d.type === 'choose' ? scenario.index.decisionPoints.get(d.point)?.optionById.has(d.option) : known(d.intervention),
    ) ||
    ![...draft.start, ...draft.stop].every(known)
  )
    return { problem: 'unknownIntervention' };
  const month = s.month;
  if (decisions.some((d) => d.month > month)) return { problem: 'badDecisions' };
  return { save: data as SaveGame };
}

function isDecision(d: unknown, months: number): d is Decision {
  if (!d || typeof d !== 'object') return false;
  const x = d as Record<string, unknown>;
  if (typeof x.month !== 'number' || !Number.isInteger(x.month) || x.month < 0 || x.month >= months) return false;
  if (x.type === 'start' || x.type === 'stop') return typeof x.intervention === 'string';
  if (x.type === 'choose') return typeof x.point === 'string' && typeof x.option === 'string';
  return false;
}

/** Rebuilds a running case actor from a save by replaying its decision log. */
export function restoreActor(machine: CaseMachine, save: SaveGame, lookup: ScenarioLookup) {
  const scenario = lookup(save.scenarioId, save.scenarioVersion);
  if (!scenario) throw new Error(`scenario ${save.scenarioId}@${save.scenarioVersion} is not loaded`);
  const play = replayPlay(scenario, save.decisions, save.seed, save.mode, save.month);
  const context: CaseContext = {
    scenarioId: save.scenarioId,
    scenarioVersion: save.scenarioVersion,
    seed: save.seed,
    mode: save.mode,
    ...(save.estimate ? { estimate: save.estimate } : {}),
    decisions: save.decisions,
    draft: save.draft,
    play,
  };
  const snapshot = machine.resolveState({ value: save.phase, context });
  return createActor(machine, {
    snapshot,
    input: { scenarioId: save.scenarioId, scenarioVersion: save.scenarioVersion, seed: save.seed, mode: save.mode },
  });
}
