/** Reads scenario, catalogue and tariff files from disk for the command-line tools and the tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogueDoc, TariffDoc } from '../src/scenario/schema';
import { hasErrors, loadCatalogue, loadScenario, loadTariff, type LoadedScenario } from '../src/scenario/load';
import { formatProblem } from '../src/scenario/messages';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');
export const CATALOGUE_FILE = join(SCENARIO_DIR, 'catalogue', 'interventions.json');

/** A path as shown in messages: relative to the project when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Reads a file as UTF-8 text; invalid bytes become U+FFFD, which the parser reports. */
export function readText(file: string): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(file));
}

/** The shipped catalogue; throws with the formatted problems when it is broken. */
export function readCatalogue(file = CATALOGUE_FILE): CatalogueDoc {
  const loaded = loadCatalogue(displayPath(file), readText(file));
  if (!loaded.value) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  return loaded.value;
}

/** A gemeente's tariff file; throws with the formatted problems when it is broken. */
export function readTariff(file: string): TariffDoc {
  const loaded = loadTariff(displayPath(file), readText(file));
  if (!loaded.value || hasErrors(loaded.problems)) throw new Error(loaded.problems.map((p) => formatProblem(p)).join('\n'));
  return loaded.value;
}

/** Loads one scenario file against the catalogue. */
export function readScenario(file: string, catalogue = readCatalogue(), tariff?: TariffDoc): LoadedScenario {
  return loadScenario(displayPath(file), readText(file), catalogue, tariff);
}

/** The scenario files shipped in scenarios/ (not the catalogue, index or schema files). */
export function shippedScenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'index.json')
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

export { basename };
