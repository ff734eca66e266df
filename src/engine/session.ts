/**
 * Training sessions without a server: a trainer's setup travels in a short link,
 * and every code a trainer shows (to lift a pause point, to reveal the reference
 * routes at the debrief) is worked out from the session itself, so the trainer's
 * screen and every team's screen agree without talking to each other.
 */
import { PLAY_MODES, type PlayMode, type Scenario } from '../core';
import { contentHash } from '../scenario/hash';
import type { ScenarioLookup } from './case-machine';

/** When the teams see the system, breakthrough and best routes: at once, or after the debrief's unlock code. */
export const ROUTE_REVEALS = ['open', 'held'] as const;
export type RouteReveal = (typeof ROUTE_REVEALS)[number];

/** "Silo first, then reveal": round 1 in the own-budget mode, round 2 with every budget in view or pooled. */
export type SessionRound = 1 | 2;

/** What a trainer set up: every team that opens the link plays exactly this. */
export interface SessionSetup {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The session code: the seed every team plays with. */
  readonly seed: number;
  readonly mode: PlayMode;
  readonly round?: SessionRound;
  readonly routes: RouteReveal;
  /** True when teams wait at each decision point until the trainer shows its unlock code. */
  readonly pauses: boolean;
}

/** A team's part of a session, kept with its save: its label and the codes it has typed. */
export interface SessionRecord extends SessionSetup {
  readonly team: string;
  /** Decision points (and DEBRIEF_UNLOCK) whose unlock code the team typed. */
  readonly unlocked: readonly string[];
}

/** The key of the debrief's unlock code; no decision point can have it (ids start with a letter or digit). */
export const DEBRIEF_UNLOCK = ':debrief';

/** Longest team label: it shows beside a result code and in a table cell on the projector. */
export const TEAM_LABEL_MAX = 40;

/** How many digits an unlock code has. */
export const UNLOCK_DIGITS = 4;

/** The setting a short link parameter carries. */
const PARAM = {
  scenario: 'c',
  version: 'v',
  seed: 's',
  mode: 'm',
  round: 'r',
  held: 'h',
  pauses: 'p',
  check: 'k',
  trainer: 'trainer',
} as const;

/** Why a session link cannot be played. */
export type SessionLinkProblem = 'format' | 'checksum' | 'unknownCase' | 'otherVersion' | 'noOwnBudget' | 'round';

export type SessionLinkRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'team' | 'trainer'; readonly setup: SessionSetup; readonly scenario: Scenario }
  | { readonly kind: 'bad'; readonly problem: SessionLinkProblem };

/** The parameters that describe the setup, in their fixed order (the checksum is over exactly these). */
function setupParams(setup: SessionSetup): [string, string][] {
  return [
    [PARAM.scenario, setup.scenarioId],
    [PARAM.version, String(setup.scenarioVersion)],
    [PARAM.seed, String(setup.seed)],
    [PARAM.mode, setup.mode],
    ...(setup.round ? [[PARAM.round, String(setup.round)] as [string, string]] : []),
    ...(setup.routes === 'held' ? [[PARAM.held, '1'] as [string, string]] : []),
    ...(setup.pauses ? [[PARAM.pauses, '1'] as [string, string]] : []),
  ];
}

