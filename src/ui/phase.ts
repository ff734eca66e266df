import type { HubView } from '../engine';

/** The value of data-phase for a view, or 'menu' when no case runs (the transient booking state counts as running). */
export function phaseName(view: HubView | undefined): string {
  if (!view) return 'menu';
  const value = view.snapshot.value as string;
  return value === 'monthBooked' ? 'run' : value;
}

/** From the outcome on, every payer's figures are revealed (own-budget mode keeps the others in fog until then). */
export function isRevealed(phase: string): boolean {
  return phase === 'outcome' || phase === 'debrief';
}
