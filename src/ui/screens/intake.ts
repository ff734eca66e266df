/** The intake: the household, its own goal, its money, and the trainee's estimate. */
import { debtTotal } from '../../core';
import { type HubView } from '../../engine';
import { local, parseMoneyInput, t } from '../../services/i18n';
import { h } from '../dom';
import { ageIn, localNode, money, payerName } from '../format';
import { householdDoc } from './context';
import { row, zrmSummary } from './widgets';

/** The intake screen. */
export function intakeScreen(view: HubView): HTMLElement {
  const { scenario, actor } = view;
  const doc = householdDoc(view);
  const members = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('intake.members')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('intake.name')),
        h('th', { scope: 'col' }, t('intake.age')),
        h('th', { scope: 'col' }, t('intake.about')),
        h('th', { scope: 'col' }, t('intake.zrm')),
      ),
    ),
    h(
      'tbody',
      {},
      ...scenario.members.map((m) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, m.name),
          h('td', {}, String(ageIn(scenario, m.id, 0))),
          h('td', {}, localNode(m.story)),
          h('td', {}, zrmSummary(m.zrm)),
        ),
      ),
    ),
  );
  const sim = view.snapshot.context.sim;
  const income = scenario.incomes.filter((i) => i.active).reduce((s, i) => s + i.monthly, 0);
  const bills = scenario.bills.filter((b) => b.active).reduce((s, b) => s + b.monthly, 0);
  const moneyTable = h(
    'table',
    { class: 'data' },
    h('caption', {}, t('intake.money')),
    h(
      'tbody',
      {},
      ...scenario.incomes.filter((i) => i.active).map((i) => row(local(i.label), money(i.monthly))),
      row(t('intake.incomeTotal'), money(income), true),
      ...scenario.bills.filter((b) => b.active).map((b) => row(local(b.label), money(b.monthly))),
      row(t('intake.billsTotal'), money(bills), true),
      row(t('intake.balance'), money(income - bills), true),
      ...scenario.debts.map((d) => row(`${local(d.label)} (${payerName(d.creditor)})`, money(d.amount))),
      row(t('intake.debtTotal'), money(debtTotal(sim)), true),
    ),
  );
  const gemeente = h('input', { id: 'estimate-gemeente', inputmode: 'decimal', autocomplete: 'off' });
  const society = h('input', { id: 'estimate-society', inputmode: 'decimal', autocomplete: 'off' });
  const error = h('p', { class: 'error', id: 'estimate-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'card', id: 'estimate-form' },
    h('h3', {}, t('intake.estimateTitle')),
    h('p', {}, t('intake.estimateText', { months: scenario.months })),
    h('div', { class: 'row' }, h('label', { for: 'estimate-gemeente' }, t('intake.estimateGemeente')), gemeente),
    h('div', { class: 'row' }, h('label', { for: 'estimate-society' }, t('intake.estimateSociety')), society),
    error,
    h('button', { type: 'submit', class: 'primary' }, t('intake.toPlan')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const g = gemeente.value.trim() === '' ? undefined : parseMoneyInput(gemeente.value);
    const s = society.value.trim() === '' ? undefined : parseMoneyInput(society.value);
    if ((gemeente.value.trim() !== '' && g === undefined) || (society.value.trim() !== '' && s === undefined)) {
      error.textContent = t('intake.estimateInvalid');
      // The error names which field is wrong for screen readers too, and the cursor goes there.
      const wrong = [gemeente, society].filter((input, k) => input.value.trim() !== '' && [g, s][k] === undefined);
      for (const input of [gemeente, society]) {
        if (wrong.includes(input)) {
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', 'estimate-error');
        } else {
          input.removeAttribute('aria-invalid');
          input.removeAttribute('aria-describedby');
        }
      }
      wrong[0]?.focus();
      return;
    }
    if (g !== undefined || s !== undefined) actor.send({ type: 'trainee.estimate', estimate: { gemeente: g ?? 0, society: s ?? 0 } });
    actor.send({ type: 'trainee.startPlanning' });
  });
  return h(
    'div',
    { class: 'screen intake' },
    h('h2', {}, localNode(scenario.title)),
    h('p', { class: 'lead' }, localNode(doc?.household.story ?? scenario.title)),
    h('blockquote', { class: 'goal' }, h('p', {}, localNode(doc?.household.goal)), h('footer', {}, t('intake.goal'))),
    h('div', { class: 'grid tables' }, h('div', { class: 'table-wrap' }, members), h('div', { class: 'table-wrap' }, moneyTable)),
    form,
  );
}
