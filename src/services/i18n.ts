/**
 * i18next set up with Dutch first and English complete; money and numbers are
 * formatted per locale (€ 1.250,50 in Dutch, €1,250.50 in English).
 */
import i18next, { type TFunction } from 'i18next';
import type { LocalText } from '../core';

type Table = Record<string, unknown>;

export type Lang = 'nl' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'en'];

/**
 * Each language's texts: the main table (`nl.json`, `en.json`) and each screen's or
 * feature's own pair (`<feature>.nl.json`, `<feature>.en.json`), each split at build time
 * (tools/vite-texts.ts) into the texts the menu and the canvas may show and the texts of
 * the later screens. Only the language in use loads, and its later texts only with the
 * screens that show them (loadLaterTexts); the other language loads when the player switches.
 */
type Part = 'start' | 'later';
type Files = Record<Part, Record<Lang, Record<string, () => Promise<Table>>>>;
// The development server (and a server without the game's plugins) loads the whole tables at start.
const tableFiles: Files = import.meta.env.DEV
  ? {
      start: {
        nl: import.meta.glob<Table>(['./locales/nl.json', './locales/*.nl.json'], { import: 'default' }),
        en: import.meta.glob<Table>(['./locales/en.json', './locales/*.en.json'], { import: 'default' }),
      },
      later: { nl: {}, en: {} },
    }
  : {
      start: {
        nl: import.meta.glob<Table>(['./locales/nl.json', './locales/*.nl.json'], { import: 'default', query: '?texts=start' }),
        en: import.meta.glob<Table>(['./locales/en.json', './locales/*.en.json'], { import: 'default', query: '?texts=start' }),
      },
      later: {
        nl: import.meta.glob<Table>(['./locales/nl.json', './locales/*.nl.json'], { import: 'default', query: '?texts=later' }),
        en: import.meta.glob<Table>(['./locales/en.json', './locales/*.en.json'], { import: 'default', query: '?texts=later' }),
      },
    };

/** The main table with every feature's own table laid over it (feature files use their own top-level keys). */
async function readTexts(part: Part, lang: Lang): Promise<Table> {
  const tables = await Promise.all(Object.values(tableFiles[part][lang]).map((load) => load()));
  return Object.assign({}, ...tables) as Table;
}

const loadedParts: Record<Lang, Set<Part>> = { nl: new Set(), en: new Set() };
let laterWanted = false;

/** Adds the parts of a language's texts that are wanted and not there yet. */
async function ensureTexts(lang: Lang): Promise<void> {
  const parts: Part[] = laterWanted ? ['start', 'later'] : ['start'];
  for (const part of parts) {
    if (loadedParts[lang].has(part)) continue;
    i18next.addResourceBundle(lang, 'translation', await readTexts(part, lang), true, true);
    loadedParts[lang].add(part);
  }
}

/** Starts i18next in the given language, with that language's texts for the menu. */
export async function initI18n(lang: Lang): Promise<TFunction> {
  const texts = await readTexts('start', lang);
  loadedParts[lang].add('start');
  return i18next.init({
    lng: lang,
    fallbackLng: 'nl',
    supportedLngs: ['nl', 'en'],
    resources: { [lang]: { translation: texts } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/** Loads the texts of the screens beyond the menu (with the engine side), in the language in use and in any chosen later. */
export async function loadLaterTexts(): Promise<void> {
  laterWanted = true;
  await ensureTexts(currentLang());
}

/** The current language. */
export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'nl';
}

/** Switches language (loading its texts the first time); listeners re-render. */
export async function setLang(lang: Lang): Promise<void> {
  await ensureTexts(lang);
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

/** The locale the game formats in for a language. */
export function localeOf(lang: Lang = currentLang()): string {
  return lang === 'en' ? 'en-GB' : 'nl-NL';
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** A number formatter for a language and options, made once (making one takes up to a millisecond). */
export function numberFormat(options: Intl.NumberFormatOptions, lang: Lang = currentLang()): Intl.NumberFormat {
  const key = `n:${lang}:${JSON.stringify(options)}`;
  const known = formats.get(key);
  if (known instanceof Intl.NumberFormat) return known;
  const made = new Intl.NumberFormat(localeOf(lang), options);
  formats.set(key, made);
  return made;
}

/** A date formatter for a language and options, made once. */
export function dateFormat(options: Intl.DateTimeFormatOptions, lang: Lang = currentLang()): Intl.DateTimeFormat {
  const key = `d:${lang}:${JSON.stringify(options)}`;
  const known = formats.get(key);
  if (known instanceof Intl.DateTimeFormat) return known;
  const made = new Intl.DateTimeFormat(localeOf(lang), options);
  formats.set(key, made);
  return made;
}

/** Euros from cents: € 1.250,50 (nl) or €1,250.50 (en); whole euros when asked. */
export function formatMoney(cents: number, options: { whole?: boolean; lang?: Lang } = {}): string {
  const digits = options.whole ? 0 : 2;
  const format = numberFormat(
    { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits },
    options.lang ?? currentLang(),
  );
  // Cents to euros exactly: the integer part and the remainder are formatted separately only for display.
  return format.format(cents / 100);
}

/** A number with one decimal, per locale. */
export function formatDecimal(value: number, digits = 1): string {
  return numberFormat({ minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
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
