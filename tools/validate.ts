/**
 * npm run validate -- [--lang en] [--tariff file.json] [files…]
 * Checks scenarios, the catalogue and tariff files (all of them when no file is
 * named): one line per problem, file:line:column  json.path  message (hint).
 * Exit code 1 when there is an error (a file that cannot be read is one too), 0 when
 * there are only warnings, 2 when the command line itself is wrong.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PAYER_IDS, PLAY_MODES, referenceOptionsFor, runCase } from '../src/core';
import { hasErrors, loadCatalogue, loadScenario, loadTariff } from '../src/scenario/load';
import { formatProblem, type Lang } from '../src/scenario/messages';
import type { Problem } from '../src/scenario/problems';
import type { CatalogueDoc, TariffDoc } from '../src/scenario/schema';
import { CATALOGUE_FILE, SCENARIO_DIR, displayPath, readAuthoredFile, readProblem, readScenario, shippedScenarioFiles } from './files';

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
  const read = readAuthoredFile(file);
  if (read.failure) return [readProblem(file, read.failure)];
  let index: { scenarios?: unknown; tariff?: unknown };
  try {
    index = JSON.parse(read.text) as typeof index;
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
  out.push(...unbookedPayers(listed, at));
  return out;
}

/**
 * Payers that no listed case can book: no case offers help they pay, has an income,
 * bill or debt of theirs, or names them in its ledger when played on its routes and
 * without decisions, in every mode.
 */
function unbookedPayers(listed: readonly string[], at: Pick<Problem, 'file' | 'position'>): Problem[] {
  const booked = new Set<string>();
  for (const name of listed) {
    const file = join(SCENARIO_DIR, name);
    if (!existsSync(file)) continue;
    const scenario = readScenario(file).scenario;
    if (!scenario) continue;
    for (const i of scenario.interventions) booked.add(i.payer).add(i.to);
    for (const i of scenario.incomes) booked.add(i.payer);
    for (const b of scenario.bills) if (b.booked) booked.add(b.payee);
    for (const d of scenario.debts) booked.add(d.creditor);
    for (const route of [[], scenario.routes.system, scenario.routes.breakthrough]) {
      for (const mode of PLAY_MODES) {
        for (const entry of runCase(scenario, route, 1, referenceOptionsFor(mode)).ledger) {
          booked.add(entry.from);
          booked.add(entry.to);
        }
      }
    }
  }
  return PAYER_IDS.filter((payer) => !booked.has(payer)).map((payer) => ({
    ...at,
    path: ['scenarios'],
    severity: 'warning',
    code: 'payerNeverBooked',
    params: { id: payer },
  }));
}

const USAGE = 'npm run validate -- [--lang en] [--tariff file.json] [files…]';

/** The language asked for, also when the rest of the command line is wrong. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  return argv[at + 1] === 'en' || argv.includes('--lang=en') ? 'en' : 'nl';
}

function usageError(lang: Lang, detail: string): number {
  process.stderr.write(lang === 'en' ? `validate: ${detail}\nusage: ${USAGE}\n` : `validate: ${detail}\ngebruik: ${USAGE}\n`);
  return 2;
}

/** Reads and loads one file of the given kind; a file that cannot be read is one problem. */
function readFile(file: string): { text?: string; problems: Problem[] } {
  const read = readAuthoredFile(file);
  return read.failure ? { problems: [readProblem(file, read.failure)] } : { text: read.text, problems: [] };
}

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    const lang = langOf(argv);
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = argv.find((a) => a.startsWith('-') && !/^--(lang|tariff)(=|$)/.test(a)) ?? '';
      return usageError(lang, `${lang === 'en' ? 'unknown option' : 'onbekende optie'} ${option}`);
    }
    return usageError(lang, lang === 'en' ? 'an option is missing its value' : 'een optie mist zijn waarde');
  }
  const { values, positionals: files } = parsed;
  const langValue = values.lang ?? 'nl';
  if (langValue !== 'nl' && langValue !== 'en') return usageError('nl', '--lang moet nl of en zijn / --lang must be nl or en');
  const lang: Lang = langValue;
  const targets = files.length > 0 ? files : allFiles();
  const problems: Problem[] = [];
  const catalogueRead = readFile(CATALOGUE_FILE);
  const catalogueLoaded =
    catalogueRead.text === undefined
      ? { problems: catalogueRead.problems }
      : loadCatalogue(displayPath(CATALOGUE_FILE), catalogueRead.text);
  const catalogue: CatalogueDoc | undefined = catalogueLoaded.value;
  let tariff: TariffDoc | undefined;
  if (values.tariff !== undefined) {
    const read = readFile(values.tariff);
    if (read.text === undefined) problems.push(...read.problems);
    else {
      const loaded = loadTariff(displayPath(values.tariff), read.text);
      problems.push(...loaded.problems);
      tariff = loaded.value;
    }
  }
  let checked = 0;
  for (const file of targets) {
    const shown = displayPath(file);
    const read = readFile(file);
    if (read.text === undefined) {
      problems.push(...read.problems);
      continue;
    }
    checked += 1;
    const text = read.text;
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

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { lang: { type: 'string' }, tariff: { type: 'string' } },
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
