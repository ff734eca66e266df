import { book, clearFlag, clearMark, getMark, note, setFlag, setMark, setScore, type StepContext } from '../context';
import { applyEffects, startIntervention } from '../effects';
import type { Cents } from '../money';
import type { Cause, PriceRef, ScenarioIndex } from '../model';
import type { PayerId } from '../payers';

/**
 * Rent arrears to eviction: a reminder, an aanmaning, at three months of arrears a
 * summons served by a deurwaarder, then a ruling dissolving the lease and the eviction
 * (the landlord's own costs on the corporation, shelter on the Wmo). The bailiff's acts
 * (Btag) are work used up: a cost to the landlord who instructs the bailiff, which the
 * tenant then owes the landlord (a debt, a transfer when paid), so it is counted once.
 */
export interface EvictionParams {
  readonly bill: string;
  /** Months of arrears (the judges' guideline: three) before the landlord summons. */
  readonly summonsAtMonths: number;
  readonly rulingAfterMonths: number;
  readonly evictionAfterMonths: number;
  readonly deurwaarderSummons: { readonly amount: Cents; readonly price: PriceRef };
  readonly deurwaarderEviction: { readonly amount: Cents; readonly price: PriceRef };
  readonly landlordCost: { readonly amount: Cents; readonly price: PriceRef };
  /** Intervention started on eviction (maatschappelijke opvang). */
  readonly shelter?: string | undefined;
}

export const EVICTION_LAW =
  'BW 7:231 (ontbinding huurovereenkomst); Rv art. 555 e.v.; Btag art. 2 (deurwaarderstarieven); kantonrechtersrichtlijn drie maanden';

/** One month of the eviction procedure's life. */
export function bindEviction(id: string, p: EvictionParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const at = index.billIndex.get(p.bill) ?? -1;
  const keyArrears = `${id}:arrears`;
  const keyDeurwaarder = `${id}:deurwaarder`;
  const keyEvicted = index.slots.mark(`${id}:evicted`);
  const keySummons = index.slots.mark(`${id}:summons`);
  const cause: Cause = { type: 'template', id };
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const bill = state.bills[at];
    const def = scenario.bills[at];
    if (!bill || !def || getMark(state, keyEvicted) !== undefined) return;
    const started = getMark(state, keySummons);
    if (started === undefined) {
      if (bill.arrearsMonths >= 1 && bill.arrearsMonths < p.summonsAtMonths) {
        note(ctx, 'template', id, bill.arrearsMonths === 1 ? 'reminder' : 'aanmaning');
      }
      if (bill.arrearsMonths >= p.summonsAtMonths) {
        setMark(state, keySummons, month);
        setFlag(ctx, 'ontruimingsprocedure');
        bookBailiff(ctx, def.payee, keyDeurwaarder, p.deurwaarderSummons, cause);
        note(ctx, 'template', id, 'summons');
      }
      return;
    }
    // Arrears back under the threshold: the judge does not dissolve, the landlord withdraws.
    if (bill.arrearsMonths < p.summonsAtMonths) {
      clearMark(state, keySummons);
      clearFlag(ctx, 'ontruimingsprocedure');
      clearFlag(ctx, 'vonnis-ontbinding');
      note(ctx, 'template', id, 'withdrawn');
      return;
    }
    if (month === started + p.rulingAfterMonths) {
      setFlag(ctx, 'vonnis-ontbinding');
      note(ctx, 'template', id, 'ruling');
    }
    if (month >= started + p.rulingAfterMonths + p.evictionAfterMonths) {
      setMark(state, keyEvicted, month);
      clearFlag(ctx, 'ontruimingsprocedure');
      setFlag(ctx, 'ontruimd');
      setFlag(ctx, 'dakloos');
      addTenantDebt(ctx, def.payee, keyArrears, bill.arrears);
      bookBailiff(ctx, def.payee, keyDeurwaarder, p.deurwaarderEviction, cause);
      bill.arrears = 0;
      bill.arrearsMonths = 0;
      bill.active = false;
      book(ctx, def.payee, 'aanbieder', p.landlordCost.amount, 'cost', cause, p.landlordCost.price);
      for (const member of state.members) {
        setScore(state, member, 'huisvesting', 1);
        if (member.zrm['geestelijke-gezondheid'] !== undefined) {
          setScore(state, member, 'geestelijke-gezondheid', member.zrm['geestelijke-gezondheid'] - 1);
        }
      }
      note(ctx, 'template', id, 'evicted');
      if (p.shelter) startIntervention(ctx, p.shelter, cause);
    }
  };
}

/** The bailiff's act: the landlord pays the bailiff (a cost), and the tenant owes the landlord for it. */
function bookBailiff(
  ctx: StepContext,
  landlord: PayerId,
  debtId: string,
  act: { readonly amount: Cents; readonly price: PriceRef },
  cause: Cause,
): void {
  if (act.amount <= 0) return;
  book(ctx, landlord, 'aanbieder', act.amount, 'cost', cause, act.price);
  addTenantDebt(ctx, landlord, debtId, act.amount);
}

function addTenantDebt(ctx: StepContext, creditor: PayerId, debtId: string, amount: Cents): void {
  if (amount <= 0) return;
  const label = { nl: 'Kosten huurachterstand en deurwaarder', en: 'Rent arrears and bailiff costs' };
  applyEffects(ctx, [{ type: 'addDebt', debt: { id: debtId, creditor, label, amount } }], { type: 'template', id: debtId });
}
