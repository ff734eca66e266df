/**
 * The one place the presentation layers find the current case: the DOM layer and
 * the Phaser scenes both subscribe here to render and send events here to act.
 */
import type { Actor, SnapshotFrom } from 'xstate';
import type { Scenario } from '../core';
import type { CaseInput, CaseMachine } from './case-machine';

export type CaseActor = Actor<CaseMachine>;
export type CaseSnapshot = SnapshotFrom<CaseMachine>;

export interface HubView {
  readonly actor: CaseActor;
  readonly scenario: Scenario;
  readonly snapshot: CaseSnapshot;
}

type Listener = (view: HubView | undefined) => void;

/** Holds the running case actor and tells every listener about each new snapshot. */
export class CaseHub {
  private current: { actor: CaseActor; scenario: Scenario; unsubscribe: () => void } | undefined;
  private readonly listeners = new Set<Listener>();

  /**
   * `spawn` makes the actor for a new case (createActor with the case machine). The hub
   * itself loads no XState, so the menu and the canvas can hold it before the engine loads.
   */
  constructor(private readonly spawn: (input: CaseInput) => CaseActor) {}

  /** Starts a new case. */
  start(scenario: Scenario, input: CaseInput): CaseActor {
    return this.adopt(this.spawn(input), scenario);
  }

  /** Takes over an actor built elsewhere (a restored save). */
  adopt(actor: CaseActor, scenario: Scenario): CaseActor {
    this.stop();
    const subscription = actor.subscribe(() => this.emit());
    this.current = { actor, scenario, unsubscribe: () => subscription.unsubscribe() };
    actor.start();
    this.emit();
    return actor;
  }

  /** Ends the current case (back to the menu). */
  stop(): void {
    if (!this.current) return;
    this.current.unsubscribe();
    this.current.actor.stop();
    this.current = undefined;
    this.emit();
  }

  /** The current case, if any. */
  view(): HubView | undefined {
    if (!this.current) return undefined;
    return { actor: this.current.actor, scenario: this.current.scenario, snapshot: this.current.actor.getSnapshot() };
  }

  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const view = this.view();
    for (const listener of this.listeners) listener(view);
  }
}
