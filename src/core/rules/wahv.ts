import { book, note, setFlag, setScore, type StepContext } from '../context';
import { percentOf, type Cents } from '../money';
import type { PriceRef } from '../model';

/**
 * Wahv traffic fine (CJIB): unpaid after the term, the first reminder raises the fine
 * by 50%; unpaid after the next term, the second reminder doubles the raised amount
 * (three times the original); then a dwangbevel, and ultimately gijzeling.
 */
export interface WahvParams {
  readonly debt: string;
  /** The payment term in months (8 weeks ≈ 2 months). */
  readonly termMonths: number;
  /** The CJIB's free reminder before the first increase (trial since 1 July 2026). */
  readonly freeReminder: boolean;
  /** The household pays the fine in full as soon as its cash allows. */
  readonly payWhenPossible: boolean;
  readonly gijzeling?: {
    readonly member: string;
    readonly afterMonths: number;
    readonly days: number;
    readonly dayPrice: Cents;
    readonly price: PriceRef;
  };
}

export const WAHV_LAW = 'Wahv art. 23 en 27; ECLI:NL:RBMNE:2025:4626';

/** One month of a Wahv fine's life. */
export function bindWahv(id: string, p: WahvParams): (ctx: StepContext) => void {
  const cause = { type: 'template' as const, id };
  return (ctx) => {
    const { state, month } = ctx;
    const debt = state.debts.find((d) => d.id === p.debt);
    if (!debt) return;
    if (p.payWhenPossible && state.cash >= debt.amount) {
      state.debts.splice(state.debts.indexOf(debt), 1);
      book(ctx, { from: 'huishouden', to: debt.creditor, amount: debt.amount, kind: 'transfer', cause });
      note(ctx, { type: 'template', id, detail: 'paid' });
      return;
    }
    const term = p.termMonths + (p.freeReminder ? p.termMonths : 0);
    const overdue = month + 1 - debt.sinceMonth;
    if (debt.stage === 0 && overdue >= term) {
      debt.stage = 1;
      debt.amount += percentOf(debt.original, 50);
      note(ctx, { type: 'template', id, detail: 'first-reminder' });
    } else if (debt.stage === 1 && overdue >= term + p.termMonths) {
      debt.stage = 2;
      debt.amount += debt.original + percentOf(debt.original, 50);
      note(ctx, { type: 'template', id, detail: 'second-reminder' });
    } else if (debt.stage === 2 && overdue >= term + 2 * p.termMonths) {
      debt.stage = 3;
      setFlag(state, `dwangbevel:${p.debt}`);
      note(ctx, { type: 'template', id, detail: 'dwangbevel' });
    } else if (debt.stage === 3 && p.gijzeling && overdue >= term + 2 * p.termMonths + p.gijzeling.afterMonths) {
      debt.stage = 4;
      setFlag(state, `gijzeling:${p.gijzeling.member}`);
      const member = state.members.find((m) => m.id === p.gijzeling?.member);
      if (member) setScore(state, member, 'justitie', 1);
      book(ctx, {
        from: 'justitie',
        to: 'aanbieder',
        amount: p.gijzeling.dayPrice * p.gijzeling.days,
        kind: 'cost',
        cause,
        price: p.gijzeling.price,
      });
      note(ctx, { type: 'template', id, detail: 'gijzeling' });
    }
  };
}
