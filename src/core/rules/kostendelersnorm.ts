import { isOn, note, type StepContext } from '../context';
import { divideRounded, type Cents } from '../money';
import type { ScenarioIndex } from '../model';
import { memberAge } from '../state';

/**
 * Bijstand per beneficiary, each with their own norm and their own count of sharers.
 * A beneficiary of 21 or over gets the kostendelersnorm (Participatiewet art. 22a):
 * (40 + 30·A) / (100·A) of the gehuwdennorm, where A counts the beneficiary, a partner
 * who shares the benefit, and every other housemate of 27 or over (art. 19a, since
 * 1 January 2023); students with study finance and paying lodgers (flag
 * `geen-kostendeler:<member>`) and members who moved out (`uitgeschreven:<member>`) do
 * not count. A beneficiary of 18 to 20 gets the jongerennorm (art. 20), whoever lives
 * in the home, because the parents owe maintenance; when they cannot provide, the
 * gemeente adds bijzondere bijstand (art. 12), here up to the norm the same young
 * person would have at 21.
 */
export interface KostendelersnormParams {
  readonly income: string;
  /** One beneficiary, or two partners sharing the benefit. */
  readonly beneficiaries: readonly string[];
  /** The gehuwdennorm per month (100%). */
  readonly coupleNorm: Cents;
  /** The jongerennorm per month for a beneficiary of 18 to 20 (art. 20 lid 1). */
  readonly youthNorm: Cents;
  /** Flag meaning the parents cannot provide and the gemeente grants the art. 12 supplement. */
  readonly youthSupplementFlag: string;
}

export const KOSTENDELERSNORM_LAW = 'Participatiewet art. 12, 19a, 20 en 22a';

/** The age from which a housemate counts as a cost sharer (art. 19a, since 1 January 2023). */
export const SHARER_AGE = 27;
/** The age from which a beneficiary has the norm of art. 21/22a instead of the jongerennorm. */
export const ADULT_NORM_AGE = 21;

/** One beneficiary's kostendelersnorm: (40 + 30·A) / (100·A) of the gehuwdennorm, A being the cost sharers, the beneficiary included. */
export function kostendelersShare(coupleNorm: Cents, sharers: number): Cents {
  const a = Math.max(1, sharers);
  return divideRounded(coupleNorm * (40 + 30 * a), 100 * a);
}

/** The benefit for a household with the given number of cost sharers, every beneficiary 21 or over. */
export function kostendelersBenefit(coupleNorm: Cents, beneficiaries: number, sharers: number): Cents {
  return kostendelersShare(coupleNorm, sharers) * beneficiaries;
}

/** Sets the bijstand for this month from each beneficiary's age and cost sharers. */
export function bindKostendelersnorm(id: string, p: KostendelersnormParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const beneficiaries = new Set(p.beneficiaries);
  const incomeSlot = index.incomeIndex.get(p.income) ?? -1;
  const beneficiarySlots = p.beneficiaries.map((b) => index.memberIndex.get(b));
  // Per member (by position): the flags that keep them from counting as a kostendeler.
  const notSharing = index.memberDefs.map(
    (m) => [index.slots.flag(`geen-kostendeler:${m.id}`), index.slots.flag(`uitgeschreven:${m.id}`)] as const,
  );
  const supplementSlot = index.slots.flag(p.youthSupplementFlag);
  return (ctx) => {
    const { state, month } = ctx;
    const income = state.incomes[incomeSlot];
    if (!income) return;
    // The beneficiaries (a partner included) always count; other housemates from 27.
    let sharers = p.beneficiaries.length;
    for (let slot = 0; slot < state.members.length; slot += 1) {
      const member = state.members[slot];
      if (!member || beneficiaries.has(member.id)) continue;
      const flags = notSharing[slot];
      if (flags && (isOn(state, flags[0]) || isOn(state, flags[1]))) continue;
      if ((memberAge(ctx.index, slot, month) ?? 0) >= SHARER_AGE) sharers += 1;
    }
    const adultShare = kostendelersShare(p.coupleNorm, sharers);
    const supplement = isOn(state, supplementSlot);
    let monthly = 0;
    let young = 0;
    for (const slot of beneficiarySlots) {
      const age = slot === undefined ? undefined : memberAge(ctx.index, slot, month);
      if ((age ?? ADULT_NORM_AGE) >= ADULT_NORM_AGE) {
        monthly += adultShare;
      } else {
        young += 1;
        monthly += supplement ? Math.max(p.youthNorm, adultShare) : p.youthNorm;
      }
    }
    if (monthly !== income.monthly) {
      if (income.active) note(ctx, 'template', id, young > 0 ? `jongerennorm:${young}` : `sharers:${sharers}`);
      income.monthly = monthly;
    }
  };
}
