/**
 * The cases this deployment offers: read at start from scenarios/index.json, so a
 * trainer adds a case by adding a file and a line, without a rebuild. Cases the
 * build checked arrive compiled (scenarios/compiled.json) and start without the
 * validator; a case that is new or changed since the build is checked here, with
 * the validator loaded only then. This module reads (fetchLibrary): the menu shows
 * from what was read; library-build.ts builds, and loads with the first case.
 */
import type { Scenario, ScenarioDef } from '../core';
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
  /** Takes out the case a trainer's file added under this id, and puts back the listed case it replaced, if any. */
  readonly removeAdded: (id: string) => void;
  /** The workbench's kept files as found at start-up. */
  workbench?: WorkbenchAtStart;
}

/** An empty library. */
export function createLibrary(): Library {
  const entries: LibraryEntry[] = [];
  /** Per id, the first entry that an added one replaced (undefined when the id was new). */
  const replaced = new Map<string, LibraryEntry | undefined>();
  const indexOf = (id: string | undefined): number => entries.findIndex((e) => e.scenario !== undefined && e.scenario.id === id);
  return {
    entries,
    problems: [],
    lookup: (id, version) => entries.find((e) => e.scenario?.id === id && e.scenario.version === version)?.scenario,
    add: (entry) => {
      const id = entry.scenario?.id;
      const at = indexOf(id);
      if (id !== undefined && !replaced.has(id)) replaced.set(id, at >= 0 ? entries[at] : undefined);
      if (at >= 0) entries.splice(at, 1, entry);
      else entries.push(entry);
    },
    removeAdded: (id) => {
      if (!replaced.has(id)) return;
      const original = replaced.get(id);
      replaced.delete(id);
      const at = indexOf(id);
      if (at < 0) return;
      if (original) entries.splice(at, 1, original);
      else entries.splice(at, 1);
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

export async function fetchText(url: string): Promise<string> {
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

/** A listed case file as it was read, with the build's definition when the build checked exactly this text. */
export interface FetchedCase {
  readonly file: string;
  readonly text?: string;
  readonly def?: ScenarioDef;
  readonly problems: readonly Problem[];
}

/** What the start of the page read over the network: nothing built yet, so it needs neither the core nor the validator. */
export interface FetchedLibrary {
  readonly problems: Problem[];
  readonly catalogueText?: string;
  readonly tariff?: { readonly file: string; readonly text: string } | undefined;
  readonly cases: readonly FetchedCase[];
}

/** What the menu shows of a case; both a compiled definition and a built scenario have it. */
export type MenuCase = Pick<ScenarioDef, 'id' | 'version' | 'title' | 'months' | 'ownBudget' | 'text'>;

/** Reads the index, the catalogue and every listed case in parallel; a file that cannot be read is reported. */
export async function fetchLibrary(base = 'scenarios/'): Promise<FetchedLibrary> {
  const problems: Problem[] = [];
  const catalogueFile = 'catalogue/interventions.json';
  const [indexText, catalogueText, compiled] = await Promise.all([
    fetchText(`${base}index.json`).catch((error: unknown) => {
      problems.push(fetchProblem('index.json', error));
      return undefined;
    }),
    fetchText(base + catalogueFile).catch((error: unknown) => {
      problems.push(fetchProblem(catalogueFile, error));
      return undefined;
    }),
    fetchCompiled(base + COMPILED_FILE),
  ]);
  if (indexText === undefined || catalogueText === undefined) return { problems, cases: [] };
  let files: string[] = [];
  let tariff: FetchedLibrary['tariff'];
  try {
    const index: unknown = JSON.parse(indexText);
    const record = index && typeof index === 'object' ? (index as { scenarios?: unknown; tariff?: unknown }) : {};
    files = Array.isArray(record.scenarios) ? record.scenarios.filter((f): f is string => typeof f === 'string') : [];
    // A deployment may apply one gemeente's tariffs to every case.
    if (typeof record.tariff === 'string') tariff = { file: record.tariff, text: await fetchText(base + record.tariff) };
  } catch (error) {
    problems.push(fetchProblem('index.json', error));
  }
  const fresh = compiled && compiled.catalogue === contentHash(catalogueText) && compiled.tariff === contentHash(tariff?.text ?? '');
  const cases = await Promise.all(
    files.map(async (file): Promise<FetchedCase> => {
      try {
        const text = await fetchText(base + file);
        const built = fresh ? compiled.cases.find((c) => c.file === file && c.hash === contentHash(text)) : undefined;
        return { file, text, ...(built ? { def: built.def } : {}), problems: [] };
      } catch (error) {
        return { file, problems: [fetchProblem(file, error)] };
      }
    }),
  );
  return { problems, catalogueText, tariff, cases };
}

/**
 * The menu's cases straight from what was read, when the library needs no building to
 * show them: every readable case arrived compiled and no workbench file is kept. Otherwise
 * undefined: then the library is built (and a changed case checked) before the menu shows.
 */
export function menuCasesOf(fetched: FetchedLibrary): readonly MenuCase[] | undefined {
  if (fetched.catalogueText === undefined) return [];
  if (fetched.cases.some((c) => c.text !== undefined && !c.def)) return undefined;
  const kept = readWorkbenchFiles();
  if (kept.unreadable || kept.files.scenario || kept.files.tariff) return undefined;
  return fetched.cases.flatMap((c) => (c.def ? [c.def] : []));
}

export function fetchProblem(file: string, error: unknown): Problem {
  return {
    file,
    path: [],
    position: { line: 1, column: 1 },
    severity: 'error',
    code: 'schema',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}
