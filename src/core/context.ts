import { addAtSlots, HOUSEHOLD_SLOT, payerSlot, type LedgerSums } from './ledger';
import type { Cents } from './money';
import type {
  CaseEvent,
  CaseOptions,
  Cause,
  Decision,
  LedgerEntry,
  LedgerKind,
  MemberState,
  PriceRef,
  Scenario,
  ScenarioIndex,
  SimState,
} from './model';
import type { LocalText, PartyId, PayerId } from './payers';
import { clampScore, type ZrmDomain } from './zrm';

/** Everything one month's step writes to, passed to rules, effects and templates. */
export interface StepContext {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  readonly seed: number;
  readonly month: number;
  readonly state: SimState;
  /** Where booked entries go; a search that only needs their sums leaves it out. */
  readonly entries: LedgerEntry[] | undefined;
  /** Where what happened goes, unless nobody reads it. */
  readonly events: CaseEvent[] | undefined;
  /** Sums kept as entries are booked, if the caller keeps them. */
  readonly sums: LedgerSums | undefined;
  readonly options: CaseOptions;
}

/**
 * A step context a run keeps from month to month: the month step sets its month,
 * and a caller may point it at another state, decisions or sums between steps, so
 * that a month allocates no context of its own.
 */
export interface Stepper {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  seed: number;
  month: number;
  state: SimState;
  decisions: readonly Decision[];
  entries: LedgerEntry[] | undefined;
  events: CaseEvent[] | undefined;
  sums: LedgerSums | undefined;
  options: CaseOptions;
}

/** A simulation that cannot go on: names the cause whose booking was impossible. */
export class SimulationError extends Error {
  constructor(
    message: string,
    readonly at: Cause,
  ) {
    super(message);
    this.name = 'SimulationError';
  }
}

/**
 * Books one ledger entry; zero amounts are skipped, negative ones are a bug. The
 * household's cash is its account, so entries from or to it move its cash too,
 * unless `moveCash` is false (no money leaves the account, e.g. an asset handed over).
 * The fields are arguments rather than one object, because it runs for every entry.
 */
export function book(
  ctx: StepContext,
  from: PayerId,
  to: PartyId,
  amount: Cents,
  kind: LedgerKind,
  cause: Cause,
  price?: PriceRef,
  moveCash = true,
): void {
  bookAt(ctx, from, -2, to, -2, amount, kind, cause, price, moveCash);
}

/**
 * `book` for callers that know the payers' positions in PAYER_IDS (-1 for the
 * provider, -2 for "look it up"): the month step's own bookings of incomes,
 * interventions and bills, which run every month.
 */
export function bookAt(
  ctx: StepContext,
  from: PayerId,
  fromSlot: number,
  to: PartyId,
  toSlot: number,
  amount: Cents,
  kind: LedgerKind,
  cause: Cause,
  price?: PriceRef,
  moveCash = true,
): void {
  if (amount === 0) return;
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new SimulationError(`ledger amounts are positive whole cents, got ${amount} for ${cause.id}`, cause);
  }
  // Payers compared by their positions, not their names: this runs for every entry.
  const f = fromSlot === -2 ? payerSlot(from) : fromSlot;
  const t = toSlot === -2 ? payerSlot(to) : toSlot;
  if (f === t) return;
  if (moveCash) {
    if (f === HOUSEHOLD_SLOT) ctx.state.cash -= amount;
    else if (t === HOUSEHOLD_SLOT) ctx.state.cash += amount;
  }
  if (ctx.sums) addAtSlots(ctx.sums, f, t, amount, kind);
  // One object shape for every entry keeps the hot path monomorphic.
  if (ctx.entries) ctx.entries.push({ month: ctx.month, from, to, amount, kind, cause, price });
}

/** Records something that happened this month. */
export function note(ctx: StepContext, type: CaseEvent['type'], id: string, detail?: string, text?: LocalText): void {
  if (ctx.events) ctx.events.push({ month: ctx.month, type, id, detail, text });
}

/** Sets a member's score in a domain it is scored on (kept within 1-5), and keeps the state's sum in step. */
export function setScore(state: SimState, member: MemberState, domain: ZrmDomain, value: number): void {
  const old = member.zrm[domain];
  if (old === undefined) return;
  const score = clampScore(value);
  member.zrm[domain] = score;
  state.zrmSum += score - old;
}

/** Sets a flag once. */
export function setFlag(ctx: StepContext, flag: string): void {
  const { state } = ctx;
  if (state.flags.includes(flag)) return;
  state.flags.push(flag);
  const slot = ctx.index.slots.flags.get(flag);
  if (slot !== undefined) state.bits[slot] = 1;
}

/** Clears a flag if set. */
export function clearFlag(ctx: StepContext, flag: string): void {
  const { state } = ctx;
  const at = state.flags.indexOf(flag);
  if (at < 0) return;
  state.flags.splice(at, 1);
  const slot = ctx.index.slots.flags.get(flag);
  if (slot !== undefined) state.bits[slot] = 0;
}

/** True when the flag, asset or one-off key with this slot is set, owned or fired. */
export function isOn(state: SimState, slot: number): boolean {
  return state.bits[slot] === 1;
}

/** A template's private number at a mark slot, or undefined when nothing is marked there. */
export function getMark(state: SimState, slot: number): number | undefined {
  const value = state.marks[slot];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

/** Marks a template's private number. */
export function setMark(state: SimState, slot: number, value: number): void {
  state.marks[slot] = value;
}

/** Clears a template's private number. */
export function clearMark(state: SimState, slot: number): void {
  state.marks[slot] = NaN;
}

/** Remembers that a one-off rule, event, point or template step fired. */
export function markFired(state: SimState, key: string, slot: number): void {
  state.fired.push(key);
  state.bits[slot] = 1;
}
