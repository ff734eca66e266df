import { getMark, isOn, note, setMark, type StepContext } from '../context';
import type { ScenarioIndex } from '../model';
import { percentOf } from '../money';

/**
 * Losing a job: the wage stops; WW from the UWV pays 75% of the wage for the first
 * two months and 70% after, for as long as the work history allows; then bijstand.
 * The wage stands in for the WW-dagloon, a simplification the scenario states.
 */
export interface WwBijstandParams {
  readonly triggerFlag: string;
  readonly wage: string;
  readonly ww: string;
  readonly bijstand: string;
  readonly wwMonths: number;
}

export const WW_LAW = 'WW art. 42 en 47; Participatiewet';

/** Moves the household from wage to WW to bijstand as the months pass. */
export function bindWwBijstand(id: string, p: WwBijstandParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const wageSlot = index.incomeIndex.get(p.wage) ?? -1;
  const wwSlot = index.incomeIndex.get(p.ww) ?? -1;
  const bijstandSlot = index.incomeIndex.get(p.bijstand) ?? -1;
  const triggerSlot = index.slots.flag(p.triggerFlag);
  const keySince = index.slots.mark(`${id}:since`);
  const keyWage = index.slots.mark(`${id}:wage`);
  return (ctx) => {
    const { state, month } = ctx;
    if (!isOn(state, triggerSlot)) return;
    const wage = state.incomes[wageSlot];
    const ww = state.incomes[wwSlot];
    const bijstand = state.incomes[bijstandSlot];
    if (!wage || !ww || !bijstand) return;
    let since = getMark(state, keySince);
    if (since === undefined) {
      since = month;
      setMark(state, keySince, month);
      setMark(state, keyWage, wage.monthly);
      wage.active = false;
      note(ctx, 'template', id, 'job-lost');
    }
    const lastWage = getMark(state, keyWage) ?? 0;
    const elapsed = month - since;
    if (elapsed < p.wwMonths) {
      ww.active = true;
      ww.monthly = percentOf(lastWage, elapsed < 2 ? 75 : 70);
    } else if (ww.active) {
      ww.active = false;
      bijstand.active = true;
      note(ctx, 'template', id, 'ww-ended');
    }
  };
}
