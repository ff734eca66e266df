/**
 * Playing a route through the case machine as a trainee would, for playtesting
 * (jump to a point from a URL) and for tests. Result codes name a played route.
 */
import { PLAY_MODES, type Decision, type LedgerEntry, type PlayMode, type Route, type Scenario } from '../core';
import { createActor } from 'xstate';
import { contentHash } from '../scenario/hash';
import type { CaseActor } from './hub';
import { createCaseMachine, openPoints, type ScenarioLookup } from './case-machine';
import { lastMonthOf } from './play';

export interface PlayOptions {
  /** Stop at the first waiting phase after this month (default: play to the outcome). */
  readonly stopAfterMonth?: number;
}

/**
 * Drives the actor through a route: plans at planning moments, chooses at decision
 * points, lets months pass; returns what every month booked.
 */
export function playRoute(
  actor: CaseActor,
  scenario: Scenario,
  route: Route,
  options: PlayOptions = {},
): { ledger: LedgerEntry[]; decisions: readonly Decision[] } {
  const ledger: LedgerEntry[] = [];
  const stopAfter = options.stopAfterMonth ?? Number.POSITIVE_INFINITY;
  if ((actor.getSnapshot().value as string) === 'intake') actor.send({ type: 'trainee.startPlanning' });
  for (let guard = 0; guard < scenario.months * 6 + 20; guard += 1) {
    const snapshot = actor.getSnapshot();
    const phase = snapshot.value as string;
    const month = snapshot.context.play.sim.month;
    const waiting = phase === 'plan' || phase === 'review' || phase === 'decision';
    if (waiting && month > stopAfter) break;
    if (phase === 'plan') {
      for (const d of route) {
        if (d.month !== month) continue;
        if (d.type === 'start') actor.send({ type: 'trainee.chooseIntervention', id: d.intervention });
        if (d.type === 'stop') actor.send({ type: 'trainee.dropIntervention', id: d.intervention });
      }
      actor.send({ type: 'trainee.confirmPlan' });
      if ((actor.getSnapshot().value as string) === 'plan') {
        for (const id of actor.getSnapshot().context.draft.start) actor.send({ type: 'trainee.dropIntervention', id });
        actor.send({ type: 'trainee.confirmPlan' });
      }
    } else if (phase === 'run') {
      actor.send({ type: 'clock.monthPassed' });
      ledger.push(...lastMonthOf(actor.getSnapshot().context.play).entries);
    } else if (phase === 'review') {
      actor.send({ type: route.some((d) => d.month === month && d.type !== 'choose') ? 'trainee.changePlan' : 'trainee.keepPlan' });
    } else if (phase === 'decision') {
      const def = scenario.decisionPoints.find((p) => p.id === openPoints(snapshot.context)[0]);
      if (!def) break;
      const wanted = route.find((d) => d.type === 'choose' && d.point === def.id);
      actor.send({ type: 'trainee.choose', point: def.id, option: wanted?.type === 'choose' ? wanted.option : def.defaultOption });
    } else break;
  }
  return { ledger, decisions: actor.getSnapshot().context.decisions };
}

/** The version of the engine's rules a result code was made with; a code of another version is refused, not misread. */
export const ENGINE_VERSION = 2;

function checksum(body: string): string {
  return contentHash(`${ENGINE_VERSION}|${body}`).slice(0, 6);
}

/** A short code for a played route: scenario@version/seed/mode/decisions~engine.checksum. */
export function resultCode(
  scenario: Pick<Scenario, 'id' | 'version'>,
  seed: number,
  mode: PlayMode,
  decisions: readonly Decision[],
): string {
  const body = `${scenario.id}@${scenario.version}/${seed}/${mode}/${formatDecisions(decisions)}`;
  return `${body}~${ENGINE_VERSION}.${checksum(body)}`;
}

/** Decisions as text: 0+budgetbeheer;2cbrief-cjib=regeling-cjib;5-budgetbeheer. */
export function formatDecisions(decisions: readonly Decision[]): string {
  return decisions
    .map((d) =>
      d.type === 'choose' ? `${d.month}c${d.point}=${d.option}` : `${d.month}${d.type === 'start' ? '+' : '-'}${d.intervention}`,
    )
    .join(';');
}

