/**
 * Playing a route through the case machine as a trainee would, for playtesting
 * (jump to a point from a URL) and for tests. Result codes name a played route.
 */
import { PLAY_MODES, type Decision, type LedgerEntry, type PlayMode, type Route, type Scenario } from '../core';
import type { CaseActor } from './hub';
import { openPoints } from './case-machine';
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

/** A short code for a played route: scenario@version/seed/mode/decisions. */
export function resultCode(
  scenario: Pick<Scenario, 'id' | 'version'>,
  seed: number,
  mode: PlayMode,
  decisions: readonly Decision[],
): string {
  return `${scenario.id}@${scenario.version}/${seed}/${mode}/${formatDecisions(decisions)}`;
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

/** Parses a result code back into its parts. */
export function parseResultCode(
  code: string,
): { scenarioId: string; version: number; seed: number; mode: PlayMode; decisions: Decision[] } | undefined {
  const match = /^([a-z0-9][a-z0-9-]*)@(\d+)\/(\d+)\/([a-z]+)\/(.*)$/.exec(code.trim());
  if (!match) return undefined;
  const mode = match[4] as PlayMode;
  const decisions = parseDecisions(match[5] ?? '');
  if (!PLAY_MODES.includes(mode) || !decisions) return undefined;
  return { scenarioId: match[1] ?? '', version: Number(match[2]), seed: Number(match[3]), mode, decisions };
}
