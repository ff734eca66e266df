import { note, type StepContext } from '../context';
import { ageAt } from '../state';

/**
 * A young person under 27 who asks for bijstand first searches four weeks for work
 * or study without benefit (Participatiewet art. 41 lid 4); the gemeente may exempt
 * a vulnerable young person (flag `zoektermijn-vrijstelling:<member>`).
 */
export interface ZoektermijnParams {
  readonly member: string;
  readonly income: string;
  /** The flag set when the application is made. */
  readonly requestFlag: string;
  readonly weeks: number;
}

export const ZOEKTERMIJN_LAW = 'Participatiewet art. 41 lid 4';

/** Starts the benefit after the search period, or at once when it does not apply. */
export function bindZoektermijn(id: string, p: ZoektermijnParams): (ctx: StepContext) => void {
  const keyRequested = `${id}:requested`;
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const income = state.incomes[ctx.index.incomeIndex.get(p.income) ?? -1];
    if (!income || income.active || !state.flags.includes(p.requestFlag)) return;
    const requested = state.marks[keyRequested] ?? month;
    state.marks[keyRequested] = requested;
    const young = (ageAt(scenario, p.member, month) ?? 99) < 27;
    const exempt = state.flags.includes(`zoektermijn-vrijstelling:${p.member}`);
    const waitMonths = young && !exempt ? Math.ceil(p.weeks / 4.345) : 0;
    if (month >= requested + waitMonths) {
      income.active = true;
      note(ctx, { type: 'template', id, detail: 'benefit-starts' });
    } else if (month === requested) {
      note(ctx, { type: 'template', id, detail: 'search-period' });
    }
  };
}
