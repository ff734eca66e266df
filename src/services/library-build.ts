/**
 * Builds the library from what fetchLibrary read: compiled cases are built into the
 * core's runtime form, a case that is new or changed since the build is checked with
 * the validator (loaded only then), and the workbench's kept file is checked too.
 * Loaded with the engine side, never with the menu.
 */
import { buildScenario } from '../core/runtime';
import {
  createLibrary,
  fetchLibrary,
  fetchProblem,
  fetchText,
  forgetWorkbenchFiles,
  readWorkbenchFiles,
  type FetchedLibrary,
  type Library,
  type LibraryEntry,
} from './library';

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

/** Builds the library from what was read: compiled cases are built, the others checked with the validator. */
export async function buildLibrary(fetched: FetchedLibrary): Promise<Library> {
  const library = createLibrary();
  library.problems.push(...fetched.problems);
  const { catalogueText } = fetched;
  if (catalogueText === undefined) return library;
  library.catalogueText = catalogueText;
  library.tariff = fetched.tariff;
  const entries = await Promise.all(
    fetched.cases.map(async ({ file, text, def, problems }): Promise<LibraryEntry> => {
      if (text === undefined) return { file, problems };
      try {
        if (def) return { file, scenario: buildScenario(def), problems: [] };
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

/** Reads and builds the library in one go. */
export async function loadLibrary(base = 'scenarios/'): Promise<Library> {
  return buildLibrary(await fetchLibrary(base));
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
