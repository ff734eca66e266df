import type { Cents } from './money';
import type { LedgerEntry, Totals } from './model';
import { PAYERS, PAYER_IDS, type PayerGroup, type PayerId } from './payers';

/**
 * Sums a ledger per payer. A payer's budget impact is its costs plus its net
 * transfers paid; society's cost is the sum of cost entries alone, because
 * transfers only move money and cancel out.
 */
export function totalsOf(ledger: readonly LedgerEntry[]): Totals {
  // Sums in arrays indexed by payer: no dynamic keys in the loop over the ledger.
  const cost = new Array<number>(PAYER_IDS.length).fill(0);
  const transfer = new Array<number>(PAYER_IDS.length).fill(0);
  const hasCost = new Array<boolean>(PAYER_IDS.length).fill(false);
  const hasTransfer = new Array<boolean>(PAYER_IDS.length).fill(false);
  let societyCost = 0;
  for (const entry of ledger) {
    const from = PAYER_INDEX[entry.from];
    if (entry.kind === 'cost') {
      cost[from] = (cost[from] ?? 0) + entry.amount;
      hasCost[from] = true;
      societyCost += entry.amount;
    } else {
      transfer[from] = (transfer[from] ?? 0) + entry.amount;
      hasTransfer[from] = true;
      if (entry.to !== 'aanbieder') {
        const to = PAYER_INDEX[entry.to];
        transfer[to] = (transfer[to] ?? 0) - entry.amount;
        hasTransfer[to] = true;
      }
    }
  }
  const costsByPayer: Partial<Record<PayerId, Cents>> = {};
  const transfersByPayer: Partial<Record<PayerId, Cents>> = {};
  const budgetImpactByPayer: Partial<Record<PayerId, Cents>> = {};
  const costsByGroup: Partial<Record<PayerGroup, Cents>> = {};
  PAYER_IDS.forEach((id, i) => {
    const c = cost[i] ?? 0;
    const t = transfer[i] ?? 0;
    if (hasCost[i]) {
      costsByPayer[id] = c;
      const group = PAYERS[id].group;
      costsByGroup[group] = (costsByGroup[group] ?? 0) + c;
    }
    if (hasTransfer[i]) transfersByPayer[id] = t;
    if (hasCost[i] || hasTransfer[i]) budgetImpactByPayer[id] = c + t;
  });
  return { costsByPayer, transfersByPayer, budgetImpactByPayer, costsByGroup, societyCost };
}

const PAYER_INDEX = Object.fromEntries(PAYER_IDS.map((id, i) => [id, i])) as Record<PayerId, number>;
