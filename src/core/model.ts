/**
 * The core's own model of a case: what a compiled scenario holds and what a
 * simulated month produces. The authoring format (src/scenario) compiles into this;
 * the core never sees JSON.
 */
import type { StepContext } from './context';
import type { CalendarDate } from './dates';
import type { Cents } from './money';
import type { LocalText, PartyId, PayerGroup, PayerId } from './payers';
import type { TemplateId, TemplateParams, TemplatePhase } from './rules';
import type { ZrmDomain, ZrmProfile } from './zrm';

export type CompareOp = '<' | '<=' | '==' | '!=' | '>=' | '>';

export type MoneyMeasure = 'cash' | 'debt' | 'arrears' | 'income';

/** Structured conditions: all / any / not over comparisons of the household's state. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly flag: string }
  | { readonly owns: string }
  | { readonly owes: string }
  | { readonly active: string }
  | { readonly billActive: string }
  | { readonly age: { readonly member: string; readonly op: CompareOp; readonly value: number } }
  | {
      readonly zrm: {
        readonly member: string;
        readonly domain: ZrmDomain;
        readonly op: CompareOp;
        readonly value: number;
      };
    }
  | { readonly money: { readonly of: MoneyMeasure; readonly op: CompareOp; readonly value: Cents } }
  | { readonly arrears: { readonly bill: string; readonly op: CompareOp; readonly months: number } }
  | { readonly date: { readonly op: CompareOp; readonly value: CalendarDate } };

export type LedgerKind = 'cost' | 'transfer';

/** Who pays whom: a reference to the price and its source, so every amount answers "waarom?". */
export interface PriceRef {
  readonly id: string;
  readonly year: number;
  readonly source: string;
  readonly overridden?: boolean;
}

/** Member references: a member id, every member, or every adult (18 and over). */
export type MemberRef = string;
export const ALL_MEMBERS = '*';
export const ALL_ADULTS = '*adults';

export interface DebtDef {
  readonly id: string;
  readonly creditor: PayerId;
  readonly label: LocalText;
  readonly amount: Cents;
}

export type Effect =
  | { readonly type: 'zrm'; readonly member: MemberRef; readonly domain: ZrmDomain; readonly delta: number }
  | { readonly type: 'setFlag'; readonly flag: string }
  | { readonly type: 'clearFlag'; readonly flag: string }
  | { readonly type: 'addDebt'; readonly debt: DebtDef }
  | { readonly type: 'setIncome'; readonly income: string; readonly monthly?: Cents; readonly active?: boolean }
  | { readonly type: 'setBill'; readonly bill: string; readonly monthly?: Cents; readonly active?: boolean }
  | {
      readonly type: 'book';
      readonly kind: LedgerKind;
      readonly from: PayerId;
      readonly to: PartyId;
      readonly amount: Cents;
      readonly price?: PriceRef;
    }
  | { readonly type: 'startIntervention'; readonly intervention: string }
  | { readonly type: 'stopIntervention'; readonly intervention: string }
  | { readonly type: 'sellAsset'; readonly asset: string; readonly to: PayerId }
  | { readonly type: 'payDebt'; readonly debt: string; readonly by: PayerId }
  | { readonly type: 'payArrears'; readonly bill: string; readonly by: PayerId }
  | { readonly type: 'endCase'; readonly epilogue?: string }
  | { readonly type: 'message'; readonly text: LocalText };

export type MemberRole = 'parent' | 'child' | 'young-adult' | 'adult';

export interface MemberDef {
  readonly id: string;
  readonly name: string;
  readonly role: MemberRole;
  readonly birthDate: CalendarDate;
  readonly zrm: ZrmProfile;
  readonly story?: LocalText;
  readonly avatar?: 'father' | 'mother' | 'boy' | 'girl' | 'young-adult';
}

export type IncomeKind = 'wage' | 'benefit' | 'toeslag' | 'other';

export interface IncomeDef {
  readonly id: string;
  readonly label: LocalText;
  readonly kind: IncomeKind;
  readonly payer: PayerId;
  readonly member?: string;
  readonly monthly: Cents;
  readonly active: boolean;
}

export interface BillDef {
  readonly id: string;
  readonly label: LocalText;
  /** Who is owed; for the household's own living costs, the household itself. */
  readonly payee: PayerId;
  readonly monthly: Cents;
  /** Lower is paid first when money runs short. */
  readonly priority: number;
  readonly active: boolean;
  /** Repayments and own contributions move money between payers and are booked; rent paid on time is private life. */
  readonly booked: boolean;
  /** Unpaid at the start of the case. */
  readonly arrears: Cents;
}

