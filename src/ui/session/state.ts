/**
 * What the mounted app remembers about training sessions: the trainer's setup form,
 * the session a link opened, and the running team's session (its label and the codes
 * it typed), which goes into every save of that case.
 */
import type { PlayMode, Scenario } from '../../core';
import type { CaseActor, HubView, RouteReveal, SessionLinkProblem, SessionRecord, SessionSetup } from '../../engine';

/** The screens of a session that show while no case runs. */
export type SessionScreen = 'setup' | 'team' | 'trainer';

export interface SessionUiState {
  /** Which session screen shows instead of the menu, if any. */
  screen?: SessionScreen | undefined;
  readonly form: { caseId?: string; seed: string; mode: PlayMode; routes: RouteReveal; pauses: boolean };
  /** The session a link opened (for the team's label form or the trainer's view). */
  opened?: { readonly setup: SessionSetup; readonly scenario: Scenario } | undefined;
  /** Why the link in the address bar cannot be played; the menu says so. */
  linkProblem?: SessionLinkProblem | undefined;
  /** The team label form: what is typed, whether it was left empty, and why a save could not be resumed. */
  readonly team: { label: string; empty: boolean; saveProblem?: string | undefined };
  /** The running case's session, for as long as that case runs. */
  running?: { readonly actor: CaseActor; record: SessionRecord } | undefined;
  /** The unlock code field: what is typed and whether the last try was wrong, per field. */
  readonly unlock: { text: Record<string, string>; wrong?: string | undefined };
  /** Asked "really start over?" for this case. */
  confirmRestart?: CaseActor | undefined;
  /** The trainer's view: what has been shown on the projector, and the mode of round 2. */
  readonly trainer: { shown: Set<string>; secondMode: Exclude<PlayMode, 'own'> };
  /** QR codes as image data, per link ('' while being drawn, 'failed' when the library could not draw it). */
  readonly qr: Map<string, string>;
  /** Which copy button last copied, for its visible message. */
  copied?: string | undefined;
}

/** A fresh session state for a newly mounted app. */
export function createSessionState(): SessionUiState {
  return {
    form: { seed: '1', mode: 'all', routes: 'held', pauses: true },
    team: { label: '', empty: false },
    unlock: { text: {} },
    trainer: { shown: new Set(), secondMode: 'all' },
    qr: new Map(),
  };
}

/** The session of the case in view, when it is played in one. */
export function sessionOf(state: SessionUiState, view: HubView | undefined): SessionRecord | undefined {
  return view && state.running?.actor === view.actor ? state.running.record : undefined;
}
