import { PAYERS, ageOn, firstOfMonth, lastOfMonth, monthIndexOf, type PayerId, type Scenario } from '../core';
import { currentLang, formatMoney, local } from '../services/i18n';
import type { LocalText } from '../core';

/** A payer's name in the current language. */
export function payerName(id: PayerId | 'aanbieder'): string {
  if (id === 'aanbieder') return currentLang() === 'en' ? 'Care and service providers' : 'Zorg- en dienstverleners';
  return PAYERS[id].name[currentLang()];
}

/** Money for display; a dash for zero when asked. */
export function money(cents: number | undefined, dashForZero = false): string {
  if (!cents) return dashForZero ? '–' : formatMoney(0);
  return formatMoney(cents);
}

/** The calendar month a case month falls in, e.g. "oktober 2026". */
export function monthLabel(scenario: Scenario, month: number): string {
  const date = firstOfMonth(monthIndexOf(scenario.start) + month);
  return new Intl.DateTimeFormat(currentLang() === 'en' ? 'en-GB' : 'nl-NL', { month: 'long', year: 'numeric' }).format(
    new Date(Date.UTC(date.year, date.month - 1, 1)),
  );
}

/** A member's age at the end of a case month. */
export function ageIn(scenario: Scenario, memberId: string, month: number): number {
  const member = scenario.members.find((m) => m.id === memberId);
  if (!member) return 0;
  return ageOn(member.birthDate, lastOfMonth(monthIndexOf(scenario.start) + month));
}

/**
 * Trainer-written text as a text node; when English is shown but the author wrote
 * only Dutch, the Dutch is marked lang="nl" so a screen reader pronounces it right.
 */
export function localNode(text: LocalText | undefined): Node {
  const value = local(text);
  if (currentLang() === 'en' && text && !text.en) {
    const span = document.createElement('span');
    span.lang = 'nl';
    span.textContent = value;
    return span;
  }
  return document.createTextNode(value);
}