export interface AssetDef {
  readonly id: string;
  readonly kind: 'car' | 'other';
  readonly label: LocalText;
  readonly value: Cents;
}

export type PriceUnit = 'hour' | 'day' | 'week' | 'month' | 'contact' | 'once' | 'traject' | 'year' | 'km';

export interface TimedEffect {
  readonly afterMonths: number;
  readonly effects: readonly Effect[];
}

export interface BreakthroughDef {
  /** The rule this option bends, with its legal ground. */
  readonly bends: LocalText;
  readonly law: string;
  readonly approvalMonths: number;
  /** Chance (0-1) that the request is refused. */
  readonly refusalChance: number;
}

export interface InterventionDef {
  readonly id: string;
  readonly label: LocalText;
  readonly description: LocalText;
  readonly payer: PayerId;
  readonly kind: LedgerKind;
  /** Receiver: a provider for costs; a payer for transfers (e.g. arrears paid to the landlord). */
  readonly to: PartyId;
  readonly unit: PriceUnit;
  readonly price: Cents;
  readonly priceRef: PriceRef;
  /** Units per month; for 'once' and 'traject' the number of units booked at the start. */
  readonly dosage: number;
  /** Months it runs; undefined runs until stopped or the case ends. */
  readonly durationMonths?: number;
  readonly waitingMonths: number;
  readonly wijkteamHours: number;
  /** Household's own contribution per month while it runs (booked to the given payer). */
  readonly ownContribution?: { readonly monthly: Cents; readonly to: PayerId };
  readonly available?: Condition;
  readonly onStart: readonly Effect[];
  readonly timed: readonly TimedEffect[];
  readonly onEnd: readonly Effect[];
  readonly breakthrough?: BreakthroughDef;
  /** Started by rules, never chosen by the trainee (e.g. the taxi the gemeente must arrange). */
  readonly automatic: boolean;
  readonly excludes: readonly string[];
  /** What the canvas draws while it runs, if anything. */
  readonly prop?: PropKind;
}

/** Things the neighbourhood can draw for a running intervention or an asset. */
export const PROP_KINDS = ['taxi', 'bike', 'car', 'room', 'shelter', 'care'] as const;
export type PropKind = (typeof PROP_KINDS)[number];

/** Where the canvas can draw the household sleeping other than at home, while a case's flag is set. */
export const DWELLING_KINDS = ['room', 'shelter', 'couch', 'street', 'tent'] as const;
export type DwellingKind = (typeof DWELLING_KINDS)[number];

export interface RuleDef {
  readonly id: string;
  readonly when: Condition;
  readonly then: readonly Effect[];
  /** Fires once (default) or every month the condition holds. */
  readonly repeat: boolean;
  readonly law?: string;
}

export interface EventDef {
  readonly id: string;
  readonly when: Condition;
  /** Chance per month (0-1) while the condition holds. */
  readonly chance: number;
  readonly repeat: boolean;
  readonly effects: readonly Effect[];
  readonly message: LocalText;
}

export interface DecisionOption {
  readonly id: string;
  readonly label: LocalText;
  readonly effects: readonly Effect[];
}

export interface EpilogueDef {
  readonly id: string;
  readonly when?: Condition;
  readonly text: LocalText;
}

export interface DecisionPointDef {
  readonly id: string;
  readonly prompt: LocalText;
  readonly when: Condition;
  readonly options: readonly DecisionOption[];
  /** Applied when a route makes no choice: what the system does by itself. */
  readonly defaultOption: string;
}

/**
 * One use of a rule template with its parameters. The scenario layer pairs each
 * template with its own parameter type when it compiles them; `buildScenario`
 * binds them the same way.
 */
export interface TemplateInstance<K extends TemplateId = TemplateId> {
  readonly id: string;
  readonly template: K;
  readonly params: TemplateParams[K];
}

/** The narrative a case tells: shown to players, never read by the rules. */
export interface ScenarioText {
  readonly summary: LocalText;
  readonly householdName: string;
  readonly story: LocalText;
  readonly goal: LocalText;
  readonly facilitation?: LocalText;
  readonly lesson?: LocalText;
  readonly learningGoals: readonly LocalText[];
  readonly assumptions: readonly LocalText[];
  readonly debrief: readonly { readonly id: string; readonly question: LocalText; readonly goodAnswer?: LocalText }[];
  /** The trainer's pause point at each decision point that has one: the question to ask and what a good answer contains. */
  readonly pauses: readonly { readonly point: string; readonly question: LocalText; readonly goodAnswer: LocalText }[];
}

