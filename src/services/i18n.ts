/**
 * i18next set up with Dutch first and English complete; money and numbers are
 * formatted per locale (€ 1.250,50 in Dutch, €1,250.50 in English).
 */
import i18next, { type TFunction } from 'i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';
import type { LocalText } from '../core';

type Table = Record<string, unknown>;

/** Each screen or feature may keep its texts in its own pair of files, `<feature>.nl.json` and `<feature>.en.json`. */
const featureTables: Record<Lang, Table[]> = {
  nl: Object.values(import.meta.glob<Table>('./locales/*.nl.json', { eager: true, import: 'default' })),
  en: Object.values(import.meta.glob<Table>('./locales/*.en.json', { eager: true, import: 'default' })),
};

/** The main table with every feature's own table laid over it (feature files use their own top-level keys). */
function resources(lang: Lang, main: Table): Table {
  return Object.assign({}, main, ...featureTables[lang]) as Table;
}

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/** Starts i18next in the given language. */
export async function initI18n(lang: Lang): Promise<TFunction> {
  return i18next.init({
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { nl: { translation: resources('nl', nl) }, en: { translation: resources('en', en) } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** The current language. */
export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

/** Switches language; listeners re-render. */
export async function setLang(lang: Lang): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

/** Translates a key. */
export function t(key: string, options?: Record<string, unknown>): string {
  return i18next.t(key, options ?? {});
}

/** Trainer-written text in the current language (Dutch when no English is given). */
export function local(text: LocalText | undefined): string {
  if (!text) return '';
  return currentLang() === 'en' && text.en ? text.en : text.nl;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** Euros from cents: € 1.250,50 (nl) or €1,250.50 (en); whole euros when asked. */
export function formatMoney(cents: number, options: { whole?: boolean; lang?: Lang } = {}): string {
  const lang = options.lang ?? currentLang();
  const key = `${lang}:${options.whole ? 0 : 2}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: options.whole ? 0 : 2,
      maximumFractionDigits: options.whole ? 0 : 2,
    });
    moneyFormats.set(key, format);
  }
  // Cents to euros exactly: the integer part and the remainder are formatted separately only for display.
  return format.format(cents / 100);
}

/** A number with one decimal, per locale. */
export function formatDecimal(value: number, digits = 1): string {
  return new Intl.NumberFormat(currentLang() === 'en' ? 'en-GB' : 'nl-NL', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** Parses a euro amount typed by a trainee ("1.250,50", "1250.5", "€ 800") into cents. */
export function parseMoneyInput(text: string, lang: Lang = currentLang()): number | undefined {
  let clean = text.replace(/[€\s]/g, '');
  if (clean === '') return undefined;
  if (lang === 'nl') clean = clean.replace(/\./g, '').replace(',', '.');
  else clean = clean.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return undefined;
  const [whole = '0', fraction = ''] = clean.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Registers a listener for language changes; returns the function that removes it. */
export function onLanguageChanged(listener: () => void): () => void {
  i18next.on('languageChanged', listener);
  return () => i18next.off('languageChanged', listener);
}
