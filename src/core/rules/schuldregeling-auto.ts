import { getMark, isOn, note, setFlag, setMark, type StepContext } from '../context';
import { applyEffects } from '../effects';
import type { ScenarioIndex } from '../model';
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
export function bindSchuldregelingAuto(id: string, p: SchuldregelingAutoParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const carSlot = index.billIndex.get(p.carBill) ?? -1;
  const repaymentSlot = index.billIndex.get(p.repaymentBill) ?? -1;
  const soldFlag = `verkocht:${p.asset}`;
  const arrangementSlot = index.slots.flag(p.arrangementFlag);
  const allowanceSlot = index.slots.flag(p.allowanceFlag);
  const assetSlot = index.slots.asset(p.asset);
  const keyAllowance = index.slots.mark(`${id}:allowance`);
  const keySince = index.slots.mark(`${id}:since`);
  const cause = { type: 'template' as const, id };
  return (ctx) => {
    const { state, month } = ctx;
    if (!isOn(state, arrangementSlot) || !isOn(state, assetSlot)) return;
    const carBill = state.bills[carSlot];
    const repayment = state.bills[repaymentSlot];
    if (isOn(state, allowanceSlot)) {
      if (getMark(state, keyAllowance) === undefined && carBill && repayment) {
        setMark(state, keyAllowance, month);
        repayment.monthly = Math.max(0, repayment.monthly - carBill.monthly);
        note(ctx, 'template', id, 'car-in-vtlb');
      }
      return;
    }
    if (p.request !== undefined && state.pending.some((a) => a.id === p.request)) return;
    const since = getMark(state, keySince) ?? month;
    setMark(state, keySince, since);
    if (month < since + p.saleAfterMonths) return;
    applyEffects(ctx, [{ type: 'sellAsset', asset: p.asset, to: p.creditor }], cause);
    if (carBill) carBill.active = false;
    setFlag(ctx, soldFlag);
    note(ctx, 'template', id, 'car-sold');
  };
}
