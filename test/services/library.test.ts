/**
 * The library read at start and built later: the menu shows the shipped cases straight
 * from the build's compiled definitions, and waits for the build of the library only
 * when a case changed since the build (then the validator checks it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompiledLibrary } from '../../src/scenario/hash';
import { createLibrary, fetchLibrary, menuCasesOf } from '../../src/services/library';
import { buildLibrary } from '../../src/services/library-build';
import { SCENARIO_DIR } from '../../tools/files';
import { compileShippedCases } from '../../tools/vite-compiled-cases';
import { shipped } from '../helpers';

let compiled: CompiledLibrary;
const listed = (JSON.parse(readFileSync(join(SCENARIO_DIR, 'index.json'), 'utf8')) as { scenarios: string[] }).scenarios;

/** Serves scenarios/ as the site does, with the build's compiled.json and the given changes. */
function serve(changes: Record<string, string | null> = {}): void {
  vi.stubGlobal('fetch', (url: string) => {
    const path = url.replace(/^scenarios\//, '');
    const text =
      path in changes
        ? changes[path]
        : path === 'compiled.json'
          ? JSON.stringify(compiled)
          : existsSync(join(SCENARIO_DIR, path))
            ? readFileSync(join(SCENARIO_DIR, path), 'utf8')
            : null;
    return Promise.resolve(text === null || text === undefined ? new Response('', { status: 404 }) : new Response(text));
  });
}

beforeAll(async () => {
  compiled = (await compileShippedCases(SCENARIO_DIR)).library;
}, 120_000);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('library at start', () => {
  it('gives the menu every shipped case from the compiled definitions, and builds the same cases later', async () => {
    serve();
    const fetched = await fetchLibrary();
    const cases = menuCasesOf(fetched);
    expect(cases?.map((c) => c.id)).toEqual(compiled.cases.map((c) => c.def.id));
    expect(cases).toHaveLength(listed.length);
    const library = await buildLibrary(fetched);
    expect(library.problems).toEqual([]);
    expect(library.entries.map((e) => [e.scenario?.id, e.scenario?.version])).toEqual(cases?.map((c) => [c.id, c.version]));
    const first = cases?.[0];
    expect(first && library.lookup(first.id, first.version)?.title).toEqual(first?.title);
  });

  it('waits for the build when a case changed since the build, and the validator checks the changed file', async () => {
    const file = listed[1] ?? '';
    const changed = readFileSync(join(SCENARIO_DIR, file), 'utf8').replace('"amount": 300', '"amount": 400') + '\n';
    serve({ [file]: changed });
    const fetched = await fetchLibrary();
    expect(fetched.cases.find((c) => c.file === file)?.def).toBeUndefined();
    expect(menuCasesOf(fetched)).toBeUndefined();
    const library = await buildLibrary(fetched);
    expect(library.entries.find((e) => e.file === file)?.scenario).toBeDefined();
    expect(library.problems).toEqual([]);
  });

  it('lists the cases it could read and names the file it could not', async () => {
    const missing = listed[2] ?? '';
    serve({ [missing]: null });
    const fetched = await fetchLibrary();
    const cases = menuCasesOf(fetched);
    expect(cases).toHaveLength(listed.length - 1);
    expect(fetched.cases.find((c) => c.file === missing)?.problems.map((p) => p.file)).toEqual([missing]);
    const library = await buildLibrary(fetched);
    expect(library.problems.map((p) => p.file)).toEqual([missing]);
  });
});

describe('a case a trainer adds from the workbench', () => {
  it('takes the place of a listed case with its id, and forgetting it puts the listed case back; a new id simply leaves', () => {
    const library = createLibrary();
    const listedCase = shipped('eerste-huisbezoek');
    const other = shipped('kim-19');
    library.entries.push({ file: 'eerste-huisbezoek.json', scenario: listedCase, problems: [] });
    const own = { ...listedCase, title: { nl: 'Mijn versie' } };
    library.add({ file: 'mijn-versie.json', scenario: own, problems: [] });
    // Played twice from the workbench: still the listed case behind it.
    library.add({ file: 'mijn-versie.json', scenario: own, problems: [] });
    expect(library.entries.map((e) => e.file)).toEqual(['mijn-versie.json']);
    library.removeAdded(listedCase.id);
    expect(library.entries.map((e) => e.file)).toEqual(['eerste-huisbezoek.json']);
    expect(library.lookup(listedCase.id, listedCase.version)).toBe(listedCase);

    library.add({ file: 'kim.json', scenario: other, problems: [] });
    expect(library.entries).toHaveLength(2);
    library.removeAdded(other.id);
    expect(library.entries.map((e) => e.file)).toEqual(['eerste-huisbezoek.json']);
    // A listed case nobody added stays.
    library.removeAdded(listedCase.id);
    expect(library.entries.map((e) => e.file)).toEqual(['eerste-huisbezoek.json']);
  });
});
