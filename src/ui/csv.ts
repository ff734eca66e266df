/**
 * CSV that Dutch Excel opens as a table and never runs: a byte-order mark so UTF-8
 * is read as UTF-8, `;` between cells and a decimal comma in the Dutch game, and every
 * text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return prefixed
 * with an apostrophe (OWASP, CSV injection; CWE-1236), so it stays text.
 */

/** A cell: text, a whole number, or an amount in cents shown as euros. */
export type CsvCell = string | number | { readonly cents: number } | { readonly decimal: number; readonly digits: number };

export interface CsvOptions {
  /** 'nl': `;` and a decimal comma (Dutch Excel); 'en': `,` and a decimal point. */
  readonly lang: 'nl' | 'en';
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A text cell made safe and quoted. */
function textCell(text: string, separator: string): string {
  const safe = DANGEROUS_START.test(text) ? `'${text}` : text;
  return /["\n\r]/.test(safe) || safe.includes(separator) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function numberCell(value: number, digits: number, lang: CsvOptions['lang']): string {
  const text = value.toFixed(digits);
  return lang === 'nl' ? text.replace('.', ',') : text;
}

/** The rows as one CSV text, starting with a byte-order mark. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions): string {
  const separator = options.lang === 'nl' ? ';' : ',';
  const cell = (value: CsvCell): string => {
    if (typeof value === 'string') return textCell(value, separator);
    if (typeof value === 'number') return numberCell(value, 0, options.lang);
    if ('cents' in value) return numberCell(value.cents / 100, 2, options.lang);
    return numberCell(value.decimal, value.digits, options.lang);
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(separator)).join('\r\n')}\r\n`;
}
