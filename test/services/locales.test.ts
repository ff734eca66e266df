/** The Dutch and English texts stay complete: the same keys in both languages, and no key owned by two files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';

const DIR = join(ROOT, 'src', 'services', 'locales');

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

function table(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
}

function files(lang: 'nl' | 'en'): string[] {
  return readdirSync(DIR).filter((file) => file === `${lang}.json` || file.endsWith(`.${lang}.json`));
}

describe('locales', () => {
  it('has an English file for every Dutch one', () => {
    // Sorted after the language is taken off: 'en.json' and 'nl.json' fall in different places among the feature files.
    expect(
      files('en')
        .map((file) => file.replace(/en\.json$/, ''))
        .sort(),
    ).toEqual(
      files('nl')
        .map((file) => file.replace(/nl\.json$/, ''))
        .sort(),
    );
  });

  it.each(files('nl'))('%s has the same keys in English', (file) => {
    const english = file === 'nl.json' ? 'en.json' : file.replace(/\.nl\.json$/, '.en.json');
    expect(keysOf(table(english)).sort()).toEqual(keysOf(table(file)).sort());
  });

  it('gives each top-level key to one file only', () => {
    const owner = new Map<string, string>();
    for (const file of files('nl')) {
      for (const key of Object.keys(table(file))) {
        expect(owner.get(key), `${key} is in ${owner.get(key) ?? ''} and ${file}`).toBeUndefined();
        owner.set(key, file);
      }
    }
  });

  it('leaves no text empty', () => {
    for (const file of [...files('nl'), ...files('en')]) {
      const flat = (value: unknown): unknown[] =>
        typeof value === 'object' && value !== null ? Object.values(value).flatMap(flat) : [value];
      for (const text of flat(table(file))) expect(typeof text === 'string' && text.trim() !== '', file).toBe(true);
    }
  });
});
