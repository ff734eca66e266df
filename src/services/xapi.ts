/**
 * xAPI 1.0.3 statements for a learning record store, built by pure functions from
 * plain data: a case started or resumed, a decision made, a case completed with its
 * result. The actor is an anonymous account (a random id made in this browser), never
 * a name or an e-mail address.
 */

/** ADL's verbs (http://adlnet.gov/expapi/verbs/), with their display names. */
export const VERBS = {
  initialized: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'nl-NL': 'begon', 'en-US': 'initialized' } },
  resumed: { id: 'http://adlnet.gov/expapi/verbs/resumed', display: { 'nl-NL': 'hervatte', 'en-US': 'resumed' } },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'nl-NL': 'beantwoordde', 'en-US': 'answered' } },
  interacted: { id: 'http://adlnet.gov/expapi/verbs/interacted', display: { 'nl-NL': 'koos', 'en-US': 'interacted' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'nl-NL': 'rondde af', 'en-US': 'completed' } },
} as const;

export type VerbName = keyof typeof VERBS;

/** ADL's activity types. */
export const ACTIVITY_TYPES = {
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

export type LanguageMap = Readonly<Record<string, string>>;

export interface Agent {
  readonly objectType: 'Agent';
  readonly account: { readonly homePage: string; readonly name: string };
}

export interface Activity {
  readonly objectType: 'Activity';
  readonly id: string;
  readonly definition: {
    readonly type: string;
    readonly name: LanguageMap;
    readonly interactionType?: 'choice' | 'other';
  };
}

export interface Result {
  readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
  readonly success?: boolean;
  readonly completion?: boolean;
  readonly response?: string;
  readonly duration?: string;
  readonly extensions?: Readonly<Record<string, number | string>>;
}

export interface Statement {
  readonly id: string;
  readonly actor: Agent;
  readonly verb: { readonly id: string; readonly display: LanguageMap };
  readonly object: Activity;
  readonly result?: Result;
  readonly context: {
    readonly registration: string;
    readonly platform: string;
    readonly language: string;
    readonly revision?: string;
    readonly team?: { readonly objectType: 'Group'; readonly name: string; readonly member: readonly Agent[] };
    readonly contextActivities?: { readonly parent: readonly Activity[] };
    readonly extensions?: Readonly<Record<string, number | string>>;
  };
  readonly timestamp: string;
}

/** Who plays and where: the same for every statement of a browser. */
export interface Learner {
  /** A random id made once in this browser. */
  readonly id: string;
  /** The account's homePage: the deployment's, or the game's own address. */
  readonly homePage: string;
  readonly team?: string;
}

/** One attempt at a case: the activity and what every statement about it shares. */
export interface Attempt {
  /** Base IRI of the game's activities, ending in '/' (e.g. https://gemeente.nl/kostenspel/). */
  readonly activityBase: string;
  readonly caseId: string;
  readonly caseVersion: number;
  readonly title: { readonly nl: string; readonly en?: string | undefined };
  /** A random id for this attempt: the statements' registration. */
  readonly registration: string;
  readonly seed: number;
  readonly mode: string;
  readonly lang: 'nl' | 'en';
}

/** Each statement's own id and time. */
export interface Stamp {
  readonly id: string;
  readonly timestamp: string;
}

/** A decision as the game logs it: a plan change or a choice at a decision point. */
export type DecisionFact =
  | { readonly type: 'start' | 'stop'; readonly month: number; readonly intervention: string; readonly label: LanguageMap }
  | { readonly type: 'choose'; readonly month: number; readonly point: string; readonly option: string; readonly label: LanguageMap };

/** The outcome of a case as plain numbers (see case-result.ts for where they come from). */
export interface OutcomeFacts {
  /** Score between min and max. */
  readonly raw: number;
  readonly min: number;
  readonly max: number;
  readonly success: boolean;
  /** Milliseconds from the start of the attempt to the outcome. */
  readonly durationMs: number;
  readonly extensions?: Readonly<Record<string, number>>;
}

/** A language map in the two languages the game speaks (English falls back to Dutch). */
export function languageMap(text: { readonly nl: string; readonly en?: string | undefined }): LanguageMap {
  return { 'nl-NL': text.nl, 'en-US': text.en ?? text.nl };
}

/** The extension IRI for a name, under the game's own activity base. */
export function extension(attempt: Pick<Attempt, 'activityBase'>, name: string): string {
  return `${attempt.activityBase}extensions/${name}`;
}

/** The case as an xAPI activity. */
export function caseActivity(attempt: Attempt): Activity {
  return {
    objectType: 'Activity',
    id: `${attempt.activityBase}cases/${encodeURIComponent(attempt.caseId)}`,
    definition: { type: ACTIVITY_TYPES.simulation, name: languageMap(attempt.title) },
  };
}

function actorOf(learner: Learner): Agent {
  return { objectType: 'Agent', account: { homePage: learner.homePage, name: learner.id } };
}

function contextOf(learner: Learner, attempt: Attempt, extra: Pick<Statement['context'], 'contextActivities' | 'extensions'> = {}) {
  return {
    registration: attempt.registration,
    platform: 'Wie betaalt?',
    language: attempt.lang === 'en' ? 'en-US' : 'nl-NL',
    revision: String(attempt.caseVersion),
    ...(learner.team ? { team: { objectType: 'Group' as const, name: learner.team, member: [actorOf(learner)] } } : {}),
    ...extra,
    extensions: { [extension(attempt, 'seed')]: attempt.seed, [extension(attempt, 'mode')]: attempt.mode, ...extra.extensions },
  };
}

/** "Initialized" (a new case) or "resumed" (a saved one). */
export function caseStarted(learner: Learner, attempt: Attempt, stamp: Stamp, how: 'initialized' | 'resumed'): Statement {
  return {
    ...stamp,
    actor: actorOf(learner),
    verb: VERBS[how],
    object: caseActivity(attempt),
    context: contextOf(learner, attempt),
  };
}

/** A decision: "answered" for a choice at a decision point, "interacted" for starting or stopping an intervention. */
export function decisionMade(learner: Learner, attempt: Attempt, stamp: Stamp, decision: DecisionFact): Statement {
  const parent = caseActivity(attempt);
  const month = { [extension(attempt, 'month')]: decision.month };
  if (decision.type === 'choose') {
    return {
      ...stamp,
      actor: actorOf(learner),
      verb: VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${parent.id}/decision-points/${encodeURIComponent(decision.point)}`,
        definition: { type: ACTIVITY_TYPES.interaction, name: decision.label, interactionType: 'choice' },
      },
      result: { response: decision.option },
      context: contextOf(learner, attempt, { contextActivities: { parent: [parent] }, extensions: month }),
    };
  }
  return {
    ...stamp,
    actor: actorOf(learner),
    verb: VERBS.interacted,
    object: {
      objectType: 'Activity',
      id: `${parent.id}/interventions/${encodeURIComponent(decision.intervention)}`,
      definition: { type: ACTIVITY_TYPES.interaction, name: decision.label, interactionType: 'other' },
    },
    result: { response: decision.type },
    context: contextOf(learner, attempt, { contextActivities: { parent: [parent] }, extensions: month }),
  };
}

/** "Completed", with the score, success, completion and duration of the attempt. */
export function caseCompleted(learner: Learner, attempt: Attempt, stamp: Stamp, outcome: OutcomeFacts): Statement {
  const span = outcome.max - outcome.min;
  return {
    ...stamp,
    actor: actorOf(learner),
    verb: VERBS.completed,
    object: caseActivity(attempt),
    result: {
      score: { scaled: span > 0 ? round((outcome.raw - outcome.min) / span, 4) : 0, raw: outcome.raw, min: outcome.min, max: outcome.max },
      success: outcome.success,
      completion: true,
      duration: isoDuration(outcome.durationMs),
      ...(outcome.extensions
        ? { extensions: Object.fromEntries(Object.entries(outcome.extensions).map(([name, value]) => [extension(attempt, name), value])) }
        : {}),
    },
    context: contextOf(learner, attempt),
  };
}

/** An ISO 8601 duration with hundredths of a second, as xAPI asks: PT1H2M3.45S. */
export function isoDuration(ms: number): string {
  const hundredths = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(hundredths / 360_000);
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${seconds}S` : ''}`;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