/**
 * A scenario as data, after compilation: all money in cents, all dates parsed, all
 * references resolved. Plain and cloneable, so it can be stored by the build and
 * posted to a worker; `buildScenario` turns it into the runtime `Scenario`.
 */
export interface ScenarioDef {
  readonly id: string;
  readonly version: number;
  readonly title: LocalText;
  readonly start: CalendarDate;
  readonly months: number;
  readonly checkpoints: readonly number[];
  readonly wijkteamHoursPerMonth: number;
  readonly zrmThreshold: number;
  readonly members: readonly MemberDef[];
  readonly incomes: readonly IncomeDef[];
  readonly bills: readonly BillDef[];
  readonly debts: readonly DebtDef[];
  readonly assets: readonly AssetDef[];
  readonly flags: readonly string[];
  readonly cash: Cents;
  readonly interventions: readonly InterventionDef[];
  readonly templates: readonly TemplateInstance[];
  readonly rules: readonly RuleDef[];
  readonly events: readonly EventDef[];
  readonly decisionPoints: readonly DecisionPointDef[];
  readonly routes: { readonly system: Route; readonly breakthrough: Route };
  /** Endings for the household: the first whose condition holds at the end is told. */
  readonly epilogues: readonly EpilogueDef[];
  /** Payer whose consulent the trainee plays in own-budget mode. */
  readonly ownBudget?: { readonly payer: PayerId; readonly target: Cents };
  /** The case's own flags that say where the household sleeps, for the canvas (e.g. kamer → room). */
  readonly dwellings?: Readonly<Record<string, DwellingKind>>;
  readonly text: ScenarioText;
}

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];

/**
 * A definition with every optional field present, undefined when absent. The runtime
 * scenario builds its objects this way, each kind with one literal, so that all
 * objects of a kind share one shape and the month step's property reads stay
 * monomorphic (objects of many shapes made those reads several times slower).
 */
export type Filled<T> = Omit<T, OptionalKeys<T>> & { readonly [K in OptionalKeys<T>]-?: Exclude<T[K], undefined> | undefined };

/** A compiled condition: true when it holds for the state in the given case month. */
export type Predicate = (state: SimState, month: number) => boolean;

export interface Intervention extends Filled<Omit<InterventionDef, 'available'>> {
  readonly available: Predicate | undefined;
  /** Its position in the scenario's interventions. */
  readonly slot: number;
  /** The payer's and the receiver's positions in PAYER_IDS (-1 for the provider), and the own contribution's receiver's. */
  readonly payerSlot: number;
  readonly toSlot: number;
  readonly contributionSlot: number;
  /** What it books in a month of service: for 'once' and 'traject' only in its first month (`oneOff`). */
  readonly monthAmount: Cents;
  readonly oneOff: boolean;
  readonly cause: Cause;
  /** The months after its start at which timed effects apply, ascending and each once. */
  readonly timedMonths: readonly number[];
}

export interface Rule extends Filled<Omit<RuleDef, 'when'>> {
  readonly when: Predicate;
  /** The key under which a one-off rule is remembered as fired, and its slot. */
  readonly key: string;
  readonly slot: number;
  readonly cause: Cause;
}

export interface CaseEventRule extends Omit<EventDef, 'when'> {
  readonly when: Predicate;
  readonly key: string;
  readonly slot: number;
  readonly cause: Cause;
}

export interface DecisionPoint extends Omit<DecisionPointDef, 'when'> {
  readonly when: Predicate;
  readonly key: string;
  readonly slot: number;
  readonly optionById: ReadonlyMap<string, DecisionOption>;
}

export interface Epilogue {
  readonly id: string;
  readonly when?: Predicate;
  readonly text: LocalText;
}

/** A template instance bound to its implementation, run once per month in its phase. */
export interface BoundTemplate {
  readonly id: string;
  readonly template: TemplateId;
  readonly phase: TemplatePhase;
  readonly run: (ctx: StepContext) => void;
}

/**
 * Numbers for the flags, assets and one-off keys the rules read, so the state can
 * hold them as bits. Slots are handed out while the scenario is built (a condition or
 * a template asks for the ones it reads); a month step only looks them up, and a flag
 * without a slot is one nothing reads, kept in the state's list alone.
 */
