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

/** A file a trainer opened in the workbench, as it was read. */
export interface KeptFile {
  readonly name: string;
  readonly text: string;
}

/** The files the workbench keeps in this browser, so a reload shows the same check and resumes a case played from it. */
export interface WorkbenchFiles {
  readonly scenario?: KeptFile;
  readonly tariff?: KeptFile;
}

/** What the library found of the workbench's files at start-up. */
export interface WorkbenchAtStart {
  readonly files: WorkbenchFiles;
  /** The kept case as the library checked it (its problems included), when a case file was kept. */
  readonly entry?: LibraryEntry;
  /** The stored files could not be read (and have been forgotten). */
  readonly unreadable?: boolean;
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
  /** The workbench's kept files as found at start-up. */
  workbench?: WorkbenchAtStart;
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

const WORKBENCH_KEY = 'wijkteam-kostenspel:workbench';

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const isKept = (value: unknown): value is KeptFile =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as KeptFile).name === 'string' &&
  typeof (value as KeptFile).text === 'string';

/** The workbench's kept files; `unreadable` when what is stored is not what the workbench wrote. */
export function readWorkbenchFiles(): { readonly files: WorkbenchFiles; readonly unreadable?: boolean } {
  const raw = localStore()?.getItem(WORKBENCH_KEY);
  if (raw === null || raw === undefined) return { files: {} };
  try {
    const data = JSON.parse(raw) as unknown;
    if (typeof data !== 'object' || data === null) throw new Error('not an object');
    const { scenario, tariff } = data as Record<string, unknown>;
    if ((scenario !== undefined && !isKept(scenario)) || (tariff !== undefined && !isKept(tariff))) throw new Error('not a file');
    return { files: { ...(isKept(scenario) ? { scenario } : {}), ...(isKept(tariff) ? { tariff } : {}) } };
  } catch {
    return { files: {}, unreadable: true };
  }
}

/** Keeps a file the trainer opened, in this browser only; false when the browser would not store it (too large, blocked). */
export function keepWorkbenchFile(kind: 'scenario' | 'tariff', file: KeptFile): boolean {
  const store = localStore();
  if (!store) return false;
  const { files } = readWorkbenchFiles();
  try {
    store.setItem(WORKBENCH_KEY, JSON.stringify({ ...files, [kind]: { name: file.name, text: file.text } }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the workbench's files. */
export function forgetWorkbenchFiles(): void {
  localStore()?.removeItem(WORKBENCH_KEY);
}

/**
 * Checks the workbench's kept case file at start-up, with its kept tariffs (or the
 * deployment's), so a save of a case played from the workbench resumes. A kept file
 * that no longer loads is reported with its problems and never stops the start.
 */
async function loadWorkbench(library: Library, catalogueText: string): Promise<void> {
  const kept = readWorkbenchFiles();
  if (kept.unreadable) forgetWorkbenchFiles();
  const { scenario, tariff } = kept.files;
  if (!scenario) {
    library.workbench = { files: kept.files, ...(kept.unreadable ? { unreadable: true } : {}) };
    return;
  }
  let entry: LibraryEntry;
  try {
    entry = await compileHere(
      scenario.name,
      scenario.text,
      catalogueText,
      tariff ? { file: tariff.name, text: tariff.text } : library.tariff,
    );
  } catch (error) {
    entry = { file: scenario.name, problems: [fetchProblem(scenario.name, error)] };
  }
  library.workbench = { files: kept.files, entry };
  if (entry.scenario && !entry.problems.some((p) => p.severity === 'error')) library.add(entry);
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
  // After the listed cases: a trainer's own case with the id of a listed one takes its place, as when played from the workbench.
  await loadWorkbench(library, catalogueText);
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
