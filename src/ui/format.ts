import { html, type TemplateResult } from 'lit-html';
import type { LocalText, PartyId, Scenario } from '../core';
import { firstOfMonth } from '../core/dates';
import { currentLang, dateFormat, formatMoney, local, t } from '../services/i18n';

/** A payer's (or the providers') name in the current language. */
export function payerName(id: PartyId): string {
  return t(`payer.${id}`);
}

/** Money for display; a dash for zero when asked. */
export function money(cents: number | undefined, dashForZero = false): string {
  if (!cents) return dashForZero ? '–' : formatMoney(0);
  return formatMoney(cents);
}

/** A month's name and year in the game's language. */
function monthFormat(length: 'long' | 'short', scenario: Scenario, month: number): string {
  const date = firstOfMonth(scenario.index.startMonthIndex + month);
  // UTC both ways, so the first of the month is that month wherever the player is.
  return dateFormat({ month: length, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(date.year, date.month - 1, 1)));
}

/** The calendar month a case month falls in, e.g. "oktober 2026". */
export function monthLabel(scenario: Scenario, month: number): string {
  return monthFormat('long', scenario, month);
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

/**
 * A payer's budget effect with its direction in words instead of a sign: "€ 1.200,00
 * betaald" when money left the budget, "€ 13.238,70 ontvangen" when more came in than
 * went out; a dash when nothing moved.
 */
export function flowMoney(cents: number | undefined): string {
  if (!cents) return '–';
  return t(cents > 0 ? 'flow.paid' : 'flow.received', { amount: formatMoney(Math.abs(cents)) });
}

/** A case month in a few letters, for a chart's axis: "okt. 2026" / "Oct 2026". */
export function monthShort(scenario: Scenario, month: number): string {
  return monthFormat('short', scenario, month);
}