export interface StateSlots {
  /** The slot of a flag, asset or one-off key, numbered when first asked: for building only. */
  flag(name: string): number;
  asset(id: string): number;
  fired(key: string): number;
  /** The slot of a template's private number in the state's marks (a numbering of its own). */
  mark(key: string): number;
  /** Lookups that never number anything: for the month step. */
  readonly flags: ReadonlyMap<string, number>;
  readonly assets: ReadonlyMap<string, number>;
  readonly fireds: ReadonlyMap<string, number>;
  /** How many slots there are, and how many mark slots. */
  readonly count: number;
  readonly markCount: number;
}

/** Lookups built once per scenario, so a month step never searches by id. */
export interface ScenarioIndex {
  readonly interventions: ReadonlyMap<string, Intervention>;
  /** Interventions' positions by id. */
  readonly interventionIndex: ReadonlyMap<string, number>;
  /** Per member (by position), the ZRM domains scored at the start: effects change scores, never add domains. */
  readonly scoredDomains: readonly (readonly ZrmDomain[])[];
  /** How many member-domain scores there are in all: the divisor of the mean. */
  readonly scoredCount: number;
  /** The sum of every member's scores at the start. */
  readonly zrmSumAtStart: number;
  readonly members: ReadonlyMap<string, MemberDef>;
  readonly memberIndex: ReadonlyMap<string, number>;
  /** The members by position. */
  readonly memberDefs: readonly MemberDef[];
  /** Per member (by position), the age in full years at the end of each case month from 0 to the last one and one more. */
  readonly ages: readonly (readonly number[])[];
  readonly billIndex: ReadonlyMap<string, number>;
  readonly incomeIndex: ReadonlyMap<string, number>;
  readonly assets: ReadonlyMap<string, AssetDef>;
  readonly decisionPoints: ReadonlyMap<string, DecisionPoint>;
  readonly epilogues: ReadonlyMap<string, Epilogue>;
  readonly startMonthIndex: number;
  readonly slots: StateSlots;
  /** The case's length in months: tables indexed by month run from 0 to this. */
  readonly months: number;
}

/**
 * A scenario as the core runs it: the definition with its lookups, bill order,
 * compiled conditions and bound templates, built once by `buildScenario`.
 */
export interface Scenario extends Omit<
  ScenarioDef,
  'interventions' | 'rules' | 'events' | 'decisionPoints' | 'epilogues' | 'templates' | 'incomes' | 'bills'
> {
  readonly def: ScenarioDef;
  readonly incomes: readonly Filled<IncomeDef>[];
  readonly bills: readonly BillDef[];
  readonly interventions: readonly Intervention[];
  readonly rules: readonly Rule[];
  readonly events: readonly CaseEventRule[];
  readonly decisionPoints: readonly DecisionPoint[];
  readonly epilogues: readonly Epilogue[];
  readonly templates: { readonly income: readonly BoundTemplate[]; readonly settle: readonly BoundTemplate[] };
  readonly index: ScenarioIndex;
  /** Bill indexes in the order they are paid when money runs short. */
  readonly billOrder: readonly number[];
  readonly incomeCauses: readonly Cause[];
  readonly billCauses: readonly Cause[];
  /** Per income, its payer's position in PAYER_IDS; per bill, its payee's. */
  readonly incomePayerSlots: readonly number[];
  readonly billPayeeSlots: readonly number[];
}

/** Settings that change how a case runs (not only what is shown). */
export interface CaseOptions {
  /**
   * Brede Geldstroom: the wijkteam manages one pooled budget, so a breakthrough paid
   * from a gemeente budget needs no approval and cannot be refused.
   */
  readonly pooledBudget: boolean;
  /**
   * Reference routes (the system and breakthrough routes shown beside a player's
   * result) have their approvals granted, so they show what the route does rather
   * than the luck of a session code; a player's own requests are decided by chance.
   */
  readonly approvalsGranted?: boolean;
}

export const DEFAULT_OPTIONS: CaseOptions = { pooledBudget: false };

export type Decision =
  | { readonly month: number; readonly type: 'start'; readonly intervention: string }
  | { readonly month: number; readonly type: 'stop'; readonly intervention: string }
  | { readonly month: number; readonly type: 'choose'; readonly point: string; readonly option: string };

export type Route = readonly Decision[];

export type CauseType = 'decision' | 'intervention' | 'rule' | 'template' | 'event' | 'income' | 'bill' | 'point';

