/**
 * The first-visit tutorial as data: for each step the phase it belongs to, the control
 * the coach points at, the text that says what to do and why, and what the player does
 * that completes it. The runner (coach.ts) only reads this list.
 */

/** The case the tutorial coaches. */
export { TUTORIAL_CASE } from './tutorial';

/** The phases the coach follows (the values of data-phase). */
export type CoachPhase = 'intake' | 'plan' | 'run' | 'decision' | 'review' | 'outcome' | 'debrief';

/**
 * What completes a step:
 * - `next`: the player has read it and presses "Verder" in the bubble;
 * - `input`: the player types in the control pointed at;
 * - `chosen`: the plan holds at least one intervention;
 * - `month`: a month was played since the step began;
 * - `leave`: the case moves on to another phase;
 * - `finish`: the last step, closed with "Klaar".
 */
export type CoachDone = 'next' | 'input' | 'chosen' | 'month' | 'leave' | 'finish';

export interface CoachStep {
  readonly id: string;
  readonly phase: CoachPhase;
  /** Selectors for the control pointed at, best first: the first visible match is used. */
  readonly target: readonly string[];
  /** The text's key under `coach.steps`. */
  readonly text: string;
  readonly done: CoachDone;
  /** Shown again each time the case comes back to this phase after the step was passed (a second planning moment). */
  readonly again?: boolean;
}

/** The steps in the order a player meets them in the tutorial case. */
export const COACH_STEPS: readonly CoachStep[] = [
  { id: 'household', phase: 'intake', target: ['.screen.intake .table-wrap', '.screen.intake table'], text: 'household', done: 'next' },
  {
    id: 'money',
    phase: 'intake',
    target: ['.screen.intake .table-wrap:nth-of-type(2)', '.screen.intake table'],
    text: 'money',
    done: 'next',
  },
  { id: 'estimate', phase: 'intake', target: ['#estimate-gemeente', '#estimate-form input'], text: 'estimate', done: 'input' },
  { id: 'to-plan', phase: 'intake', target: ['#estimate-form button[type=submit]', '#to-plan'], text: 'toPlan', done: 'leave' },
  {
    id: 'tick',
    phase: 'plan',
    target: ['.screen.plan .cards input[type=checkbox]:not(:disabled)', '.screen.plan input[type=checkbox]'],
    text: 'tick',
    done: 'chosen',
  },
  { id: 'confirm', phase: 'plan', target: ['#confirm-plan'], text: 'confirm', done: 'leave', again: true },
  { id: 'next-month', phase: 'run', target: ['#next-month'], text: 'nextMonth', done: 'month' },
  { id: 'last-month', phase: 'run', target: ['#last-month', '.screen.run section'], text: 'lastMonth', done: 'next' },
  { id: 'keep-going', phase: 'run', target: ['#next-month'], text: 'keepGoing', done: 'leave', again: true },
  { id: 'review', phase: 'review', target: ['#keep-plan'], text: 'review', done: 'leave', again: true },
  {
    id: 'decision',
    phase: 'decision',
    target: ['.screen.decision fieldset', '.screen.decision form'],
    text: 'decision',
    done: 'leave',
    again: true,
  },
  {
    id: 'outcome',
    phase: 'outcome',
    target: ['#outcome-table caption', '#outcome-table', '.screen.outcome table'],
    text: 'outcome',
    done: 'next',
  },
  { id: 'to-debrief', phase: 'outcome', target: ['#to-debrief'], text: 'toDebrief', done: 'leave' },
  { id: 'debrief', phase: 'debrief', target: ['#timeline-heading', '#result-code', '.screen.debrief h3'], text: 'debrief', done: 'finish' },
];
