/**
 * What the mounted app remembers between renders that is not part of the case: the
 * menu form, the trainer's pasted codes, the workbench's files, the intake's error
 * and the timer that plays months on. One object per mounted app, never module state.
 */
import type { PlayMode, Scenario } from '../core';
import type { CaseActor, readResultCode } from '../engine';
import type { Problem } from '../scenario/problems';
import { createSessionState, type SessionUiState } from './session/state';

export interface OpenedFile {
  readonly name: string;
  readonly text: string;
}

/** The validator's verdict on the files the trainer opened. */
export interface WorkbenchCheck {
  readonly tariff?: { readonly file: string; readonly problems: readonly Problem[] };
  readonly scenario?: {
    readonly file: string;
    readonly problems: readonly Problem[];
    readonly overridden: readonly string[];
    /** Set only when the file has no errors: then it can be played. */
    readonly playable?: Scenario;
  };
  /** The validator's own message table and path renderer, loaded with it. */
  readonly message: (problem: Problem, lang: 'nl' | 'en') => string;
  readonly renderPath: (path: Problem['path']) => string;
}

/** One line of the team codes a trainer pasted, as the engine read it. */
export interface TeamLine {
  readonly line: number;
  readonly name?: string;
  /** The code as it stood on the line, without the label. */
  readonly code: string;
  readonly read: ReturnType<typeof readResultCode>;
}

export interface WorkbenchState {
  scenarioFile?: OpenedFile;
  tariffFile?: OpenedFile;
  /** The check of the files now open; cleared the moment another file is opened. */
  check?: WorkbenchCheck | undefined;
  checking: boolean;
  /** Counts opened files and checks, so a slow check of older files never overwrites a newer one. */
  generation: number;
  /** The count at which the file of each kind now open was opened. */
  readonly opened: { scenario?: number; tariff?: number };
  /** The files kept from an earlier visit have been taken up (once per mounted app). */
  restored?: boolean;
  /** What the workbench last said about keeping its files in this browser. */
  keep?: 'kept' | 'notKept' | 'forgotten' | 'unreadable' | 'restored' | undefined;
  /** The route whose month-by-month timeline is shown. */
  timelineRoute?: 'system' | 'breakthrough' | 'best';
}

export interface UiState {
  readonly menu: { caseId?: string; seed: string; mode: PlayMode };
  /** The codes in the box, and the codes the trainer last compared as the engine read them. */
  readonly compare: {
    /** The comparison fills the page (opened from the menu) instead of the menu. */
    open: boolean;
    text: string;
    teams?: readonly TeamLine[] | undefined;
    /** The column the teams are sorted by, and which way. */
    sort?: { readonly column: string; readonly direction: 'ascending' | 'descending' } | undefined;
  };
  /** The completion summary is open for this case (from the debrief). */
  summaryFor?: CaseActor | undefined;
  /** What was wrong with the save file the player opened from the menu, in words. */
  saveFileProblem?: string | undefined;
  readonly workbench: WorkbenchState;
  /** Training sessions: the trainer's setup, the link that was opened and the running team's session. */
  readonly session: SessionUiState;
  /** Which estimate fields hold no amount, for the case whose intake showed the error. */
  intakeError?: { readonly actor: CaseActor; readonly fields: readonly ('gemeente' | 'society')[] } | undefined;
  /** The timer that plays months on to the next planning moment. */
  autoRun?: number | undefined;
}

/** A fresh state for a newly mounted app. */
export function createUiState(): UiState {
  return {
    menu: { seed: '1', mode: 'all' },
    compare: { open: false, text: '' },
    workbench: { checking: false, generation: 0, opened: {} },
    session: createSessionState(),
  };
}
