/**
 * What the presentation layers read from a case's snapshot, without XState or the
 * simulation: the canvas loads with the menu, before the engine does.
 */
import type { CaseEvent, LedgerEntry } from '../core';
import type { Play } from './play';

export const RESUMABLE_PHASES = ['intake', 'plan', 'run', 'decision', 'review', 'outcome', 'debrief'] as const;
export type Phase = (typeof RESUMABLE_PHASES)[number];

/** The phase a snapshot is in (the transient booking state counts as running). */
export function phaseOf(snapshot: { readonly value: unknown }): Phase {
  const value = snapshot.value as string;
  return (RESUMABLE_PHASES as readonly string[]).includes(value) ? (value as Phase) : 'run';
}

/** What the last month booked and what happened in it. */
export function lastMonthOf(play: Play): { readonly entries: readonly LedgerEntry[]; readonly events: readonly CaseEvent[] } {
  const at = play.sim.month - 1;
  return { entries: play.ledger[at] ?? [], events: play.events[at] ?? [] };
}