/** Parses decisions written by formatDecisions; undefined when the text is not such a list. */
export function parseDecisions(text: string): Decision[] | undefined {
  if (text.trim() === '') return [];
  const out: Decision[] = [];
  for (const part of text.split(';')) {
    const start = /^(\d+)([+-])([a-z0-9][a-z0-9-]*)$/.exec(part);
    if (start) {
      out.push({ month: Number(start[1]), type: start[2] === '+' ? 'start' : 'stop', intervention: start[3] ?? '' });
      continue;
    }
    const choose = /^(\d+)c([a-z0-9][a-z0-9-]*)=([a-z0-9][a-z0-9-]*)$/.exec(part);
    if (!choose) return undefined;
    out.push({ month: Number(choose[1]), type: 'choose', point: choose[2] ?? '', option: choose[3] ?? '' });
  }
  return out.sort((a, b) => a.month - b.month);
}

export interface ResultCodeParts {
  readonly scenarioId: string;
  readonly version: number;
  readonly seed: number;
  readonly mode: PlayMode;
  readonly decisions: Decision[];
}

export type ResultCodeProblem = 'format' | 'checksum' | 'otherEngine' | 'unknownCase' | 'otherVersion' | 'impossibleDecision';

const CODE = /^([a-z0-9][a-z0-9-]*)@(\d+)\/(\d+)\/([a-z]+)\/([^~]*)~(\d+)\.([0-9a-f]{6})$/;

/** Reads a code's parts and checks its checksum; says what is wrong when it cannot. */
export function readResultCodeParts(code: string): { readonly parts: ResultCodeParts } | { readonly problem: ResultCodeProblem } {
  const match = CODE.exec(code.trim());
  if (!match) return { problem: 'format' };
  const [, scenarioId = '', version = '', seed = '', mode = '', decisionText = '', engine = '', check = ''] = match;
  const body = `${scenarioId}@${version}/${seed}/${mode}/${decisionText}`;
  if (Number(engine) !== ENGINE_VERSION) return { problem: 'otherEngine' };
  if (checksum(body) !== check) return { problem: 'checksum' };
  const playMode = PLAY_MODES.find((m) => m === mode);
  const decisions = parseDecisions(decisionText);
  if (!playMode || !decisions) return { problem: 'format' };
  return { parts: { scenarioId, version: Number(version), seed: Number(seed), mode: playMode, decisions } };
}

/** Parses a result code back into its parts; undefined when it is no code or its checksum is wrong. */
export function parseResultCode(code: string): ResultCodeParts | undefined {
  const read = readResultCodeParts(code);
  return 'parts' in read ? read.parts : undefined;
}

/**
 * Reads a team's result code and checks it could have been played: the case and its
 * version are here, and the decisions, replayed through the case machine as a trainee
 * would make them, are accepted exactly (no misspelt option, no decision in a month
 * when it could not be taken or after the horizon).
 */
export function readResultCode(
  code: string,
  lookup: ScenarioLookup,
):
  | { readonly ok: true; readonly scenario: Scenario; readonly parts: ResultCodeParts }
  | { readonly ok: false; readonly problem: ResultCodeProblem } {
  const read = readResultCodeParts(code);
  if ('problem' in read) return { ok: false, problem: read.problem };
  const { parts } = read;
  const scenario = lookup(parts.scenarioId, parts.version);
  if (!scenario) {
    const anyVersion = Array.from({ length: 50 }, (_, v) => lookup(parts.scenarioId, v + 1)).some(Boolean);
    return { ok: false, problem: anyVersion ? 'otherVersion' : 'unknownCase' };
  }
  if (parts.decisions.some((d) => d.month >= scenario.months)) return { ok: false, problem: 'impossibleDecision' };
  const actor = createActor(createCaseMachine(lookup), {
    input: { scenarioId: scenario.id, scenarioVersion: scenario.version, seed: parts.seed, mode: parts.mode },
  }).start();
  const played = playRoute(actor, scenario, parts.decisions).decisions;
  actor.stop();
  const same = formatDecisions(sortDecisions(played)) === formatDecisions(sortDecisions(parts.decisions));
  return same ? { ok: true, scenario, parts } : { ok: false, problem: 'impossibleDecision' };
}

function sortDecisions(decisions: readonly Decision[]): Decision[] {
  const key = (d: Decision): string =>
    `${String(d.month).padStart(3, '0')}${d.type === 'choose' ? `c${d.point}=${d.option}` : `${d.type}${d.intervention}`}`;
  return [...decisions].sort((a, b) => key(a).localeCompare(key(b)));
}
