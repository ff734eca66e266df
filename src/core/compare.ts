/**
 * What if: two routes of the same case compared month by month, per payer and per
 * ZRM domain, to show where and why they diverge.
 */
import type { CaseResult, Decision, LedgerEntry, Route } from './model';
import type { PayerId } from './payers';
import { ZRM_DOMAINS, type ZrmDomain } from './zrm';

export interface MonthDivergence {
  readonly month: number;
  /** Budget impact of route B minus route A, per payer, this month. */
  readonly byPayer: Partial<Record<PayerId, number>>;
}

export interface Divergence {
  /** The first month whose ledger differs, or undefined when the routes are the same. */
  readonly firstMonth?: number;
  readonly months: readonly MonthDivergence[];
  readonly byPayer: Partial<Record<PayerId, number>>;
  readonly societyCost: number;
  /** Final ZRM of route B minus route A, per member and domain (only where they differ). */
  readonly zrm: readonly { readonly member: string; readonly domain: ZrmDomain; readonly delta: number }[];
}

function impactByMonth(ledger: readonly LedgerEntry[], months: number): Partial<Record<PayerId, number>>[] {
  const out: Partial<Record<PayerId, number>>[] = Array.from({ length: months }, () => ({}));
  for (const e of ledger) {
    const slot = out[e.month];
    if (!slot) continue;
    slot[e.from] = (slot[e.from] ?? 0) + e.amount;
    if (e.kind === 'transfer' && e.to !== 'aanbieder') slot[e.to] = (slot[e.to] ?? 0) - e.amount;
  }
  return out;
}

/** Where route B departs from route A. */
export function diverge(a: CaseResult, b: CaseResult): Divergence {
  const months = Math.max(a.months.length, b.months.length);
  const ma = impactByMonth(a.ledger, months);
  const mb = impactByMonth(b.ledger, months);
  const monthsOut: MonthDivergence[] = [];
  const total: Partial<Record<PayerId, number>> = {};
  let firstMonth: number | undefined;
  for (let m = 0; m < months; m += 1) {
    const byPayer: Partial<Record<PayerId, number>> = {};
    const payers = new Set([...Object.keys(ma[m] ?? {}), ...Object.keys(mb[m] ?? {})] as PayerId[]);
    for (const p of payers) {
      const delta = (mb[m]?.[p] ?? 0) - (ma[m]?.[p] ?? 0);
      if (delta !== 0) {
        byPayer[p] = delta;
        total[p] = (total[p] ?? 0) + delta;
      }
    }
    if (firstMonth === undefined && Object.keys(byPayer).length > 0) firstMonth = m;
    monthsOut.push({ month: m, byPayer });
  }
  const zrm: { member: string; domain: ZrmDomain; delta: number }[] = [];
  for (const member of b.final.members) {
    const other = a.final.members.find((x) => x.id === member.id);
    for (const domain of ZRM_DOMAINS) {
      const delta = (member.zrm[domain] ?? 0) - (other?.zrm[domain] ?? 0);
      if (delta !== 0) zrm.push({ member: member.id, domain, delta });
    }
  }
  return {
    ...(firstMonth === undefined ? {} : { firstMonth }),
    months: monthsOut,
    byPayer: total,
    societyCost: b.totals.societyCost - a.totals.societyCost,
    zrm,
  };
}

/** A route with decision k replaced by other decisions (or removed), for a what-if replay. */
export function forkRoute(route: Route, k: number, replacement: readonly Decision[]): Route {
  return [...route.slice(0, k), ...replacement, ...route.slice(k + 1)].sort((x, y) => x.month - y.month);
}
