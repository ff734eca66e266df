import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocalText } from '../../src/core';
import { readScenario, SCENARIO_DIR } from '../../tools/files';
import { GUIDES, facilitationDocument } from '../../tools/facilitation-doc';

const cases = (JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: string[] }).scenarios.map((file) => {
  const scenario = readScenario(join(SCENARIO_DIR, file)).scenario;
  if (!scenario) throw new Error(`${file} does not load`);
  return scenario;
});

describe('the facilitation guides', { timeout: 60_000 }, () => {
  it.each(['nl', 'en'] as const)('%s: the per-case part is what npm run facilitation-doc makes from the cases now', async (lang) => {
    const current = readFileSync(GUIDES[lang], 'utf8');
    expect(current).toBe(await facilitationDocument(lang, current));
  });

  it.each(['nl', 'en'] as const)('%s: names every case, each pause question and each good answer', (lang) => {
    const guide = readFileSync(GUIDES[lang], 'utf8').replace(/\s+/g, ' ');
    const words = (text: LocalText): string => (lang === 'en' && text.en ? text.en : text.nl).replace(/\s+/g, ' ').trim();
    for (const scenario of cases) {
      expect(guide).toContain(`### ${words(scenario.title)}`);
      for (const goal of scenario.text.learningGoals) expect(guide).toContain(words(goal));
      for (const pause of scenario.text.pauses) {
        expect(guide).toContain(words(pause.question));
        expect(guide).toContain(words(pause.goodAnswer));
      }
    }
  });
});
