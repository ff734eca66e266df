/**
 * Saves: a small, versioned record of a case (which scenario, seed, mode, the
 * trainee's estimate, the decision log and where the trainee was). Restoring
 * replays the log, so the numbers are exactly those the trainee saw.
 */
import { createActor, type SnapshotFrom } from 'xstate';
import type { Decision } from '../core';
import { PLAY_MODES } from '../core';
import { replayPlay } from './play';
import { checkSessionRecord, type SessionRecord } from './session';
import { type CaseContext, type CaseMachine, type CaseRecord, type ScenarioLookup } from './case-machine';
import { RESUMABLE_PHASES, phaseOf, type Phase } from './view';

export { RESUMABLE_PHASES, phaseOf, type Phase } from './view';

export const SAVE_FORMAT = 1;

export interface SaveGame extends CaseRecord {
  readonly format: typeof SAVE_FORMAT;
  readonly month: number;
  readonly phase: Phase;
  readonly savedAt: string;
  /** The training session the case is played in: the team's label, the setup and the codes it typed. */
  readonly session?: SessionRecord;
}

/** A save for the snapshot's current point. */
export function toSave(snapshot: SnapshotFrom<CaseMachine>, savedAt: string, session?: SessionRecord): SaveGame {
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
    ...(session ? { session } : {}),
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

/** What a message about a save names: the field, the case, the month or the help that is wrong. */
export type SaveDetail = Readonly<Record<string, string | number>>;

/** Checks untrusted data (from storage or a file) and says what is wrong with it. */
export function checkSave(data: unknown, lookup: ScenarioLookup): { save: SaveGame } | { problem: SaveProblem } {
  const checked = inspectSave(data, lookup);
  return 'save' in checked ? checked : { problem: checked.problem };
}

/** As checkSave, with what the message should name: which field, which case and version, which month, which help. */
export function inspectSave(data: unknown, lookup: ScenarioLookup): { save: SaveGame } | { problem: SaveProblem; detail: SaveDetail } {
  const fail = (problem: SaveProblem, detail: SaveDetail = {}) => ({ problem, detail });
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('notAnObject');
  const s = data as Record<string, unknown>;
  if (s.format !== SAVE_FORMAT) return fail('wrongFormat', { found: String(s.format), expected: SAVE_FORMAT });
  if (typeof s.scenarioId !== 'string') return fail('badField', { field: 'scenarioId' });
  if (typeof s.scenarioVersion !== 'number') return fail('badField', { field: 'scenarioVersion' });
  if (typeof s.seed !== 'number' || !Number.isSafeInteger(s.seed)) return fail('badField', { field: 'seed' });
  if (!(PLAY_MODES as readonly unknown[]).includes(s.mode)) return fail('badField', { field: 'mode' });
  if (!(RESUMABLE_PHASES as readonly unknown[]).includes(s.phase)) return fail('badField', { field: 'phase' });
  if (typeof s.month !== 'number' || !Number.isInteger(s.month) || s.month < 0) return fail('badField', { field: 'month' });
  if (s.session !== undefined) {
    // A session save belongs to the case it names: another case's or seed's session is no part of it.
    const session = checkSessionRecord(s.session);
    if (
      !session ||
      session.scenarioId !== s.scenarioId ||
      session.scenarioVersion !== s.scenarioVersion ||
      session.seed !== s.seed ||
      session.mode !== s.mode
    )
      return fail('badField', { field: 'session' });
  }
  const scenario = lookup(s.scenarioId, s.scenarioVersion);
  if (!scenario) {
    const id = s.scenarioId;
    const otherVersion = Array.from({ length: 50 }, (_, v) => lookup(id, v + 1)).some(Boolean);
    return fail(otherVersion ? 'otherVersion' : 'unknownScenario', { id, version: s.scenarioVersion });
  }
  // An implausible save is named, never resumed: "Maand 7 van 6" or help the case does not offer.
  if (s.month > scenario.months) return fail('beyondHorizon', { month: s.month, months: scenario.months });
  if (!Array.isArray(s.decisions)) return fail('badField', { field: 'decisions' });
  const wrong = s.decisions.findIndex((d) => !isDecision(d, scenario.months));
  if (wrong >= 0) return fail('badDecisions', { n: wrong + 1, months: scenario.months });
  const draft = s.draft as { start?: unknown; stop?: unknown } | undefined;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!draft || !strings(draft.start) || !strings(draft.stop)) return fail('badField', { field: 'draft' });
  const decisions = s.decisions as Decision[];
  const known = (id: string): boolean => scenario.index.interventions.has(id);
  const unknown = decisions.find((d) =>
    d.type === 'choose' ? !scenario.index.decisionPoints.get(d.point)?.optionById.has(d.option) : !known(d.intervention),
  );
  if (unknown)
    return fail('unknownIntervention', { id: unknown.type === 'choose' ? `${unknown.point}=${unknown.option}` : unknown.intervention });
  const unknownDraft = [...draft.start, ...draft.stop].find((id) => !known(id));
  if (unknownDraft !== undefined) return fail('unknownIntervention', { id: unknownDraft });
  const month = s.month;
  const late = decisions.findIndex((d) => d.month > month);
  if (late >= 0) return fail('badDecisions', { n: late + 1, months: scenario.months });
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
