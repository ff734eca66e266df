/**
 * Turns the case hub's stream of views into what a learning platform wants to hear:
 * a case started (or resumed from a save), each decision once, and the outcome once.
 */
import type { CaseHub, HubView } from '../engine';

export type CaseMoment =
  | { readonly type: 'started'; readonly view: HubView; readonly resumed: boolean }
  | { readonly type: 'decided'; readonly view: HubView; readonly index: number }
  | { readonly type: 'completed'; readonly view: HubView };

/** The phase a snapshot is in ('intake', 'plan', …, 'outcome', 'debrief'). */
export function phaseOf(view: HubView): string {
  const value: unknown = view.snapshot.value;
  return typeof value === 'string' ? value : '';
}

/** Whether the case in `view` has reached its outcome. */
export function isFinished(view: HubView): boolean {
  const phase = phaseOf(view);
  return phase === 'outcome' || phase === 'debrief';
}

/** Calls `listener` for every moment of every case the hub runs; returns the function that stops it. */
export function watchCases(hub: CaseHub, listener: (moment: CaseMoment) => void): () => void {
  let seen: { actor: HubView['actor']; decisions: number; finished: boolean } | undefined;
  const update = (view: HubView | undefined): void => {
    if (!view) {
      seen = undefined;
      return;
    }
    const decisions = view.snapshot.context.decisions.length;
    if (seen?.actor !== view.actor) {
      // A new actor: a fresh case at the intake, or a save (or link) restored further on.
      const resumed = decisions > 0 || phaseOf(view) !== 'intake';
      seen = { actor: view.actor, decisions, finished: isFinished(view) };
      listener({ type: 'started', view, resumed });
      return;
    }
    for (let index = seen.decisions; index < decisions; index += 1) listener({ type: 'decided', view, index });
    seen.decisions = decisions;
    if (!seen.finished && isFinished(view)) {
      seen.finished = true;
      listener({ type: 'completed', view });
    }
  };
  update(hub.view());
  return hub.subscribe(update);
}