export interface Cause {
  readonly type: CauseType;
  readonly id: string;
}

export interface LedgerEntry {
  readonly month: number;
  readonly from: PayerId;
  readonly to: PartyId;
  readonly amount: Cents;
  readonly kind: LedgerKind;
  readonly cause: Cause;
  /** The price and its source; undefined for amounts that come from the household's own figures. */
  readonly price?: PriceRef | undefined;
}

export interface DebtState {
  id: string;
  creditor: PayerId;
  label: LocalText;
  /** What is owed now, surcharges included. */
  amount: Cents;
  /** The original amount, before surcharges; the base for percentage increases. */
  original: Cents;
  sinceMonth: number;
  stage: number;
}

export interface MemberState {
  readonly id: string;
  zrm: ZrmProfile;
}

export interface RunningIntervention {
  readonly id: string;
  /** Its position in the scenario's interventions. */
  readonly slot: number;
  /** Month its services begin (after the waiting time). */
  readonly startMonth: number;
  readonly endMonth?: number | undefined;
  /** The next month a timed effect of it applies, if any: the month step looks no further. */
  readonly nextTimedMonth?: number | undefined;
  readonly cause: Cause;
}

export interface PendingApproval {
  readonly id: string;
  readonly requestedMonth: number;
  readonly decideMonth: number;
}

/** Notable things that happened, for the timeline and the announcements. */
export interface CaseEvent {
  readonly month: number;
  readonly type:
    | 'started'
    | 'stopped'
    | 'ended'
    | 'approved'
    | 'refused'
    | 'rule'
    | 'template'
    | 'event'
    | 'decisionRequired'
    | 'chosen'
    | 'arrears'
    | 'message'
    | 'caseEnded';
  readonly id: string;
  readonly detail?: string | undefined;
  readonly text?: LocalText | undefined;
}

/** The mutable-by-copy state of a case between months. */
export interface SimState {
  /** Months simulated so far; the next step simulates this month. */
  month: number;
  cash: Cents;
  members: MemberState[];
  incomes: { id: string; monthly: Cents; active: boolean }[];
  bills: { id: string; monthly: Cents; active: boolean; arrears: Cents; arrearsMonths: number }[];
  debts: DebtState[];
  assets: string[];
  flags: string[];
  running: RunningIntervention[];
  pending: PendingApproval[];
  /** Ids of rules, events, points and template steps that fired and do not repeat. */
  fired: string[];
  /** Decision points waiting for the trainee's choice. */
  awaiting: string[];
  /** The sum of every member's scores, kept by `setScore` so the monthly mean needs no walk over the profiles. */
  zrmSum: number;
  /** Shortfall on the household's own living costs this month. */
  shortfall: Cents;
  ended: boolean;
  epilogue?: string;
  /**
   * Template-private numbers (e.g. the month an eviction procedure started), by the
   * scenario's mark slots; NaN where nothing is marked.
   */
  marks: number[];
  /**
   * The flags, assets and one-off keys above as bits (1 when set, owned or fired),
   * by the scenario's slots, so that conditions and rules test a number each month.
   */
  bits: number[];
}

export interface MonthResult {
  readonly state: SimState;
  readonly entries: LedgerEntry[];
  readonly events: CaseEvent[];
}

export interface MonthSummary {
  readonly month: number;
  readonly cash: Cents;
  readonly debt: Cents;
  readonly arrears: Cents;
  readonly zrmMean: number;
}

export interface Totals {
  readonly costsByPayer: Partial<Record<PayerId, Cents>>;
  /** Net transfer paid per payer (paid minus received); sums to zero. */
  readonly transfersByPayer: Partial<Record<PayerId, Cents>>;
  readonly budgetImpactByPayer: Partial<Record<PayerId, Cents>>;
  readonly costsByGroup: Partial<Record<PayerGroup, Cents>>;
  readonly societyCost: Cents;
}

export interface CaseResult {
  readonly scenarioId: string;
  readonly seed: number;
  readonly route: Route;
  readonly ledger: readonly LedgerEntry[];
  readonly events: readonly CaseEvent[];
  readonly months: readonly MonthSummary[];
  readonly initial: SimState;
  readonly final: SimState;
  readonly totals: Totals;
  readonly zrmBefore: number;
  readonly zrmAfter: number;
  readonly lowDomainsBefore: number;
  readonly lowDomainsAfter: number;
  readonly debtBefore: Cents;
  readonly debtAfter: Cents;
}
