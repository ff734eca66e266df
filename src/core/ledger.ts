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

/** Totals with one month's entries added: the running totals the engine keeps as months pass. */
export function addToTotals(totals: Totals, entries: readonly LedgerEntry[]): Totals {
  if (entries.length === 0) return totals;
  const costsByPayer = { ...totals.costsByPayer };
  const transfersByPayer = { ...totals.transfersByPayer };
  const budgetImpactByPayer = { ...totals.budgetImpactByPayer };
  const costsByGroup = { ...totals.costsByGroup };
  let societyCost = totals.societyCost;
  for (const e of entries) {
    budgetImpactByPayer[e.from] = (budgetImpactByPayer[e.from] ?? 0) + e.amount;
    if (e.kind === 'cost') {
      costsByPayer[e.from] = (costsByPayer[e.from] ?? 0) + e.amount;
      const group = PAYERS[e.from].group;
      costsByGroup[group] = (costsByGroup[group] ?? 0) + e.amount;
      societyCost += e.amount;
    } else {
      transfersByPayer[e.from] = (transfersByPayer[e.from] ?? 0) + e.amount;
      if (e.to !== 'aanbieder') {
        transfersByPayer[e.to] = (transfersByPayer[e.to] ?? 0) - e.amount;
        budgetImpactByPayer[e.to] = (budgetImpactByPayer[e.to] ?? 0) - e.amount;
      }
    }
  }
  return { costsByPayer, transfersByPayer, budgetImpactByPayer, costsByGroup, societyCost };
}

/** Totals of an empty ledger. */
export const NO_TOTALS: Totals = Object.freeze({
  costsByPayer: {},
  transfersByPayer: {},
  budgetImpactByPayer: {},
  costsByGroup: {},
  societyCost: 0,
});
