import { book, note, setFlag, type StepContext } from '../context';
import type { Cents } from '../money';
import type { PriceRef } from '../model';

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
export function bindVroegsignalering(id: string, p: VroegsignaleringParams): (ctx: StepContext) => void {
  return (ctx) => {
    const { state } = ctx;
    if (state.fired.includes(id)) return;
    for (const billId of p.bills) {
      const bill = state.bills[ctx.index.billIndex.get(billId) ?? -1];
      if (bill && bill.arrearsMonths >= p.afterMonths) {
        state.fired.push(id);
        setFlag(state, 'vroegsignaal');
        book(ctx, {
          from: 'gemeente-schuldhulp',
          to: 'aanbieder',
          amount: p.outreach.amount,
          kind: 'cost',
          cause: { type: 'template', id },
          price: p.outreach.price,
        });
        note(ctx, { type: 'template', id, detail: billId });
        return;
      }
    }
  };
}
