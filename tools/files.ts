/** Reads scenario, catalogue and tariff files from disk for the command-line tools and the tests. */
import { closeSync, constants, fstatSync, openSync, readSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogueDoc, TariffDoc } from '../src/scenario/schema';
import { MAX_BYTES } from '../src/scenario/json';
import { hasErrors, loadCatalogue, loadScenario, loadTariff, type LoadedScenario } from '../src/scenario/load';
import { formatProblem } from '../src/scenario/messages';
import type { Problem } from '../src/scenario/problems';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCENARIO_DIR = join(ROOT, 'scenarios');
export const CATALOGUE_FILE = join(SCENARIO_DIR, 'catalogue', 'interventions.json');

/** A path as shown in messages: relative to the project when inside it. */
export function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

/** Why a file could not be read: a validator message code (src/scenario/messages.ts) and its parameters. */
export interface ReadFailure {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type ReadOutcome = { readonly text: string; readonly failure?: undefined } | { readonly failure: ReadFailure };

/** The largest file the tools read: what the parser accepts, since a UTF-8 byte is at most one character. */
export const MAX_FILE_BYTES = MAX_BYTES;

const CHUNK_BYTES = 64 * 1024;

/** A size as authors read it: whole megabytes, else kilobytes rounded up (so 2,000,001 bytes is not "2 MB"). */
export function formatSize(bytes: number): string {
  if (bytes % 1_000_000 === 0 || bytes >= 10_000_000) return `${Math.round(bytes / 1_000_000)} MB`;
  return `${Math.ceil(bytes / 1000)} kB`;
}

/** The message code for an error from opening or reading a file. */
function failureFrom(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return { code: 'file:notFound', params: {} };
    case 'EACCES':
    case 'EPERM':
      return { code: 'file:noPermission', params: {} };
    case 'EISDIR':
      return { code: 'file:directory', params: {} };
    case 'ENXIO':
      return { code: 'file:notRegular', params: {} };
    default:
      return { code: 'file:unreadable', params: { detail: code } };
  }
}

/**
 * Reads an authored file as UTF-8 text without trusting it: only ordinary files,
 * never more than `limit` bytes (checked with fstat before reading, and again while
 * reading in chunks, for files that grow or report no size), and every failure is a
 * message code instead of an exception. Invalid bytes become U+FFFD, which the parser reports.
 */
export function readAuthoredFile(file: string, limit = MAX_FILE_BYTES): ReadOutcome {
  let fd: number;
  try {
    // Without O_NONBLOCK, opening a pipe that nobody writes to waits forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { failure: failureFrom(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { failure: { code: 'file:directory', params: {} } };
    if (!stat.isFile()) return { failure: { code: 'file:notRegular', params: {} } };
    const tooLarge = (size: string): ReadOutcome => ({
      failure: { code: 'file:tooLarge', params: { received: size, max: formatSize(limit) } },
    });
    if (stat.size > limit) return tooLarge(formatSize(stat.size));
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) return tooLarge(`${formatSize(limit)}+`);
    }
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks, total)) };
  } catch (error) {
    return { failure: failureFrom(error) };
  } finally {
    closeSync(fd);
  }
}

/** A read failure as a problem at the top of the file. */
export function readProblem(file: string, failure: ReadFailure): Problem {
  return {
    file: displayPath(file),
    path: [],
    position: { line: 1, column: 1 },
    severity: 'error',
    code: failure.code,
    params: failure.params,
  };
}

/** Reads a file as UTF-8 text; throws with the validator's (English) message when it cannot be read. */
export function readText(file: string): string {
  const read = readAuthoredFile(file);
  if (read.failure) throw new Error(formatProblem(readProblem(file, read.failure), 'en'));
  return read.text;
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
  const read = readAuthoredFile(file);
  if (read.failure) return { problems: [readProblem(file, read.failure)], overridden: [] };
  return loadScenario(displayPath(file), read.text, catalogue, tariff);
}

/** The scenario files shipped in scenarios/ (not the catalogue, index or schema files). */
export function shippedScenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json') && f !== 'index.json')
    .sort()
    .map((f) => join(SCENARIO_DIR, f));
}

export { basename };
