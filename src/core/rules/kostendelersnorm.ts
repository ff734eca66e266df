import { note, type StepContext } from '../context';
import { divideRounded, type Cents } from '../money';
import { ageAt } from '../state';

/**
 * Kostendelersnorm (Participatiewet art. 22a): bijstand per person is
 * (40 + 30·A) / (100·A) of the gehuwdennorm, where A counts the beneficiaries and
 * every other adult of 27 or over in the home; students with study finance and paying
 * lodgers (flag `geen-kostendeler:<member>`) and members who moved out
 * (`uitgeschreven:<member>`) do not count.
 */
export interface KostendelersnormParams {
  readonly income: string;
  readonly beneficiaries: readonly string[];
  /** The gehuwdennorm per month (100%). */
  readonly coupleNorm: Cents;
}

export const KOSTENDELERSNORM_LAW = 'Participatiewet art. 22a';

/** The benefit for a household with the given number of cost sharers. */
export function kostendelersBenefit(coupleNorm: Cents, beneficiaries: number, sharers: number): Cents {
  const a = Math.max(1, sharers);
  return divideRounded(coupleNorm * (40 + 30 * a), 100 * a) * beneficiaries;
}

/** Sets the bijstand for this month from the number of cost sharers. */
export function bindKostendelersnorm(id: string, p: KostendelersnormParams): (ctx: StepContext) => void {
  return (ctx) => {
    const { state, month, scenario } = ctx;
    const income = state.incomes[ctx.index.incomeIndex.get(p.income) ?? -1];
    if (!income) return;
    let sharers = p.beneficiaries.length;
    for (const member of state.members) {
      if (p.beneficiaries.includes(member.id)) continue;
      if (state.flags.includes(`geen-kostendeler:${member.id}`) || state.flags.includes(`uitgeschreven:${member.id}`)) continue;
      if ((ageAt(scenario, member.id, month) ?? 0) >= 27) sharers += 1;
    }
    const monthly = kostendelersBenefit(p.coupleNorm, p.beneficiaries.length, sharers);
    if (monthly !== income.monthly) {
      if (income.active) note(ctx, { type: 'template', id, detail: `sharers:${sharers}` });
      income.monthly = monthly;
    }
  };
}
