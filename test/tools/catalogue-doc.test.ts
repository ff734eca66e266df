import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES, guideWithCatalogue } from '../../tools/catalogue-doc';

describe.each(GUIDES)('the catalogue table in $name', { timeout: 30_000 }, ({ file, lang }) => {
  it('shows every catalogue item with every default, as npm run catalogue-doc makes it', async () => {
    expect(readFileSync(file, 'utf8')).toBe(await guideWithCatalogue(file, lang));
  });
});
