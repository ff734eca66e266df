import type { Cents } from './money';
import type {
  CaseEvent,
  CaseOptions,
  Cause,
  LedgerEntry,
  LedgerKind,
  MemberState,
  PriceRef,
  Scenario,
  ScenarioIndex,
  SimState,
} from './model';
import type { PartyId, PayerId } from './payers';
import { clampScore, type ZrmDomain } from './zrm';

/** Everything one month's step writes to, passed to rules, effects and templates. */
export interface StepContext {
  readonly scenario: Scenario;
  readonly index: ScenarioIndex;
  readonly seed: number;
  readonly month: number;
  readonly state: SimState;
  readonly entries: LedgerEntry[];
  readonly events: CaseEvent[];
  readonly options: CaseOptions;
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
 * household's cash is its account, so entries from or to it move its cash too.
 */
export function book(
  ctx: StepContext,
  entry: {
    from: PayerId;
    to: PartyId;
    amount: Cents;
    kind: LedgerKind;
    cause: Cause;
    price?: PriceRef | undefined;
    /** False when no money leaves the household's account (e.g. an asset handed over). */
    moveCash?: boolean;
  },
): void {
  if (entry.amount === 0) return;
  if (!Number.isSafeInteger(entry.amount) || entry.amount < 0) {
    throw new SimulationError(`ledger amounts are positive whole cents, got ${entry.amount} for ${entry.cause.id}`, entry.cause);
  }
  if (entry.from === entry.to) return;
  if (entry.moveCash !== false) {
    if (entry.from === 'huishouden') ctx.state.cash -= entry.amount;
    if (entry.to === 'huishouden') ctx.state.cash += entry.amount;
  }
  // One object shape for every entry keeps the hot path monomorphic.
  ctx.entries.push({
    month: ctx.month,
    from: entry.from,
    to: entry.to,
    amount: entry.amount,
    kind: entry.kind,
    cause: entry.cause,
    price: entry.price,
  });
}

/** Records something that happened this month. */
export function note(ctx: StepContext, event: Omit<CaseEvent, 'month'>): void {
  ctx.events.push({ month: ctx.month, type: event.type, id: event.id, detail: event.detail, text: event.text });
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
export function setFlag(state: SimState, flag: string): void {
  if (!state.flags.includes(flag)) state.flags.push(flag);
}

/** Clears a flag if set. */
export function clearFlag(state: SimState, flag: string): void {
  const at = state.flags.indexOf(flag);
  if (at >= 0) state.flags.splice(at, 1);
}
