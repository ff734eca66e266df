import { book, getMark, isOn, note, setMark, type StepContext } from '../context';
import { daysInMonth, firstOfMonth } from '../dates';
import { divideRounded } from '../money';
import type { ScenarioIndex } from '../model';
import { memberAge } from '../state';

/**
 * A young person under 27 who asks for bijstand first searches four weeks for work
 * or study without benefit (Participatiewet art. 41 lid 4); the right to bijstand
 * arises on the day after those four weeks (art. 44 lid 2), so the first month is paid
 * pro rata for the days left in it. The gemeente may exempt a vulnerable young person
 * (flag `zoektermijn-vrijstelling:<member>`). The application counts from the first day
 * of the month in which its flag is set.
 */
export interface ZoektermijnParams {
  readonly member: string;
  readonly income: string;
  /** The flag set when the application is made. */
  readonly requestFlag: string;
  readonly weeks: number;
}

export const ZOEKTERMIJN_LAW = 'Participatiewet art. 41 lid 4 en 44 lid 2';

/** Where a search period of `days` ends, counted from the first day of a calendar month: the case month and the days of it already passed. */
export function searchPeriodEnd(
  startMonthIndex: number,
  requested: number,
  days: number,
): { readonly month: number; readonly daysPassed: number } {
  let month = requested;
  let left = days;
  for (;;) {
    const first = firstOfMonth(startMonthIndex + month);
    const length = daysInMonth(first.year, first.month);
    if (left < length) return { month, daysPassed: left };
    left -= length;
    month += 1;
  }
}

/** Starts the benefit after the search period, the first month pro rata, or at once when it does not apply. */
export function bindZoektermijn(id: string, p: ZoektermijnParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const keyRequested = index.slots.mark(`${id}:requested`);
  const keyPartial = index.slots.mark(`${id}:partial`);
  const exemptFlag = `zoektermijn-vrijstelling:${p.member}`;
  const days = p.weeks * 7;
  const at = index.incomeIndex.get(p.income) ?? -1;
  const memberSlot = index.memberIndex.get(p.member);
  const requestSlot = index.slots.flag(p.requestFlag);
  const exemptSlot = index.slots.flag(exemptFlag);
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const income = state.incomes[at];
    const def = scenario.incomes[at];
    const incomeCause = scenario.incomeCauses[at];
    if (!income || !def || !incomeCause || income.active || !isOn(state, requestSlot)) return;
    const requested = getMark(state, keyRequested) ?? month;
    setMark(state, keyRequested, requested);
    const young = ((memberSlot === undefined ? undefined : memberAge(ctx.index, memberSlot, month)) ?? 99) < 27;
    const exempt = isOn(state, exemptSlot);
    const end = young && !exempt ? searchPeriodEnd(ctx.index.startMonthIndex, requested, days) : { month: requested, daysPassed: 0 };
    if (month < end.month) {
      if (month === requested) note(ctx, 'template', id, 'search-period');
      return;
    }
    if (month === end.month && end.daysPassed > 0) {
      if (getMark(state, keyPartial) === undefined) {
        setMark(state, keyPartial, month);
        const first = firstOfMonth(ctx.index.startMonthIndex + month);
        const length = daysInMonth(first.year, first.month);
        const partial = divideRounded(income.monthly * (length - end.daysPassed), length);
        book(ctx, def.payer, 'huishouden', partial, 'transfer', incomeCause);
        if (month === requested) note(ctx, 'template', id, 'search-period');
        note(ctx, 'template', id, 'benefit-starts');
      }
      return;
    }
    income.active = true;
    if (getMark(state, keyPartial) === undefined) note(ctx, 'template', id, 'benefit-starts');
  };
}
