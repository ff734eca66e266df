import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesDocument } from '../../tools/cases-doc';
import { ROOT } from '../../tools/files';

describe('docs/cases.md', { timeout: 60_000 }, () => {
  it('is what npm run cases-doc makes from the cases now (run it after changing a case)', async () => {
    expect(readFileSync(join(ROOT, 'docs', 'cases.md'), 'utf8')).toBe(await casesDocument());
  });
});
