/** The menu's texts and the later screens' texts: together each whole table, and the light page never asks for a later text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../tools/files';
import { LATER_TEXT_KEYS, textsPlugin } from '../../tools/vite-texts';

const DIR = join(ROOT, 'src', 'services', 'locales');
const FILES = readdirSync(DIR).filter((file) => /(^|\.)(nl|en)\.json$/.test(file));

type Hook = (this: { addWatchFile: (file: string) => void }, ...args: string[]) => string | null;

function part(file: string, which: 'start' | 'later'): Record<string, unknown> {
  const plugin = textsPlugin();
  const context = { addWatchFile: () => undefined };
  const id = (plugin.resolveId as unknown as Hook).call(context, `./locales/${file}?texts=${which}`, join(ROOT, 'src/services/i18n.ts'));
  expect(id).toBeTypeOf('string');
  const code = (plugin.load as unknown as Hook).call(context, id ?? '');
  const json = /^export default JSON\.parse\((.*)\);$/.exec(code ?? '')?.[1];
  return JSON.parse(JSON.parse(json ?? '""') as string) as Record<string, unknown>;
}

/** The top-level keys the code in these files asks for with t('key.…'). */
function keysUsedIn(files: readonly string[]): Set<string> {
  const used = new Set<string>();
  for (const file of files) {
    for (const match of readFileSync(join(ROOT, file), 'utf8').matchAll(/\bt\(['`]([A-Za-z]+)[.'`$]/g)) used.add(match[1] ?? '');
  }
  return used;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

describe('texts split for the menu', () => {
  it.each(FILES)('%s: the start and the later texts are apart and make up the whole table', (file) => {
    const whole = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
    const start = part(file, 'start');
    const later = part(file, 'later');
    expect(Object.keys(start).filter((key) => key in later)).toEqual([]);
    expect({ ...start, ...later }).toEqual(whole);
    expect(Object.keys(later).every((key) => LATER_TEXT_KEYS.has(key))).toBe(true);
  });

  it('names only keys that a table has', () => {
    const keys = new Set(FILES.flatMap((file) => Object.keys(JSON.parse(readFileSync(join(DIR, file), 'utf8')) as object)));
    expect([...LATER_TEXT_KEYS].filter((key) => !keys.has(key))).toEqual([]);
  });

  it('leaves every text the menu, the page shell and the canvas ask for in the start texts', () => {
    const light = [
      'src/main.ts',
      'src/ui/app.ts',
      'src/ui/loader.ts',
      'src/ui/screens/menu.ts',
      'src/ui/format.ts',
      'src/services/notices.ts',
      'src/services/offline.ts',
      ...sources('src/game'),
    ];
    const used = keysUsedIn(light);
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((key) => LATER_TEXT_KEYS.has(key))).toEqual([]);
  });
});
