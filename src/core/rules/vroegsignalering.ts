import { book, isOn, markFired, note, setFlag, type StepContext } from '../context';
import type { Cents } from '../money';
import type { Cause, PriceRef, ScenarioIndex } from '../model';

/**
 * Vroegsignalering (Wgs art. 3a, since 2021): the corporation, energy and water
 * companies and the health insurer report payment arrears to the gemeente, which
 * must then offer help; the outreach is the gemeente's cost.
 */
export interface VroegsignaleringParams {
  readonly bills: readonly string[];
  readonly afterMonths: number;
  readonly outreach: { readonly amount: Cents; readonly price: PriceRef };
}

export const VROEGSIGNALERING_LAW = 'Wgs art. 3a; Besluit gemeentelijke schuldhulpverlening';

/** Reports arrears once they reach the threshold, and books the outreach. */
export function bindVroegsignalering(id: string, p: VroegsignaleringParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const slots = p.bills.map((billId) => index.billIndex.get(billId) ?? -1);
  const cause: Cause = { type: 'template', id };
  const firedSlot = index.slots.fired(id);
  return (ctx) => {
    const { state } = ctx;
    if (isOn(state, firedSlot)) return;
    for (let i = 0; i < slots.length; i += 1) {
      const bill = state.bills[slots[i] ?? -1];
      const billId = p.bills[i] ?? '';
      if (bill && bill.arrearsMonths >= p.afterMonths) {
        markFired(state, id, firedSlot);
        setFlag(ctx, 'vroegsignaal');
        book(ctx, 'gemeente-schuldhulp', 'aanbieder', p.outreach.amount, 'cost', cause, p.outreach.price);
        note(ctx, 'template', id, billId);
        return;
      }
    }
  };
}
