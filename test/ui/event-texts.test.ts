/** Every code the core's rules report has a sentence in Dutch and in English, and the rules report no code the core does not declare. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES, TEMPLATE_IDS, TEMPLATE_STEPS, TEMPLATE_STEP_CODES } from '../../src/core';
import { ROOT } from '../../tools/files';

const CORE = join(ROOT, 'src', 'core');
const LOCALES = join(ROOT, 'src', 'services', 'locales');

/** The main table with every feature table laid over it, as the game's i18n does. */
function texts(lang: 'nl' | 'en'): Record<string, unknown> {
  const files = readdirSync(LOCALES).filter((f) => f.endsWith(`.${lang}.json`));
  return Object.assign(
    {},
    JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as Record<string, unknown>,
    ...files.map((f) => JSON.parse(readFileSync(join(LOCALES, f), 'utf8')) as Record<string, unknown>),
  ) as Record<string, unknown>;
}

function textAt(table: Record<string, unknown>, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined),
    table,
  );
}

function coreSources(dir = CORE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? coreSources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [readFileSync(join(dir, entry.name), 'utf8')]
        : [],
  );
}

/** The codes written into a kind of event in the core's source: every string literal in the detail of each note(...) call of that kind. */
function emitted(kind: 'template' | 'refused'): string[] {
  const codes = new Set<string>();
  for (const source of coreSources()) {
    for (const call of source.matchAll(/note\(\s*ctx,\s*(?:\{\s*type:\s*)?'([a-zA-Z]+)'([^;]*?)\)\s*;/gs)) {
      if (call[1] !== kind) continue;
      const rest = call[2] ?? '';
      for (const literal of rest.matchAll(/'([^']+)'|`([a-z0-9-]+):/g)) codes.add(literal[1] ?? literal[2] ?? '');
    }
  }
  if (kind === 'refused') {
    // A rule's refusal ground is chosen before the call: every 'jeugdwet-…' ground written in the core.
    for (const source of coreSources()) for (const m of source.matchAll(/'(jeugdwet-[^']+)'/g)) codes.add(m[1] ?? '');
  }
  return [...codes].sort();
}

describe('the texts of the events the core reports', () => {
  it('declares a list of steps for every rule template', () => {
    expect(Object.keys(TEMPLATE_STEPS).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it('finds the steps the rules report in the source, so the check below sees them', () => {
    expect(emitted('template')).toEqual(
      expect.arrayContaining(['payment-plan', 'fourteen-day-letter', 'collection-costs', 'judgment', 'ended-at-23', 'jongerennorm']),
    );
  });

  it('the rules report no step the core does not declare', () => {
    expect(emitted('template').filter((code) => !TEMPLATE_STEP_CODES.includes(code))).toEqual([]);
  });

  it('the rules refuse on no ground the core does not declare', () => {
    expect(emitted('refused').filter((code) => !(REFUSAL_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`every declared step and refusal ground has a text in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      const table = texts(lang);
      const missing = [
        ...TEMPLATE_STEP_CODES.filter((code) => typeof textAt(table, ['template', code]) !== 'string').map((c) => `template.${c}`),
        ...(typeof textAt(table, ['template', 'vroegsignalering']) === 'string' ? [] : ['template.vroegsignalering']),
        ...REFUSAL_CODES.filter((code) => typeof textAt(table, ['refusal', code]) !== 'string').map((c) => `refusal.${c}`),
      ];
      expect(missing).toEqual([]);
    });

    it(`every template that reports a bill or a step of its own has its text in ${lang === 'nl' ? 'Dutch' : 'English'}`, () => {
      const own = textAt(texts(lang), ['templateStep']) as Record<string, Record<string, unknown>>;
      for (const [kind, steps] of Object.entries(own)) {
        for (const [step, text] of Object.entries(steps)) {
          expect((TEMPLATE_STEPS as Record<string, readonly string[]>)[kind], kind).toContain(step);
          expect(typeof text).toBe('string');
        }
      }
    });
  }
});
