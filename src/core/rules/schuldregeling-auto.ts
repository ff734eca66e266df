import { note, setFlag, type StepContext } from '../context';
import { applyEffects } from '../effects';
import type { PayerId } from '../payers';

/**
 * In a schuldregeling the car counts as an asset for the creditors and its running
 * costs do not fit in the vrij te laten bedrag, so the standard route sells it. With
 * the exception granted (VTLB report 2024 §5.5: a car needed for work or care), the
 * car stays and its costs come out of what is paid off each month.
 */
export interface SchuldregelingAutoParams {
  readonly asset: string;
  readonly carBill: string;
  readonly repaymentBill: string;
  readonly creditor: PayerId;
  /** Flag meaning the household is in the schuldregeling. */
  readonly arrangementFlag: string;
  /** Flag meaning the car's costs were accepted in the VTLB. */
  readonly allowanceFlag: string;
  /** Breakthrough intervention whose pending approval holds the sale. */
  readonly request?: string | undefined;
  readonly saleAfterMonths: number;
}

export const SCHULDREGELING_AUTO_LAW = 'Wgs; Recofa-richtlijnen; VTLB-rapport 2024 §5.5 (kosten auto en vervoer)';

/** Sells the car or, with the exception granted, lowers the repayment by its costs. */
export function bindSchuldregelingAuto(id: string, p: SchuldregelingAutoParams): (ctx: StepContext) => void {
  const keyAllowance = `${id}:allowance`;
  const keySince = `${id}:since`;
  const cause = { type: 'template' as const, id };
  return (ctx) => {
    const { state, month } = ctx;
    if (!state.flags.includes(p.arrangementFlag) || !state.assets.includes(p.asset)) return;
    const carBill = state.bills[ctx.index.billIndex.get(p.carBill) ?? -1];
    const repayment = state.bills[ctx.index.billIndex.get(p.repaymentBill) ?? -1];
    if (state.flags.includes(p.allowanceFlag)) {
      if (state.marks[keyAllowance] === undefined && carBill && repayment) {
        state.marks[keyAllowance] = month;
        repayment.monthly = Math.max(0, repayment.monthly - carBill.monthly);
        note(ctx, { type: 'template', id, detail: 'car-in-vtlb' });
      }
      return;
    }
    if (p.request !== undefined && state.pending.some((a) => a.id === p.request)) return;
    const since = state.marks[keySince] ?? month;
    state.marks[keySince] = since;
    if (month < since + p.saleAfterMonths) return;
    applyEffects(ctx, [{ type: 'sellAsset', asset: p.asset, to: p.creditor }], cause);
    if (carBill) carBill.active = false;
    setFlag(state, `verkocht:${p.asset}`);
    note(ctx, { type: 'template', id, detail: 'car-sold' });
  };
}
