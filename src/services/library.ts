/**
 * The cases this deployment offers: read at start from scenarios/index.json, so a
 * trainer adds a case by adding a file and a line, without a rebuild.
 */
import type { Scenario } from '../core';
import { hasErrors, loadCatalogue, loadScenario, loadTariff } from '../scenario/load';
import type { Problem } from '../scenario/problems';
import type { CatalogueDoc, ScenarioDoc, TariffDoc } from '../scenario/schema';

export interface LibraryEntry {
  readonly file: string;
  readonly scenario?: Scenario;
  readonly doc?: ScenarioDoc;
  readonly problems: readonly Problem[];
}

export interface Library {
  readonly entries: LibraryEntry[];
  catalogue?: CatalogueDoc;
  /** The gemeente's tariffs that scenarios/index.json names, applied to every listed case. */
  tariff?: TariffDoc | undefined;
  readonly problems: Problem[];
  readonly lookup: (id: string, version: number) => Scenario | undefined;
  readonly docOf: (id: string) => ScenarioDoc | undefined;
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
    docOf: (id) => entries.find((e) => e.scenario?.id === id)?.doc,
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

/** Reads the index, the catalogue and every listed case; a broken file is reported and skipped. */
export async function loadLibrary(base = 'scenarios/'): Promise<Library> {
  const library = createLibrary();
  const catalogueFile = 'catalogue/interventions.json';
  try {
    const loaded = loadCatalogue(catalogueFile, await fetchText(base + catalogueFile));
    if (loaded.value) library.catalogue = loaded.value;
    library.problems.push(...loaded.problems);
  } catch (error) {
    library.problems.push(fetchProblem(catalogueFile, error));
    return library;
  }
  let files: string[] = [];
  let tariff: TariffDoc | undefined;
  try {
    const index = JSON.parse(await fetchText(`${base}index.json`)) as { scenarios?: unknown; tariff?: unknown };
    files = Array.isArray(index.scenarios) ? index.scenarios.filter((f): f is string => typeof f === 'string') : [];
    // A deployment may apply one gemeente's tariffs to every case.
    if (typeof index.tariff === 'string') {
      const loadedTariff = loadTariff(index.tariff, await fetchText(base + index.tariff));
      library.problems.push(...loadedTariff.problems);
      tariff = loadedTariff.value;
    }
  } catch (error) {
    library.problems.push(fetchProblem('index.json', error));
  }
  library.tariff = tariff;
  for (const file of files) {
    try {
      const text = await fetchText(base + file);
      const loaded = library.catalogue ? loadScenario(file, text, library.catalogue, tariff) : undefined;
      if (!loaded) continue;
      library.entries.push({
        file,
        ...(loaded.scenario ? { scenario: loaded.scenario } : {}),
        ...(loaded.doc ? { doc: loaded.doc } : {}),
        problems: loaded.problems,
      });
      if (hasErrors(loaded.problems)) library.problems.push(...loaded.problems);
    } catch (error) {
      library.problems.push(fetchProblem(file, error));
    }
  }
  return library;
}

/** Reads one listed file again (after it changed on disk) and puts it in the library. */
export async function reloadEntry(library: Library, file: string, base = 'scenarios/'): Promise<LibraryEntry | undefined> {
  if (!library.catalogue || file.startsWith('catalogue/') || file === 'index.json' || file.includes('schema')) return undefined;
  try {
    const loaded = loadScenario(file, await fetchText(base + file), library.catalogue, library.tariff);
    const entry: LibraryEntry = {
      file,
      ...(loaded.scenario ? { scenario: loaded.scenario } : {}),
      ...(loaded.doc ? { doc: loaded.doc } : {}),
      problems: loaded.problems,
    };
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
