/** Tables and cards that more than one screen shows. */
import { PAYER_IDS, countLowDomains, debtTotal, meanScore, totalsOf, type LedgerEntry, type PayerId } from '../../core';
import { type HubView } from '../../engine';
import { formatDecimal, local, t } from '../../services/i18n';
import { h } from '../dom';
import { money, payerName } from '../format';

/** A table row with a label and an amount. */
export function row(label: string, value: string, strong = false): HTMLTableRowElement {
  return h('tr', { class: strong ? 'total' : undefined }, h('th', { scope: 'row' }, label), h('td', { class: 'num' }, value));
}

/** A member's ZRM in one line: the mean and how many domains score 1 or 2. */
export function zrmSummary(zrm: Partial<Record<string, number>>): string {
  const mean = meanScore([zrm]);
  const low = countLowDomains([zrm]);
  return t('zrm.summary', { mean: formatDecimal(mean), low });
}

/** The household's state now: cash, debts, arrears, ZRM and the help that runs. */
export function statusTable(view: HubView): HTMLElement {
  const { sim } = view.snapshot.context;
  const arrears = sim.bills.reduce((s, b) => s + b.arrears, 0);
  const pending = sim.pending.map((p) => local(view.scenario.interventions.find((i) => i.id === p.id)?.label));
  const running = sim.running
    .filter((r) => r.startMonth <= sim.month)
    .map((r) => local(view.scenario.interventions.find((i) => i.id === r.id)?.label));
  return h(
    'dl',
    { class: 'status' },
    h('dt', {}, t('status.cash')),
    h('dd', {}, money(sim.cash)),
    h('dt', {}, t('status.debt')),
    h('dd', {}, money(debtTotal(sim))),
    h('dt', {}, t('status.arrears')),
    h('dd', {}, money(arrears)),
    h('dt', {}, t('status.zrm')),
    h('dd', {}, formatDecimal(meanScore(sim.members.map((m) => m.zrm)))),
    h('dt', {}, t('status.running')),
    h('dd', {}, running.length ? running.join(', ') : '–'),
    pending.length ? h('dt', {}, t('status.pending')) : undefined,
    pending.length ? h('dd', {}, pending.join(', ')) : undefined,
  );
}

/** Costs and budget impact per payer so far; hidden payers show as fog. */
export function budgetTable(ledger: readonly LedgerEntry[], visible: ReadonlySet<PayerId> | undefined, caption: string): HTMLElement {
  const totals = totalsOf(ledger);
  const payers = PAYER_IDS.filter((p) => totals.budgetImpactByPayer[p] !== undefined || totals.costsByPayer[p] !== undefined);
  const table = h(
    'table',
    { class: 'data budgets' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('table.payer')),
        h('th', { scope: 'col', class: 'num' }, t('table.costs')),
        h('th', { scope: 'col', class: 'num' }, t('table.impact')),
      ),
    ),
    h(
      'tbody',
      {},
      ...payers.map((p) =>
        visible && !visible.has(p)
          ? h(
              'tr',
              { class: 'fog' },
              h('th', { scope: 'row' }, payerName(p)),
              h('td', { class: 'num' }, t('table.hidden')),
              h('td', { class: 'num' }, t('table.hidden')),
            )
          : h(
              'tr',
              {},
              h('th', { scope: 'row' }, payerName(p)),
              h('td', { class: 'num' }, money(totals.costsByPayer[p], true)),
              h('td', { class: 'num' }, money(totals.budgetImpactByPayer[p], true)),
            ),
      ),
    ),
  );
  return h('div', { class: 'table-wrap' }, table);
}

/** In own-budget mode: the trainee's potje against its target. */
export function ownBudgetCard(view: HubView, ledger: readonly LedgerEntry[]): HTMLElement | undefined {
  const own = view.scenario.ownBudget;
  if (view.snapshot.context.mode !== 'own' || !own) return undefined;
  const spent = totalsOf(ledger).budgetImpactByPayer[own.payer] ?? 0;
  return h(
    'p',
    { class: `card own-budget${spent > own.target ? ' over' : ''}`, id: 'own-budget' },
    t('own.budget', { payer: payerName(own.payer), spent: money(spent), target: money(own.target) }),
    spent > own.target ? ` ${t('own.over')}` : '',
  );
}
