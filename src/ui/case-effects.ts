/**
 * What the case causes besides drawing: the autosave, the sounds, the screen-reader
 * announcements and the start of the debrief's analysis. Each reacts to a transition
 * of the case hub (a case started, a month booked, a phase reached, a decision taken),
 * never to a render, so a language switch redraws the page and does nothing else.
 */
import { meanScore, type CaseEvent } from '../core';
import { lastMonthOf, sessionSlot, toSave, type Analysis, type CaseActor, type CaseHub, type HubView, type SessionRecord } from '../engine';
import { play, type SoundName } from '../services/sound';
import { readSave, writeSave } from '../services/storage';
import { mountSaveNotice, type SaveNotice } from './save-notice';
import { notesOf, type PortfolioNotes } from './summary-notes';
import { eventTexts } from './events';
import { isRevealed, phaseName } from './phase';
import { caseKey } from './screens/context';

/** Template steps that make things worse for the household: they get the warning sound. */
const ESCALATIONS: ReadonlySet<string> = new Set([
  'first-reminder',
  'second-reminder',
  'dwangbevel',
  'gijzeling',
  'summons',
  'ruling',
  'evicted',
  'disconnected',
  'car-sold',
  'job-lost',
]);

/** The sound for a booked month: a warning when things got worse, a coin for an approval, else the month's tick. */
export function monthSound(events: readonly CaseEvent[]): SoundName {
  if (events.some((e) => e.type === 'refused' || (e.type === 'template' && ESCALATIONS.has(e.detail?.replace(/:.*/, '') ?? ''))))
    return 'warning';
  if (events.some((e) => e.type === 'approved')) return 'coin';
  return 'month';
}

export interface CaseEffectsOptions {
  readonly hub: CaseHub;
  readonly analysis: Analysis;
  readonly announce: (text: string) => void;
  /** The training session a case is played in: its saves go in the session's own slot, with the team's label. */
  readonly sessionOf?: (view: HubView) => SessionRecord | undefined;
}

interface Seen {
  readonly actor: CaseActor;
  readonly phase: string;
  readonly months: number;
  readonly context: HubView['snapshot']['context'];
}

/** True when a stored save is of the game in view: same case, session code and mode, and (when a phase is given) the same point. */
function sameGame(stored: unknown, view: HubView, phase?: string): boolean {
  if (!stored || typeof stored !== 'object') return false;
  const s = stored as Record<string, unknown>;
  const c = view.snapshot.context;
  if (s.scenarioId !== c.scenarioId || s.scenarioVersion !== c.scenarioVersion || s.seed !== c.seed || s.mode !== c.mode) return false;
  return phase === undefined || (s.phase === phase && JSON.stringify(s.decisions) === JSON.stringify(c.decisions));
}

/** Starts the effects; returns the function that stops them. */
export function startCaseEffects({ hub, analysis, announce, sessionOf }: CaseEffectsOptions): () => void {
  let seen: Seen | undefined;
  let notice: SaveNotice | undefined;
  const started = new WeakMap<CaseActor, { startedAt: string; finishedAt?: string }>();
  /** When this case was started and finished (kept from its save when it was resumed), and the reflection typed since. */
  const notesFor = (view: HubView, slot: string, phase: string, now: string): PortfolioNotes => {
    const stored = readSave(slot);
    let times = started.get(view.actor);
    if (!times) {
      const before = sameGame(stored, view, phase) ? notesOf(stored) : {};
      times = { startedAt: before.startedAt ?? now, ...(before.finishedAt ? { finishedAt: before.finishedAt } : {}) };
      started.set(view.actor, times);
    }
    if (!times.finishedAt && isRevealed(phase)) times.finishedAt = now;
    const { reflection } = sameGame(stored, view) ? notesOf(stored) : {};
    return { ...times, ...(reflection !== undefined ? { reflection } : {}) };
  };
  const react = (view: HubView | undefined): void => {
    if (!view) {
      seen = undefined;
      return;
    }
    const context = view.snapshot.context;
    const phase = phaseName(view);
    const fresh = seen?.actor !== view.actor;
    const changed =
      fresh ||
      seen?.phase !== phase ||
      seen.context.play !== context.play ||
      seen.context.decisions !== context.decisions ||
      seen.context.draft !== context.draft ||
      seen.context.estimate !== context.estimate;
    // Progress is saved after every decision and every month, one slot per case.
    const session = sessionOf?.(view);
    if (changed) {
      const slot = session ? sessionSlot(session) : view.scenario.id;
      const now = new Date().toISOString();
      const save = { ...toSave(view.snapshot, now, session), ...notesFor(view, slot, phase, now) };
      const result = writeSave(slot, save);
      // A save that fails is told at once, with a way out: the game as a file, or room made by removing other saves.
      if (result === 'saved') notice?.saved(slot);
      else (notice ??= mountSaveNotice()).failed(result, slot, save, () => writeSave(slot, save));
    }
    if (!fresh && seen && context.play.months.length > seen.months) {
      const { events } = lastMonthOf(context.play);
      const texts = eventTexts(view.scenario, events);
      if (texts.length > 0) announce(texts.join(' '));
      play(monthSound(events));
    }
    if (isRevealed(phase) && (fresh || !isRevealed(seen?.phase ?? ''))) {
      // The debrief's what-ifs and best route start with the outcome, so they are ready when the group gets there.
      const key = caseKey(view);
      analysis.whatIfs(key, context.decisions);
      analysis.bestRoute(key);
      const helped = meanScore(context.play.sim.members.map((m) => m.zrm)) >= view.scenario.zrmThreshold;
      if (!fresh && phase === 'outcome' && helped) play('success');
    }
    seen = { actor: view.actor, phase, months: context.play.months.length, context };
  };
  react(hub.view());
  return hub.subscribe(react);
}
