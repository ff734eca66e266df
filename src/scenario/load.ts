/**
 * Loads authored files through the cheap stages (JSON with positions, schema,
 * references) and then compiles them. The same code runs in the CLI, the tests
 * and the browser; it never throws on bad input.
 */
import { z } from 'zod';
import type { Scenario } from '../core';
import { analyse } from './analyse';
import { compileScenario } from './compile';
import { describeIssue, setKnownKeys } from './issues';
import { parseJson, positionOf, type JsonPath, type ParsedJson } from './json';
import type { Problem } from './problems';
import { catalogueSchema, scenarioSchema, tariffSchema, type CatalogueDoc, type ScenarioDoc, type TariffDoc } from './schema';

export interface Loaded<T> {
  readonly value?: T;
  readonly problems: readonly Problem[];
}

/** Every field name the formats know, for "did you mean" on a misspelt field. */
function allKeys(): Set<string> {
  const knownKeys = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
        if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) knownKeys.add(name);
        walk(value);
      }
    }
  };
  const schemas: z.ZodType[] = [scenarioSchema, catalogueSchema, tariffSchema];
  for (const schema of schemas) walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  return knownKeys;
}

setKnownKeys(allKeys);

function toPath(path: readonly PropertyKey[]): JsonPath {
  return path.map((p) => (typeof p === 'number' ? p : String(p)));
}

/** The authored value at a path, to quote it back in a message. */
function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Turns zod issues into problems at file positions. */
function schemaProblems(file: string, parsed: ParsedJson, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue) => {
    const path = toPath(issue.path);
    return describeIssue(issue, issue.input ?? valueAt(parsed.value, path)).map((p) => {
      const full = [...path, ...p.extraPath];
      return { file, path: full, position: positionOf(parsed, full), severity: 'error' as const, code: p.code, params: p.params };
    });
  });
}

function parseStage<T>(file: string, text: string, schema: z.ZodType<T>): { parsed: ParsedJson; value?: T; problems: Problem[] } {
  const parsed = parseJson(text);
  const problems: Problem[] = parsed.problems.map((p) => ({
    file,
    path: p.path,
    position: p.position,
    severity: p.severity,
    code: `json:${p.code}`,
    params: p.params ?? {},
  }));
  if (parsed.value === undefined) return { parsed, problems };
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file, path: [], position: { line: 1, column: 1 }, severity: 'error', code: 'notAnObject', params: {} });
    return { parsed, problems };
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) return { parsed, problems: [...problems, ...schemaProblems(file, parsed, result.error.issues)] };
  return { parsed, value: result.data, problems };
}

/** Parses and checks a catalogue file. */
export function loadCatalogue(file: string, text: string): Loaded<CatalogueDoc> {
  const { value, problems } = parseStage(file, text, catalogueSchema);
  if (value) {
    const seen = new Set<string>();
    value.prices.forEach((p, i) => {
      if (seen.has(p.id))
        problems.push({
          file,
          path: ['prices', i, 'id'],
          position: { line: 1, column: 1 },
          severity: 'error',
          code: 'duplicateId',
          params: { id: p.id },
        });
      seen.add(p.id);
    });
  }
  return hasErrors(problems) || !value ? { problems } : { value, problems };
}

/** Parses and checks a gemeente's tariff file. */
export function loadTariff(file: string, text: string): Loaded<TariffDoc> {
  const { value, problems } = parseStage(file, text, tariffSchema);
  return hasErrors(problems) || !value ? { problems } : { value, problems };
}

export interface LoadedScenario {
  readonly scenario?: Scenario;
  readonly doc?: ScenarioDoc;
  readonly problems: readonly Problem[];
  readonly overridden: readonly string[];
}

/** Parses, checks and compiles a scenario file against a catalogue (and optional tariffs). */
export function loadScenario(
  file: string,
  text: string,
  catalogue: CatalogueDoc,
  tariff?: TariffDoc,
  options: { readonly analyse?: boolean } = {},
): LoadedScenario {
  const { parsed, value, problems } = parseStage(file, text, scenarioSchema);
  if (!value) return { problems, overridden: [] };
  const compiled = compileScenario(value, catalogue, tariff);
  const analysed = compiled.scenario && options.analyse ? analyse(compiled.scenario, parsed.value) : [];
  const all = [
    ...problems,
    ...[...compiled.problems, ...analysed].map((p) => ({
      file,
      path: p.path,
      position: positionOf(parsed, p.path),
      severity: p.severity,
      code: p.code,
      params: p.params,
    })),
  ];
  if (!value.$schema)
    all.push({ file, path: [], position: { line: 1, column: 1 }, severity: 'warning', code: 'missingSchema', params: {} });
  return compiled.scenario && !hasErrors(all)
    ? { scenario: compiled.scenario, doc: value, problems: all, overridden: compiled.overridden }
    : { doc: value, problems: all, overridden: [] };
}

/** True when any problem is an error (warnings alone do not block play). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
