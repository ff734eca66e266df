import { isOn, markFired, note, setFlag, setScore, type StepContext } from '../context';
import { firstOfMonth } from '../dates';
import { applyEffects } from '../effects';
import type { Cents } from '../money';
import type { ScenarioIndex } from '../model';

/**
 * Energy arrears under the rules since 1 April 2023: three reminders of at least 14
 * days, a payment plan offered and a tip to the gemeente, which then has four weeks
 * to offer schuldhulp; no disconnection during schuldhulp or when health is at risk,
 * and in the winter period (1 October to 1 April) none for arrears while the supplier
 * is in contact with the household (Regeling afsluitbeleid art. 8).
 */
export interface EnergyParams {
  readonly bill: string;
  /** Months of arrears the three reminders take (3 × 14 days ≈ 2 months). */
  readonly reminderMonths: number;
  /** Months of arrears after which the supplier may disconnect. */
  readonly disconnectAtMonths: number;
  readonly reconnectCost: Cents;
  /** Flag that says the household is in schuldhulp (blocks disconnection). */
  readonly schuldhulpFlag: string;
  /** Flag that says disconnection would endanger health (blocks it too). */
  readonly healthRiskFlag: string;
  /** No disconnection from October to March (off: the supplier could not reach the household). */
  readonly winterStop: boolean;
}

export const ENERGY_LAW = 'Regeling afsluitbeleid voor kleinverbruikers van elektriciteit en gas (2023), art. 2-4a en 8 (winterperiode)';

/** Calendar months of the winter period, 1 October to 1 April. */
const WINTER_MONTHS: ReadonlySet<number> = new Set([10, 11, 12, 1, 2, 3]);

/** One month of energy arrears handling. */
export function bindEnergy(id: string, p: EnergyParams, index: ScenarioIndex): (ctx: StepContext) => void {
  const at = index.billIndex.get(p.bill) ?? -1;
  const tipSlot = index.slots.fired(`${id}:tip`);
  const disconnectedSlot = index.slots.flag('afgesloten-energie');
  const schuldhulpSlot = index.slots.flag(p.schuldhulpFlag);
  const healthRiskSlot = index.slots.flag(p.healthRiskFlag);
  // Whether each case month falls in the winter period.
  const winterByMonth = Array.from({ length: index.months + 1 }, (_, m) =>
    WINTER_MONTHS.has(firstOfMonth(index.startMonthIndex + m).month),
  );
  const keyReconnect = `${id}:reconnect`;
  const keyTip = `${id}:tip`;
  return (ctx) => {
    const { state, scenario } = ctx;
    const bill = state.bills[at];
    const def = scenario.bills[at];
    if (!bill || !def) return;
    const disconnected = isOn(state, disconnectedSlot);
    if (bill.arrearsMonths === 0) return;
    if (bill.arrearsMonths >= p.reminderMonths && !isOn(state, tipSlot)) {
      markFired(state, keyTip, tipSlot);
      setFlag(ctx, `signaal:${def.payee}`);
      setFlag(ctx, 'vroegsignaal');
      note(ctx, 'template', id, 'tip-to-gemeente');
    }
    const winter =
      p.winterStop && (winterByMonth[ctx.month] ?? WINTER_MONTHS.has(firstOfMonth(ctx.index.startMonthIndex + ctx.month).month));
    const protectedHousehold = winter || isOn(state, schuldhulpSlot) || isOn(state, healthRiskSlot);
    if (!disconnected && !protectedHousehold && bill.arrearsMonths >= p.disconnectAtMonths) {
      setFlag(ctx, 'afgesloten-energie');
      if (p.reconnectCost > 0 && !state.debts.some((d) => d.id === keyReconnect)) {
        const debt = {
          id: keyReconnect,
          creditor: def.payee,
          label: { nl: 'Kosten heraansluiting', en: 'Reconnection costs' },
          amount: p.reconnectCost,
        };
        applyEffects(ctx, [{ type: 'addDebt', debt }], { type: 'template', id });
      }
      for (const member of state.members) {
        for (const domain of ['huisvesting', 'lichamelijke-gezondheid'] as const) {
          const score = member.zrm[domain];
          if (score !== undefined) setScore(state, member, domain, score - 1);
        }
      }
      note(ctx, 'template', id, 'disconnected');
    }
  };
}
