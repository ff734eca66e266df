import type { Cents } from './money';
import type { LedgerEntry, Totals } from './model';
import { PAYERS, type PayerGroup, type PayerId } from './payers';

/**
 * Sums a ledger per payer. A payer's budget impact is its costs plus its net
 * transfers paid; society's cost is the sum of cost entries alone, because
 * transfers only move money and cancel out.
 */
export function totalsOf(ledger: readonly LedgerEntry[]): Totals {
  const costsByPayer: Partial<Record<PayerId, Cents>> = {};
  const transfersByPayer: Partial<Record<PayerId, Cents>> = {};
  const costsByGroup: Partial<Record<PayerGroup, Cents>> = {};
  let societyCost = 0;
  for (const entry of ledger) {
    if (entry.kind === 'cost') {
      costsByPayer[entry.from] = (costsByPayer[entry.from] ?? 0) + entry.amount;
      const group = PAYERS[entry.from].group;
      costsByGroup[group] = (costsByGroup[group] ?? 0) + entry.amount;
      societyCost += entry.amount;
    } else {
      transfersByPayer[entry.from] = (transfersByPayer[entry.from] ?? 0) + entry.amount;
      if (entry.to !== 'aanbieder') transfersByPayer[entry.to] = (transfersByPayer[entry.to] ?? 0) - entry.amount;
    }
  }
  const budgetImpactByPayer: Partial<Record<PayerId, Cents>> = {};
  for (const id of Object.keys(PAYERS) as PayerId[]) {
    const cost = costsByPayer[id];
    const transfer = transfersByPayer[id];
    if (cost === undefined && transfer === undefined) continue;
    budgetImpactByPayer[id] = (cost ?? 0) + (transfer ?? 0);
  }
  return { costsByPayer, transfersByPayer, budgetImpactByPayer, costsByGroup, societyCost };
}

/** Entries caused by one decision, rule, event or intervention: the answer to "waarom?". */
export function entriesCausedBy(ledger: readonly LedgerEntry[], causeId: string): LedgerEntry[] {
  return ledger.filter((e) => e.cause.id === causeId);
}
