/** The payers' and providers' names from the game's locales, so the tools say what the game says. */
import type { PartyNames } from '../src/scenario/timeline';
import en from '../src/services/locales/en.json';
import nl from '../src/services/locales/nl.json';

/** The names in one language. */
export function partyNames(lang: 'nl' | 'en'): PartyNames {
  const table: Readonly<Record<string, string>> = (lang === 'en' ? en : nl).payer;
  return (id) => table[id] ?? id;
}
