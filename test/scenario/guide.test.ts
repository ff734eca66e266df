import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { MESSAGE_CODES, problemMessage } from '../../src/scenario/messages';
import { ROOT, readCatalogue } from '../../tools/files';

const catalogue = readCatalogue();
const guides = ['authoring.md', 'authoring.en.md'];

/** Every complete example in a guide: fenced blocks marked ```json scenario. */
function examples(markdown: string): string[] {
  return [...markdown.matchAll(/```json scenario\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

describe.each(guides)('the guide %s', (guide) => {
  const text = readFileSync(join(ROOT, 'docs', guide), 'utf8');

  it('has worked examples', () => {
    expect(examples(text).length).toBeGreaterThanOrEqual(3);
  });

  it('every complete example validates without errors or warnings', () => {
    examples(text).forEach((example, i) => {
      const loaded = loadScenario(`${guide}#${i + 1}`, example, catalogue, undefined, { analyse: true });
      expect(loaded.problems).toEqual([]);
      expect(loaded.scenario).toBeDefined();
    });
  });

  it('explains every validator message, as the validator prints it', () => {
    const lang = guide.endsWith('.en.md') ? 'en' : 'nl';
    const placeholders = (withSuggestion: boolean): Record<string, string> => {
      const keys = [
        'key',
        'id',
        'kind',
        'char',
        'expected',
        'received',
        'options',
        'minimum',
        'maximum',
        'max',
        'month',
        'months',
        'last',
        'template',
        'detail',
        'note',
        'seed',
        'mode',
        'fields',
        'days',
      ];
      const entries: [string, string][] = [
        ...keys.map((k): [string, string] => [k, '…']),
        ...(withSuggestion ? [['suggestion', '…'] as [string, string]] : []),
      ];
      return Object.fromEntries(entries);
    };
    const missing = MESSAGE_CODES[lang].filter(
      (code) => ![true, false].some((s) => text.includes(problemMessage({ code, params: placeholders(s) }, lang))),
    );
    expect(missing).toEqual([]);
  });
});