function setupText(setup: SessionSetup): string {
  return setupParams(setup)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** A short fingerprint of the setup: a changed or cut-off link is told apart from the trainer's. */
export function setupCheck(setup: SessionSetup): string {
  return contentHash(`session|${setupText(setup)}`).slice(0, 4);
}

/** The query string (without '?') of the link the teams open; `trainer` gives the facilitator view's link. */
export function sessionQuery(setup: SessionSetup, view: 'team' | 'trainer' = 'team'): string {
  const params = new URLSearchParams(setupParams(setup));
  params.set(PARAM.check, setupCheck(setup));
  if (view === 'trainer') params.set(PARAM.trainer, '1');
  return params.toString();
}

/** True when a query string is meant as a session link (it may still be a bad one). */
export function isSessionQuery(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.has(PARAM.scenario) || params.has(PARAM.check);
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const WHOLE = /^[1-9]\d{0,5}$/;

/**
 * Reads a session link: what it sets up, or why it cannot be played. A link that is
 * not a session link at all reads as `none`, so the game opens its menu as usual.
 */
export function readSessionLink(search: string, lookup: ScenarioLookup): SessionLinkRead {
  if (!isSessionQuery(search)) return { kind: 'none' };
  const params = new URLSearchParams(search);
  const id = params.get(PARAM.scenario) ?? '';
  const version = params.get(PARAM.version) ?? '';
  const seed = params.get(PARAM.seed) ?? '';
  const mode = PLAY_MODES.find((m) => m === params.get(PARAM.mode));
  const round = params.get(PARAM.round);
  const held = params.get(PARAM.held);
  const pauses = params.get(PARAM.pauses);
  const flag = (value: string | null): boolean | undefined => (value === null ? false : value === '1' ? true : undefined);
  const heldFlag = flag(held);
  const pauseFlag = flag(pauses);
  if (
    !ID.test(id) ||
    !WHOLE.test(version) ||
    !WHOLE.test(seed) ||
    !mode ||
    (round !== null && round !== '1' && round !== '2') ||
    heldFlag === undefined ||
    pauseFlag === undefined
  )
    return { kind: 'bad', problem: 'format' };
  const setup: SessionSetup = {
    scenarioId: id,
    scenarioVersion: Number(version),
    seed: Number(seed),
    mode,
    ...(round ? { round: Number(round) as SessionRound } : {}),
    routes: heldFlag ? 'held' : 'open',
    pauses: pauseFlag,
  };
  if (params.get(PARAM.check) !== setupCheck(setup)) return { kind: 'bad', problem: 'checksum' };
  const scenario = lookup(setup.scenarioId, setup.scenarioVersion);
  if (!scenario) {
    const anyVersion = Array.from({ length: 50 }, (_, v) => lookup(setup.scenarioId, v + 1)).some(Boolean);
    return { kind: 'bad', problem: anyVersion ? 'otherVersion' : 'unknownCase' };
  }
  if (setup.mode === 'own' && !scenario.ownBudget) return { kind: 'bad', problem: 'noOwnBudget' };
  if ((setup.round === 1 && setup.mode !== 'own') || (setup.round === 2 && setup.mode === 'own')) return { kind: 'bad', problem: 'round' };
  return { kind: params.get(PARAM.trainer) === '1' ? 'trainer' : 'team', setup, scenario };
}

/** The setup of one round of "silo first, then reveal": round 1 in the own-budget mode, round 2 in the mode given. */
export function roundSetup(setup: SessionSetup, round: SessionRound, secondMode: Exclude<PlayMode, 'own'> = 'all'): SessionSetup {
  return { ...setup, round, mode: round === 1 ? 'own' : secondMode };
}

/**
 * The code that lifts one pause point (or, with DEBRIEF_UNLOCK, reveals the routes):
 * four digits from the case, its version, the session code and the point. The same
 * in every round of a session, so one code on the projector serves every team.
 */
export function unlockCode(setup: Pick<SessionSetup, 'scenarioId' | 'scenarioVersion' | 'seed'>, point: string): string {
  const hash = contentHash(`unlock|${setup.scenarioId}@${setup.scenarioVersion}|${setup.seed}|${point}`);
  const value = Number.parseInt(hash.slice(0, 8), 16) % 10 ** UNLOCK_DIGITS;
  return String(value).padStart(UNLOCK_DIGITS, '0');
}

/** True when the typed code is the point's unlock code (spaces around or between the digits do not count). */
export function isUnlockCode(setup: Pick<SessionSetup, 'scenarioId' | 'scenarioVersion' | 'seed'>, point: string, typed: string): boolean {
  return typed.replace(/\s+/g, '') === unlockCode(setup, point);
}

/** True when a team must still type a code before it may choose at this decision point. */
export function isPointLocked(session: SessionRecord | undefined, point: string): boolean {
  return session !== undefined && session.pauses && !session.unlocked.includes(point);
}

/** True when the team may see the system, breakthrough and best routes. */
export function areRoutesRevealed(session: SessionRecord | undefined): boolean {
  return session === undefined || session.routes === 'open' || session.unlocked.includes(DEBRIEF_UNLOCK);
}

/** The record with one more unlocked point (unchanged when it was unlocked already). */
export function withUnlocked(session: SessionRecord, point: string): SessionRecord {
  return session.unlocked.includes(point) ? session : { ...session, unlocked: [...session.unlocked, point] };
}

/** A team label as typed, tidied (spaces collapsed, cut to length); undefined when nothing is left. */
export function teamLabelOf(text: string): string | undefined {
  // Control characters would break the line a result code is pasted on.
  const tidy = [...text]
    .map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, TEAM_LABEL_MAX)
    .trim();
  return tidy === '' ? undefined : tidy;
}

/** The save slot of a team in a session: one per setup, so round 1 and round 2 never overwrite each other. */
export function sessionSlot(setup: SessionSetup): string {
  return `${setup.scenarioId}~sessie-${setup.seed}-${setup.mode}${setup.round ? `-r${setup.round}` : ''}-${setupCheck(setup)}`;
}

/** True when two setups are the same session (the team label and unlocks aside). */
export function sameSetup(a: SessionSetup, b: SessionSetup): boolean {
  return setupText(a) === setupText(b);
}

/** Checks a session record read from storage; undefined when it is not one. */
export function checkSessionRecord(data: unknown): SessionRecord | undefined {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const s = data as Record<string, unknown>;
  const setupOk =
    typeof s.scenarioId === 'string' &&
    ID.test(s.scenarioId) &&
    typeof s.scenarioVersion === 'number' &&
    Number.isSafeInteger(s.scenarioVersion) &&
    typeof s.seed === 'number' &&
    Number.isSafeInteger(s.seed) &&
    (PLAY_MODES as readonly unknown[]).includes(s.mode) &&
    (s.round === undefined || s.round === 1 || s.round === 2) &&
    (ROUTE_REVEALS as readonly unknown[]).includes(s.routes) &&
    typeof s.pauses === 'boolean';
  if (!setupOk) return undefined;
  if (typeof s.team !== 'string' || teamLabelOf(s.team) !== s.team) return undefined;
  if (!Array.isArray(s.unlocked) || !s.unlocked.every((u) => typeof u === 'string')) return undefined;
  return data as SessionRecord;
}
