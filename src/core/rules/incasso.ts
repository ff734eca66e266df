import { payInFullWhenPossible } from '../effects';
import { book, getMark, isOn, note, setFlag, setMark, type StepContext } from '../context';
import { divideRounded, type Cents } from '../money';
import type { Cause, DebtState, PriceRef, ScenarioIndex } from '../model';

/**
 * A civil claim in collection (a company's or a carrier's claim, not a Wahv fine): no
 * increases by law and no dwangbevel. Unpaid, the creditor first sends a free
 * reminder giving fourteen days (BW 6:96 lid 6); after that it may add the
 * buitengerechtelijke incassokosten (Besluit vergoeding voor buitengerechtelijke
 * incassokosten art. 2: 15% of the first € 2,500 and less above, at least € 40, at
 * most € 6,775), or the fixed costs a law sets for the claim. Then it may summon the
 * household: a bailiff serves the summons and later the judgment (Btag art. 2), work
 * the creditor pays for and the household owes back with the claim.
 */
export interface IncassoParams {
  readonly debt: string;
  /** Months the claim stays unpaid before the fourteen-day letter. */
  readonly letterAfterMonths: number;
  /** Collection costs a law fixes for this claim (e.g. an OV-toeslag); undefined: the scale of the Besluit. */
  readonly fixedCosts?: Cents | undefined;
  /** The household pays the claim in full as soon as its cash allows. */
  readonly payWhenPossible: boolean;
  /** The creditor takes the claim to the kantonrechter. */
  readonly dagvaarding?:
    | {
        /** Months after the collection costs before the summons. */
        readonly afterMonths: number;
        readonly summons: { readonly amount: Cents; readonly price: PriceRef };
        /** The griffierecht the creditor pays the court, awarded against the household. */
        readonly courtFee: Cents;
        /** The bailiff's service of the judgment, a month after the summons. */
        readonly judgment: { readonly amount: Cents; readonly price: PriceRef };
      }
    | undefined;
}

export const INCASSO_LAW =
  'BW 6:96 lid 2 en 6; Besluit vergoeding voor buitengerechtelijke incassokosten art. 2 (Stb. 2012, 141); Btag art. 2; Wgbz (griffierecht)';

/** The bands of the Besluit's scale: up to this much of the principal, this many per mille. */
const WIK_BANDS: readonly (readonly [Cents, number])[] = [
  [250000, 150],
  [250000, 100],
  [500000, 50],
  [19000000, 10],
];

/** Buitengerechtelijke incassokosten for a principal (Besluit art. 2 lid 1-2): the scale, at least € 40, at most € 6,775. */
export function wikCosts(principal: Cents): Cents {
  let left = principal;
  let perMille = 0;
  for (const [band, rate] of WIK_BANDS) {
    const part = Math.min(left, band);
    perMille += part * rate;
    left -= part;
  }
  perMille += left * 5;
  return Math.min(677500, Math.max(4000, divideRounded(perMille, 1000)));
}

/** One month of a claim in collection. */
export function bindIncasso(id: string, p: IncassoParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const cause: Cause = { type: 'template', id };
  const keyLetter = index.slots.mark(`${id}:letter`);
  const keyCosts = index.slots.mark(`${id}:costs`);
  const keySummons = index.slots.mark(`${id}:summons`);
  const flagCosts = `incasso:${p.debt}`;
  const flagSummons = `dagvaarding:${p.debt}`;
  const flagJudgment = `vonnis:${p.debt}`;
  const judgmentSlot = index.slots.flag(flagJudgment);
  return (ctx) => {
    const { state, month } = ctx;
    const debt = state.debts.find((d) => d.id === p.debt);
    if (!debt) return;
    if (p.payWhenPossible && payInFullWhenPossible(ctx, debt, id, cause)) return;
    const letter = getMark(state, keyLetter);
    const costs = getMark(state, keyCosts);
    const summons = getMark(state, keySummons);
    if (letter === undefined) {
      if (month + 1 - debt.sinceMonth >= p.letterAfterMonths) {
        setMark(state, keyLetter, month);
        note(ctx, 'template', id, 'fourteen-day-letter');
      }
      return;
    }
    if (costs === undefined) {
      // Fourteen days after the letter: the next month.
      if (month > letter) {
        setMark(state, keyCosts, month);
        debt.amount += p.fixedCosts ?? wikCosts(debt.amount);
        setFlag(ctx, flagCosts);
        note(ctx, 'template', id, 'collection-costs');
      }
      return;
    }
    const court = p.dagvaarding;
    if (!court) return;
    if (summons === undefined) {
      if (month >= costs + court.afterMonths) {
        setMark(state, keySummons, month);
        bailiff(ctx, debt, court.summons, cause);
        if (court.courtFee > 0) {
          book(ctx, debt.creditor, 'justitie', court.courtFee, 'transfer', cause);
          debt.amount += court.courtFee;
        }
        setFlag(ctx, flagSummons);
        note(ctx, 'template', id, 'summons');
      }
      return;
    }
    if (month > summons && !isOn(state, judgmentSlot)) {
      bailiff(ctx, debt, court.judgment, cause);
      setFlag(ctx, flagJudgment);
      note(ctx, 'template', id, 'judgment');
    }
  };
}

/** The bailiff's act: the creditor pays the bailiff (a cost), and the household owes it back with the claim. */
function bailiff(ctx: StepContext, debt: DebtState, act: { readonly amount: Cents; readonly price: PriceRef }, cause: Cause): void {
  if (act.amount <= 0) return;
  book(ctx, debt.creditor, 'aanbieder', act.amount, 'cost', cause, act.price);
  debt.amount += act.amount;
}
