/**
 * SCORM 1.2 reporting for the package built by `npm run build:scorm`: finds the
 * learning platform's API the way the SCORM 1.2 run-time asks (window.API in this
 * window, a parent up to seven levels, then the opener), initialises the session,
 * reports the outcome of a case as lesson status and score, and finishes on leaving.
 */
import type { PlatformScore } from './case-result';

/** The SCORM 1.2 API object an LMS puts on a window as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string | number;
}

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError'] as const;

function isScorm12Api(value: unknown): value is Scorm12Api {
  return typeof value === 'object' && value !== null && METHODS.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

/** The `API` of a window, or undefined (a window of another origin cannot be read). */
function apiOf(win: Window): Scorm12Api | undefined {
  try {
    const api = (win as Window & { API?: unknown }).API;
    return isScorm12Api(api) ? api : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function search(start: Window): Scorm12Api | undefined {
  let win: Window | undefined = start;
  for (let level = 0; win && level <= 7; level += 1) {
    const api = apiOf(win);
    if (api) return api;
    win = parentOf(win);
  }
  return undefined;
}

/** The SCORM 1.2 discovery: this window and its parents, then the window that opened it and its parents. */
export function findScormApi(start: Window): Scorm12Api | undefined {
  const found = search(start);
  if (found) return found;
  try {
    const opener = start.opener as Window | null;
    return opener ? search(opener) : undefined;
  } catch {
    return undefined;
  }
}

/** CMITimespan for cmi.core.session_time: HHHH:MM:SS.SS. */
export function scormTimespan(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(hundredths / 360_000));
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/** The lesson status for an outcome: passed or failed, by the LMS's mastery score when it sets one. */
export function lessonStatus(score: PlatformScore, masteryScore: string): 'passed' | 'failed' {
  const mastery = masteryScore.trim() === '' ? Number.NaN : Number(masteryScore);
  const passed = Number.isFinite(mastery) ? score.raw >= mastery : score.success;
  return passed ? 'passed' : 'failed';
}

/** One SCORM session: from LMSInitialize when the game opens to LMSFinish when the player leaves it. */
export class ScormSession {
  private open = false;
  private readonly startedAt: number;

  constructor(
    private readonly api: Scorm12Api,
    now: number,
  ) {
    this.startedAt = now;
  }

  /** LMSInitialize; a first attempt becomes incomplete until a case reaches its outcome. */
  start(): boolean {
    this.open = this.api.LMSInitialize('') === 'true';
    if (!this.open) return false;
    const status = this.api.LMSGetValue('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') {
      this.api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      this.api.LMSCommit('');
    }
    return true;
  }

  /** Reports a case's outcome; a passed course stays passed when a later case goes less well. */
  outcome(score: PlatformScore): void {
    if (!this.open) return;
    const status = lessonStatus(score, this.api.LMSGetValue('cmi.student_data.mastery_score'));
    if (status === 'failed' && this.api.LMSGetValue('cmi.core.lesson_status') === 'passed') return;
    this.api.LMSSetValue('cmi.core.score.min', String(score.min));
    this.api.LMSSetValue('cmi.core.score.max', String(score.max));
    this.api.LMSSetValue('cmi.core.score.raw', String(score.raw));
    this.api.LMSSetValue('cmi.core.lesson_status', status);
    this.api.LMSCommit('');
  }

  /** Session time, exit mode and LMSFinish: once, when the player leaves the game. */
  finish(now: number): void {
    if (!this.open) return;
    this.open = false;
    this.api.LMSSetValue('cmi.core.session_time', scormTimespan(now - this.startedAt));
    const status = this.api.LMSGetValue('cmi.core.lesson_status');
    // An unfinished course is suspended, so the platform resumes the attempt next time.
    this.api.LMSSetValue('cmi.core.exit', status === 'passed' || status === 'failed' || status === 'completed' ? '' : 'suspend');
    this.api.LMSCommit('');
    this.api.LMSFinish('');
  }
}
