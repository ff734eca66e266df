/**
 * Checks every case scenarios/index.json lists when the site is built, and fails
 * the build on any error, so a deployment never ships a broken case. The compiled
 * definitions go into scenarios/compiled.json: the game starts them without loading
 * the validator, as long as the files are still the ones checked here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { CompiledLibrary } from '../src/scenario/hash.ts';
import type { Problem } from '../src/scenario/problems.ts';

/** Compiles the listed cases; the problems are every error found. The validator loads only when a build needs it. */
export async function compileShippedCases(
  scenarioDir: string,
): Promise<{ readonly library: CompiledLibrary; readonly errors: readonly Problem[] }> {
  const { contentHash } = await import('../src/scenario/hash.ts');
  const { hasErrors, loadCatalogue, loadScenario, loadTariff } = await import('../src/scenario/load.ts');
  const read = (file: string): string => readFileSync(join(scenarioDir, file), 'utf8');
  const index = JSON.parse(read('index.json')) as { scenarios?: unknown; tariff?: unknown };
  const files = Array.isArray(index.scenarios) ? index.scenarios.filter((f): f is string => typeof f === 'string') : [];
  const catalogueText = read('catalogue/interventions.json');
  const tariffText = typeof index.tariff === 'string' ? read(index.tariff) : '';
  const catalogue = loadCatalogue('catalogue/interventions.json', catalogueText);
  const tariff = typeof index.tariff === 'string' ? loadTariff(index.tariff, tariffText) : undefined;
  const errors: Problem[] = [...catalogue.problems, ...(tariff?.problems ?? [])].filter((p) => p.severity === 'error');
  const cases: CompiledLibrary['cases'][number][] = [];
  if (catalogue.value) {
    for (const file of files) {
      const text = read(file);
      const loaded = loadScenario(file, text, catalogue.value, tariff?.value);
      errors.push(...loaded.problems.filter((p) => p.severity === 'error'));
      if (loaded.def && !hasErrors(loaded.problems)) cases.push({ file, hash: contentHash(text), def: loaded.def });
    }
  }
  return { library: { format: 1, catalogue: contentHash(catalogueText), tariff: contentHash(tariffText), cases }, errors };
}

/** The Vite plugin: a build with a broken shipped case stops with the validator's messages. */
export function compiledCasesPlugin(scenarioDir: string): Plugin {
  return {
    name: 'wijkteam-compiled-cases',
    apply: 'build',
    async generateBundle() {
      const { library, errors } = await compileShippedCases(scenarioDir);
      const { formatProblem } = await import('../src/scenario/messages.ts');
      const { COMPILED_FILE } = await import('../src/scenario/hash.ts');
      if (errors.length > 0) this.error(`shipped cases have errors:\n${errors.map((p) => formatProblem(p, 'en')).join('\n')}`);
      this.emitFile({ type: 'asset', fileName: `scenarios/${COMPILED_FILE}`, source: JSON.stringify(library) });
    },
  };
}
