import { payInFullWhenPossible } from '../effects';
import { book, clearFlag, clearMark, getMark, isOn, note, setFlag, setMark, setScore, type StepContext } from '../context';
import { percentOf, type Cents } from '../money';
import type { PriceRef, ScenarioIndex } from '../model';

/**
 * Wahv traffic fine (CJIB): unpaid after the term, the first reminder raises the fine
 * by 50%; unpaid after the next term, the second reminder doubles the raised amount
 * (three times the original, Wahv art. 23); then a dwangbevel that a bailiff serves
 * (art. 26), and ultimately gijzeling, but only when the officier van justitie asks
 * for it and the kantonrechter gives leave (art. 28). While a betalingsregeling with
 * the CJIB runs, the fine does not rise and no dwangbevel follows: the household pays
 * a term each month (Beleidsregels betalingsregelingen Rijk 2024).
 */
export interface WahvParams {
  readonly debt: string;
  /** The payment term in months (8 weeks ≈ 2 months). */
  readonly termMonths: number;
  /** The CJIB's free reminder before the first increase (trial from 1 July 2026, for a year and a half). */
  readonly freeReminder: boolean;
  /** The household pays the fine in full as soon as its cash allows. */
  readonly payWhenPossible: boolean;
  /** Flag meaning the household asked the CJIB for a betalingsregeling. */
  readonly paymentPlanFlag: string;
  /** The bailiff's service of the dwangbevel (Btag): the CJIB's cost, recovered from the household with the fine. */
  readonly dwangbevel?: { readonly amount: Cents; readonly price: PriceRef } | undefined;
  readonly gijzeling?:
    | {
        readonly member: string;
        readonly afterMonths: number;
        readonly days: number;
        readonly dayPrice: Cents;
        readonly price: PriceRef;
        /** Flag meaning the officier asked and the kantonrechter gave leave (Wahv art. 28 lid 1-2). */
        readonly leaveFlag: string;
      }
    | undefined;
}

export const WAHV_LAW = 'Wahv art. 23, 26 en 28; Beleidsregels betalingsregelingen Rijk 2024 (Stcrt. 2023, 30505); ECLI:NL:RBMNE:2025:4626';

/** The least outstanding amount the CJIB agrees a betalingsregeling for (since 1 January 2019). */
export const CJIB_PLAN_MINIMUM: Cents = 7500;

/** The CJIB's standard plan: months to pay in, by the amount outstanding when it is asked for (below the amount, that many months). */
const CJIB_PLAN_MONTHS: readonly (readonly [Cents, number])[] = [
  [12000, 3],
  [30000, 6],
  [45000, 9],
  [125000, 12],
  [200000, 18],
  [300000, 24],
  [400000, 30],
];

/** The months of the CJIB's standard betalingsregeling for an outstanding amount (cjib.nl, "Betalingsregeling aanvragen"). */
export function cjibPlanMonths(outstanding: Cents): number {
  for (const [below, months] of CJIB_PLAN_MONTHS) if (outstanding < below) return months;
  return 36;
}

/** The monthly term of a CJIB standard plan for an outstanding amount, rounded up to the cent; the last term pays what is left. */
export function cjibPlanTerm(outstanding: Cents): Cents {
  return Math.ceil(outstanding / cjibPlanMonths(outstanding));
}

/** One month of a Wahv fine's life. */
export function bindWahv(id: string, p: WahvParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const cause = { type: 'template' as const, id };
  const keyPlan = index.slots.mark(`${id}:plan`);
  const keyTerm = index.slots.mark(`${id}:plan-term`);
  const keyPaused = index.slots.mark(`${id}:paused`);
  const keyRefused = index.slots.mark(`${id}:plan-refused`);
  const firstTerm = p.termMonths + (p.freeReminder ? p.termMonths : 0);
  const planSlot = index.slots.flag(p.paymentPlanFlag);
  const leaveSlot = p.gijzeling ? index.slots.flag(p.gijzeling.leaveFlag) : -1;
  return (ctx) => {
    const { state, month } = ctx;
    const debt = state.debts.find((d) => d.id === p.debt);
    if (!debt) return;
    if (p.payWhenPossible && payInFullWhenPossible(ctx, debt, id, cause)) return;
    if (isOn(state, planSlot) && debt.stage < 4) {
      if (getMark(state, keyPlan) === undefined) {
        if (debt.amount >= CJIB_PLAN_MINIMUM) {
          setMark(state, keyPlan, month);
          setMark(state, keyTerm, cjibPlanTerm(debt.amount));
          note(ctx, 'template', id, 'payment-plan');
        } else if (getMark(state, keyRefused) === undefined) {
          setMark(state, keyRefused, month);
          note(ctx, 'template', id, 'payment-plan-refused');
        }
      }
      const term = getMark(state, keyTerm);
      if (getMark(state, keyPlan) !== undefined && term !== undefined) {
        // The months the plan runs do not count towards the next increase.
        setMark(state, keyPaused, (getMark(state, keyPaused) ?? 0) + 1);
        const amount = Math.min(term, debt.amount);
        if (state.cash < amount) {
          // A term not paid ends the plan; the fine goes on from where it stood.
          clearMark(state, keyPlan);
          clearMark(state, keyTerm);
          clearFlag(ctx, p.paymentPlanFlag);
          note(ctx, 'template', id, 'payment-plan-lapsed');
          return;
        }
        book(ctx, 'huishouden', debt.creditor, amount, 'transfer', cause);
        debt.amount -= amount;
        if (debt.amount === 0) {
          state.debts.splice(state.debts.indexOf(debt), 1);
          clearMark(state, keyPlan);
          clearMark(state, keyTerm);
          note(ctx, 'template', id, 'paid');
        }
        return;
      }
    }
    const overdue = month + 1 - debt.sinceMonth - (getMark(state, keyPaused) ?? 0);
    if (debt.stage === 0 && overdue >= firstTerm) {
      debt.stage = 1;
      debt.amount += percentOf(debt.original, 50);
      note(ctx, 'template', id, 'first-reminder');
    } else if (debt.stage === 1 && overdue >= firstTerm + p.termMonths) {
      debt.stage = 2;
      debt.amount += debt.original + percentOf(debt.original, 50);
      note(ctx, 'template', id, 'second-reminder');
    } else if (debt.stage === 2 && overdue >= firstTerm + 2 * p.termMonths) {
      debt.stage = 3;
      setFlag(ctx, `dwangbevel:${p.debt}`);
      if (p.dwangbevel && p.dwangbevel.amount > 0) {
        // The bailiff's work is used up once (the CJIB's cost); the household owes it back with the fine.
        book(ctx, 'cjib', 'aanbieder', p.dwangbevel.amount, 'cost', cause, p.dwangbevel.price);
        debt.amount += p.dwangbevel.amount;
      }
      note(ctx, 'template', id, 'dwangbevel');
    } else if (
      debt.stage === 3 &&
      p.gijzeling &&
      overdue >= firstTerm + 2 * p.termMonths + p.gijzeling.afterMonths &&
      isOn(state, leaveSlot)
    ) {
      debt.stage = 4;
      setFlag(ctx, `gijzeling:${p.gijzeling.member}`);
      const member = state.members.find((m) => m.id === p.gijzeling?.member);
      if (member) setScore(state, member, 'justitie', 1);
      book(ctx, 'justitie', 'aanbieder', p.gijzeling.dayPrice * p.gijzeling.days, 'cost', cause, p.gijzeling.price);
      // Gijzeling does not cancel the fine (Wahv art. 28 lid 4): the debt stays.
      note(ctx, 'template', id, 'gijzeling');
    }
  };
}
