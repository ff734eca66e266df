/** The intake: the household, its own goal, its money, and the trainee's estimate. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { ageAt, debtTotal } from '../../core';
import type { HubView } from '../../engine';
import { local, parseMoneyInput, t } from '../../services/i18n';
import { scrollRegion } from '../dom';
import { localText, money, payerName } from '../format';
import type { ScreenContext } from './context';
import { row, zrmSummary } from './widgets';

type Field = 'gemeente' | 'society';

/** The intake screen. */
export function intakeScreen(view: HubView, ctx: ScreenContext): TemplateResult {
  const { scenario, actor } = view;
  const sim = view.snapshot.context.play.sim;
  const invalid = ctx.state.intakeError?.actor === actor ? ctx.state.intakeError.fields : [];
  const members = html`<table class="data cards members">
    <caption>
      ${t('intake.members')}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('intake.name')}</th>
        <th scope="col">${t('intake.age')}</th>
        <th scope="col">${t('intake.about')}</th>
        <th scope="col">${t('intake.zrm')}</th>
      </tr>
    </thead>
    <tbody>
      ${repeat(
        scenario.members,
        (m) => m.id,
        (m) =>
          html`<tr>
            <th scope="row">${m.name}</th>
            <td data-label=${t('intake.age')}>${String(ageAt(scenario, m.id, 0) ?? '')}</td>
            <td data-label=${t('intake.about')}>${localText(m.story)}</td>
            <td data-label=${t('intake.zrm')}>${zrmSummary(m.zrm)}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
  const incomes = scenario.incomes.filter((i) => i.active);
  const bills = scenario.bills.filter((b) => b.active);
  const income = incomes.reduce((s, i) => s + i.monthly, 0);
  const spending = bills.reduce((s, b) => s + b.monthly, 0);
  const moneyTable = html`<table class="data">
    <caption>
      ${t('intake.money')}
    </caption>
    <tbody>
      ${repeat(
        incomes,
        (i) => i.id,
        (i) => row(local(i.label), money(i.monthly)),
      )}
      ${row(t('intake.incomeTotal'), money(income), true)}
      ${repeat(
        bills,
        (b) => b.id,
        (b) => row(local(b.label), money(b.monthly)),
      )}
      ${row(t('intake.billsTotal'), money(spending), true)} ${row(t('intake.balance'), money(income - spending), true)}
      ${repeat(
        scenario.debts,
        (d) => d.id,
        (d) => row(`${local(d.label)} (${payerName(d.creditor)})`, money(d.amount)),
      )}
      ${row(t('intake.debtTotal'), money(debtTotal(sim)), true)}
    </tbody>
  </table>`;

  const submit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = (field: Field): HTMLInputElement | null => form.querySelector<HTMLInputElement>(`#estimate-${field}`);
    const read = (field: Field): { empty: boolean; cents: number | undefined } => {
      const text = input(field)?.value.trim() ?? '';
      return { empty: text === '', cents: text === '' ? undefined : parseMoneyInput(text) };
    };
    const gemeente = read('gemeente');
    const society = read('society');
    const wrong = (['gemeente', 'society'] as const).filter((f) => {
      const value = f === 'gemeente' ? gemeente : society;
      return !value.empty && value.cents === undefined;
    });
    if (wrong.length > 0) {
      ctx.state.intakeError = { actor, fields: wrong };
      ctx.rerender();
      // The error names which field is wrong for screen readers too, and the cursor goes there.
      input(wrong[0] ?? 'gemeente')?.focus();
      return;
    }
    ctx.state.intakeError = undefined;
    if (gemeente.cents !== undefined || society.cents !== undefined)
      actor.send({ type: 'trainee.estimate', estimate: { gemeente: gemeente.cents ?? 0, society: society.cents ?? 0 } });
    actor.send({ type: 'trainee.startPlanning' });
  };
  const estimateField = (field: Field, label: string): TemplateResult => {
    const wrong = invalid.includes(field);
    return html`<div class="row">
      <label for="estimate-${field}">${label}</label>
      <input
        id="estimate-${field}"
        inputmode="decimal"
        autocomplete="off"
        aria-invalid=${wrong ? 'true' : nothing}
        aria-describedby=${wrong ? 'estimate-counts estimate-error' : 'estimate-counts'}
      />
    </div>`;
  };

  return html`<div class="screen intake">
    <h2 tabindex="-1">${localText(scenario.title)}</h2>
    <p class="lead">${localText(scenario.text.story)}</p>
    <blockquote class="goal">
      <p>${localText(scenario.text.goal)}</p>
      <footer>${t('intake.goal')}</footer>
    </blockquote>
    <div class="grid tables">${scrollRegion(t('intake.members'), members)} ${scrollRegion(t('intake.money'), moneyTable)}</div>
    <form class="card" id="estimate-form" @submit=${submit}>
      <h3>${t('intake.estimateTitle')}</h3>
      <p>${t('intake.estimateText', { months: scenario.months })}</p>
      <div class="estimate-counts" id="estimate-counts">
        <h4>${t('guess.countsTitle')}</h4>
        <p>${t('guess.counts')}</p>
        <p class="example">${t('guess.example')}</p>
      </div>
      ${estimateField('gemeente', t('intake.estimateGemeente'))} ${estimateField('society', t('intake.estimateSociety'))}
      <p class="error" id="estimate-error" role="alert">${invalid.length > 0 ? t('intake.estimateInvalid') : ''}</p>
      <button type="submit" class="primary">${t('intake.toPlan')}</button>
    </form>
  </div>`;
}
