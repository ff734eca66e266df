/**
 * The cases this deployment offers: read at start from scenarios/index.json, so a
 * trainer adds a case by adding a file and a line, without a rebuild. Cases the
 * build checked arrive compiled (scenarios/compiled.json) and start without the
 * validator; a case that is new or changed since the build is checked here, with
 * the validator loaded only then.
 */
import { buildScenario, type Scenario } from '../core';
import { COMPILED_FILE, contentHash, type CompiledLibrary } from '../scenario/hash';
import type { Problem } from '../scenario/problems';

export interface LibraryEntry {
  readonly file: string;
  readonly scenario?: Scenario;
  readonly problems: readonly Problem[];
}

export interface Library {
  readonly entries: LibraryEntry[];
  /** The price catalogue's text, for checking a trainer's own file. */
  catalogueText?: string;
  /** The gemeente's tariffs that scenarios/index.json names, applied to every listed case. */
  tariff?: { readonly file: string; readonly text: string } | undefined;
  readonly problems: Problem[];
  readonly lookup: (id: string, version: number) => Scenario | undefined;
  /** Adds a scenario loaded from a trainer's file; replaces one with the same id. */
  readonly add: (entry: LibraryEntry) => void;
}

/** An empty library. */
export function createLibrary(): Library {
  const entries: LibraryEntry[] = [];
  return {
    entries,
    problems: [],
    lookup: (id, version) => entries.find((e) => e.scenario?.id === id && e.scenario.version === version)?.scenario,
    add: (entry) => {
      const at = entries.findIndex((e) => e.scenario && e.scenario.id === entry.scenario?.id);
      if (at >= 0) entries.splice(at, 1, entry);
      else entries.push(entry);
    },
  };
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

async function fetchCompiled(url: string): Promise<CompiledLibrary | undefined> {
  try {
    const data: unknown = JSON.parse(await fetchText(url));
    return data && typeof data === 'object' && 'format' in data && data.format === 1 ? (data as CompiledLibrary) : undefined;
  } catch {
    // The development server has no compiled cases: every case is then checked as it loads.
    return undefined;
  }
}

/** Checks and compiles a case in the browser, loading the validator for it. */
async function compileHere(file: string, text: string, catalogueText: string, tariff: Library['tariff']): Promise<LibraryEntry> {
  const { loadCatalogue, loadScenario, loadTariff } = await import('../scenario/load');
  const catalogue = loadCatalogue('catalogue/interventions.json', catalogueText);
  const loadedTariff = tariff ? loadTariff(tariff.file, tariff.text) : undefined;
  if (!catalogue.value) return { file, problems: catalogue.problems };
  const loaded = loadScenario(file, text, catalogue.value, loadedTariff?.value);
  return {
    file,
    ...(loaded.scenario ? { scenario: loaded.scenario } : {}),
    problems: [...(loadedTariff?.problems ?? []), ...loaded.problems],
  };
}

/** Reads the index, the catalogue and every listed case in parallel; a broken file is reported and skipped. */
export async function loadLibrary(base = 'scenarios/'): Promise<Library> {
  const library = createLibrary();
  const catalogueFile = 'catalogue/interventions.json';
  const [indexText, catalogueText, compiled] = await Promise.all([
    fetchText(`${base}index.json`).catch((error: unknown) => {
      library.problems.push(fetchProblem('index.json', error));
      return undefined;
    }),
    fetchText(base + catalogueFile).catch((error: unknown) => {
      library.problems.push(fetchProblem(catalogueFile, error));
      return undefined;
    }),
    fetchCompiled(base + COMPILED_FILE),
  ]);
  if (indexText === undefined || catalogueText === undefined) return library;
  library.catalogueText = catalogueText;
  let files: string[] = [];
  try {
    const index: unknown = JSON.parse(indexText);
    const record = index && typeof index === 'object' ? (index as { scenarios?: unknown; tariff?: unknown }) : {};
    files = Array.isArray(record.scenarios) ? record.scenarios.filter((f): f is string => typeof f === 'string') : [];
    // A deployment may apply one gemeente's tariffs to every case.
    if (typeof record.tariff === 'string') library.tariff = { file: record.tariff, text: await fetchText(base + record.tariff) };
  } catch (error) {
    library.problems.push(fetchProblem('index.json', error));
  }
  const fresh =
    compiled && compiled.catalogue === contentHash(catalogueText) && compiled.tariff === contentHash(library.tariff?.text ?? '');
  const entries = await Promise.all(
    files.map(async (file): Promise<LibraryEntry> => {
      try {
        const text = await fetchText(base + file);
        const built = fresh ? compiled.cases.find((c) => c.file === file && c.hash === contentHash(text)) : undefined;
        if (built) return { file, scenario: buildScenario(built.def), problems: [] };
        return await compileHere(file, text, catalogueText, library.tariff);
      } catch (error) {
        return { file, problems: [fetchProblem(file, error)] };
      }
    }),
  );
  for (const entry of entries) {
    library.entries.push(entry);
    library.problems.push(...entry.problems.filter((p) => p.severity === 'error'));
  }
  return library;
}

/** Reads one listed file again (after it changed on disk) and puts it in the library. */
export async function reloadEntry(library: Library, file: string, base = 'scenarios/'): Promise<LibraryEntry | undefined> {
  if (!library.catalogueText || file.startsWith('catalogue/') || file === 'index.json' || file.includes('schema')) return undefined;
  try {
    const entry = await compileHere(file, await fetchText(base + file), library.catalogueText, library.tariff);
    if (entry.scenario) library.add(entry);
    return entry;
  } catch {
    return undefined;
  }
}

function fetchProblem(file: string, error: unknown): Problem {
  return {
    file,
    path: [],
    position: { line: 1, column: 1 },
    severity: 'error',
    code: 'schema',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}
