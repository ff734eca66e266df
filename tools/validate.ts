/**
 * npm run validate -- [--lang en] [--tariff file.json] [files…]
 * Checks scenarios, the catalogue and tariff files (all of them when no file is
 * named): one line per problem, file:line:column  json.path  message (hint).
 * Exit code 1 when there is an error, 0 when there are only warnings.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { hasErrors, loadCatalogue, loadScenario, loadTariff } from '../src/scenario/load';
import { formatProblem, type Lang } from '../src/scenario/messages';
import type { Problem } from '../src/scenario/problems';
import type { CatalogueDoc, TariffDoc } from '../src/scenario/schema';
import { CATALOGUE_FILE, SCENARIO_DIR, displayPath, readText, shippedScenarioFiles } from './files';

type Kind = 'scenario' | 'catalogue' | 'tariff';

function kindOf(file: string, text: string): Kind {
  if (basename(dirname(file)) === 'catalogue') return 'catalogue';
  if (basename(dirname(file)) === 'tariffs') return 'tariff';
  // A file elsewhere is recognised by its top-level fields.
  if (/"gemeente"\s*:/.test(text) && !/"household"\s*:/.test(text)) return 'tariff';
  if (/"prices"\s*:/.test(text) && !/"household"\s*:/.test(text)) return 'catalogue';
  return 'scenario';
}

function allFiles(): string[] {
  const tariffDir = join(SCENARIO_DIR, 'tariffs');
  const tariffs = existsSync(tariffDir)
    ? readdirSync(tariffDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(tariffDir, f))
    : [];
  return [CATALOGUE_FILE, ...tariffs, ...shippedScenarioFiles()];
}

/** scenarios/index.json: every listed file exists, every shipped case is listed, a named tariff exists. */
function checkIndex(lang: Lang): Problem[] {
  const file = join(SCENARIO_DIR, 'index.json');
  const shown = displayPath(file);
  const at = { file: shown, position: { line: 1, column: 1 } };
  let index: { scenarios?: unknown; tariff?: unknown };
  try {
    index = JSON.parse(readText(file)) as typeof index;
  } catch {
    return [
      {
        ...at,
        path: [],
        severity: 'error',
        code: 'schema',
        params: { detail: lang === 'en' ? 'index.json is not valid JSON' : 'index.json is geen geldige JSON' },
      },
    ];
  }
  const listed = Array.isArray(index.scenarios) ? index.scenarios.filter((f): f is string => typeof f === 'string') : [];
  const out: Problem[] = [];
  listed.forEach((name, i) => {
    if (!existsSync(join(SCENARIO_DIR, name)))
      out.push({
        ...at,
        path: ['scenarios', i],
        severity: 'error',
        code: 'schema',
        params: { detail: `${name}: ${lang === 'en' ? 'file not found' : 'bestand niet gevonden'}` },
      });
  });
  for (const shipped of shippedScenarioFiles().map((f) => basename(f))) {
    if (!listed.includes(shipped))
      out.push({
        ...at,
        path: ['scenarios'],
        severity: 'warning',
        code: 'schema',
        params: {
          detail:
            lang === 'en'
              ? `${shipped} is not listed, so a deployed site does not offer it`
              : `${shipped} staat er niet in, dus een gepubliceerde site biedt hem niet aan`,
        },
      });
  }
  if (typeof index.tariff === 'string' && !existsSync(join(SCENARIO_DIR, index.tariff)))
    out.push({ ...at, path: ['tariff'], severity: 'error', code: 'tariff:notFound', params: { id: index.tariff } });
  return out;
}

function main(argv: readonly string[]): number {
  let lang: Lang = 'nl';
  let tariffFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') {
      const value = argv[++i];
      if (value !== 'nl' && value !== 'en') {
        process.stderr.write('validate: --lang must be nl or en\n');
        return 2;
      }
      lang = value;
    } else if (arg === '--tariff') {
      tariffFile = argv[++i];
    } else if (arg.startsWith('--')) {
      process.stderr.write(`validate: unknown option ${arg}\nusage: npm run validate -- [--lang en] [--tariff file.json] [files…]\n`);
      return 2;
    } else files.push(arg);
  }
  const targets = files.length > 0 ? files : allFiles();
  const problems: Problem[] = [];
  const catalogueLoaded = loadCatalogue(displayPath(CATALOGUE_FILE), readText(CATALOGUE_FILE));
  const catalogue: CatalogueDoc | undefined = catalogueLoaded.value;
  let tariff: TariffDoc | undefined;
  if (tariffFile) {
    if (!existsSync(tariffFile)) {
      process.stderr.write(`validate: tariff file not found: ${tariffFile}\n`);
      return 2;
    }
    const loaded = loadTariff(displayPath(tariffFile), readText(tariffFile));
    problems.push(...loaded.problems);
    tariff = loaded.value;
  }
  let checked = 0;
  for (const file of targets) {
    const shown = displayPath(file);
    if (!existsSync(file)) {
      problems.push({
        file: shown,
        path: [],
        position: { line: 1, column: 1 },
        severity: 'error',
        code: 'schema',
        params: { detail: lang === 'en' ? 'file not found' : 'bestand niet gevonden' },
      });
      continue;
    }
    checked += 1;
    const text = readText(file);
    const kind = kindOf(file, text);
    if (kind === 'catalogue') problems.push(...loadCatalogue(shown, text).problems);
    else if (kind === 'tariff') problems.push(...loadTariff(shown, text).problems);
    else if (!catalogue) problems.push(...catalogueLoaded.problems);
    else problems.push(...loadScenario(shown, text, catalogue, tariff, { analyse: true }).problems);
  }
  if (files.length === 0) problems.push(...checkIndex(lang));
  for (const problem of problems) process.stdout.write(`${formatProblem(problem, lang)}\n`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  process.stderr.write(
    lang === 'en'
      ? `${checked} file(s) checked: ${errors} error(s), ${warnings} warning(s)\n`
      : `${checked} bestand(en) gecontroleerd: ${errors} fout(en), ${warnings} waarschuwing(en)\n`,
  );
  return hasErrors(problems) ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
