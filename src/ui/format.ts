import { html, type TemplateResult } from 'lit-html';
import { firstOfMonth, type LocalText, type PartyId, type Scenario } from '../core';
import { currentLang, formatMoney, local, t } from '../services/i18n';

/** A payer's (or the providers') name in the current language. */
export function payerName(id: PartyId): string {
  return t(`payer.${id}`);
}

/** Money for display; a dash for zero when asked. */
export function money(cents: number | undefined, dashForZero = false): string {
  if (!cents) return dashForZero ? '–' : formatMoney(0);
  return formatMoney(cents);
}

/** The calendar month a case month falls in, e.g. "oktober 2026". */
export function monthLabel(scenario: Scenario, month: number): string {
  const date = firstOfMonth(scenario.index.startMonthIndex + month);
  return new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(date.year, date.month - 1, 1)),
  );
}

/**
 * Trainer-written text, bound as text; when English is shown but the author wrote
 * only Dutch, the Dutch is marked lang="nl" so a screen reader pronounces it right.
 */
export function localText(text: LocalText | undefined): TemplateResult | string {
  const value = local(text);
  if (currentLang() === 'en' && text && !text.en) return html`<span lang="nl">${value}</span>`;
  return value;
}

/** An intervention's name in the current language, or its id when the scenario does not know it. */
export function interventionName(scenario: Scenario, id: string): string {
  return local(scenario.index.interventions.get(id)?.label) || id;
}
