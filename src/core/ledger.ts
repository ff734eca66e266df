import type { Cents } from './money';
import type { LedgerEntry, LedgerKind, Totals } from './model';
import { PAYERS, PAYER_IDS, type PartyId, type PayerGroup, type PayerId } from './payers';

const PAYER_INDEX = Object.fromEntries(PAYER_IDS.map((id, i) => [id, i])) as Record<PayerId, number>;
const PAYERS_COUNT = PAYER_IDS.length;
const COST_AT = 1;
const TRANSFER_AT = 1 + PAYERS_COUNT;
const SEEN_AT = 1 + 2 * PAYERS_COUNT;

/**
 * A ledger's sums, kept as entries are booked so a run needs no second pass over
 * its ledger and a search node carries numbers instead of entries: society's cost,
 * then per payer (in PAYER_IDS order) its costs, its net transfers, and whether it
 * had any (1 cost, 2 transfer). One flat array, so a copy is one slice.
 */
export type LedgerSums = number[];

/** The household's position in PAYER_IDS. */
export const HOUSEHOLD_SLOT: number = PAYER_INDEX.huishouden;

/** Sums of an empty ledger. */
export function emptySums(): LedgerSums {
  return new Array<number>(1 + 3 * PAYERS_COUNT).fill(0);
}

/** A payer's position in PAYER_IDS, or -1 for the provider: what the sums are indexed by. */
export function payerSlot(party: PartyId): number {
  return party === 'aanbieder' ? -1 : PAYER_INDEX[party];
}

/** Adds one entry to the sums: what `totalsOf` does for each entry. */
export function addToSums(sums: LedgerSums, from: PayerId, to: PartyId, amount: Cents, kind: LedgerKind): void {
  addAtSlots(sums, PAYER_INDEX[from], payerSlot(to), amount, kind);
}

/** The same, with the payers' positions already known (-1 for the provider). */
export function addAtSlots(sums: LedgerSums, f: number, t: number, amount: Cents, kind: LedgerKind): void {
  if (kind === 'cost') {
    sums[COST_AT + f] = (sums[COST_AT + f] ?? 0) + amount;
    sums[SEEN_AT + f] = (sums[SEEN_AT + f] ?? 0) | 1;
    sums[0] = (sums[0] ?? 0) + amount;
  } else {
    sums[TRANSFER_AT + f] = (sums[TRANSFER_AT + f] ?? 0) + amount;
    sums[SEEN_AT + f] = (sums[SEEN_AT + f] ?? 0) | 2;
    if (t >= 0) {
      sums[TRANSFER_AT + t] = (sums[TRANSFER_AT + t] ?? 0) - amount;
      sums[SEEN_AT + t] = (sums[SEEN_AT + t] ?? 0) | 2;
    }
  }
}

/** Society's cost in the sums. */
export function societyCostOf(sums: LedgerSums): Cents {
  return sums[0] ?? 0;
}

/** A payer's budget impact in the sums, by its position in PAYER_IDS. */
export function budgetImpactAt(sums: LedgerSums, payerSlot: number): Cents {
  return (sums[COST_AT + payerSlot] ?? 0) + (sums[TRANSFER_AT + payerSlot] ?? 0);
}

/** The totals the sums stand for: the same as `totalsOf` of the entries they were made from. */
export function totalsOfSums(sums: LedgerSums): Totals {
  const costsByPayer: Partial<Record<PayerId, Cents>> = {};
  const transfersByPayer: Partial<Record<PayerId, Cents>> = {};
  const budgetImpactByPayer: Partial<Record<PayerId, Cents>> = {};
  const costsByGroup: Partial<Record<PayerGroup, Cents>> = {};
  for (let i = 0; i < PAYERS_COUNT; i += 1) {
    const id = PAYER_IDS[i];
    if (id === undefined) continue;
    const seen = sums[SEEN_AT + i] ?? 0;
    const c = sums[COST_AT + i] ?? 0;
    const t = sums[TRANSFER_AT + i] ?? 0;
    if ((seen & 1) !== 0) {
      costsByPayer[id] = c;
      const group = PAYERS[id].group;
      costsByGroup[group] = (costsByGroup[group] ?? 0) + c;
    }
    if ((seen & 2) !== 0) transfersByPayer[id] = t;
    if (seen !== 0) budgetImpactByPayer[id] = c + t;
  }
  return { costsByPayer, transfersByPayer, budgetImpactByPayer, costsByGroup, societyCost: sums[0] ?? 0 };
}

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
  for (let i = 0; i < PAYER_IDS.length; i += 1) {
    const id = PAYER_IDS[i];
    if (id === undefined) continue;
    const c = cost[i] ?? 0;
    const t = transfer[i] ?? 0;
    if (hasCost[i]) {
      costsByPayer[id] = c;
      const group = PAYERS[id].group;
      costsByGroup[group] = (costsByGroup[group] ?? 0) + c;
    }
    if (hasTransfer[i]) transfersByPayer[id] = t;
    if (hasCost[i] || hasTransfer[i]) budgetImpactByPayer[id] = c + t;
  }
  return { costsByPayer, transfersByPayer, budgetImpactByPayer, costsByGroup, societyCost };
}

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
