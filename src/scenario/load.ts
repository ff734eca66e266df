/**
 * Loads authored files through the cheap stages (JSON with positions, schema,
 * references) and then compiles them. The same code runs in the CLI, the tests
 * and the browser; it never throws on bad input.
 */
import { z } from 'zod';
import {
  SimulationError,
  buildScenario,
  caseOptionsFor,
  referenceOptionsFor,
  runCase,
  type PlayMode,
  type Cause,
  type Route,
  type Scenario,
  type ScenarioDef,
} from '../core';
import { analyse } from './analyse';
import { compileScenario, type CompileProblem } from './compile';
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
  /** The compiled definition: plain data the build stores and a worker rebuilds the scenario from. */
  readonly def?: ScenarioDef;
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
  const scenario = compiled.def ? buildScenario(compiled.def) : undefined;
  const simulated = scenario ? simulationProblems(scenario) : [];
  const analysed = scenario && simulated.length === 0 && options.analyse ? analyse(scenario, parsed.value) : [];
  const all = [
    ...problems,
    ...[...compiled.problems, ...simulated, ...analysed].map((p) => ({
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
  return scenario && compiled.def && !hasErrors(all)
    ? { scenario, def: compiled.def, doc: value, problems: all, overridden: compiled.overridden }
    : { doc: value, problems: all, overridden: [] };
}

/**
 * Plays the case's own routes and the route without decisions, with separate and
 * pooled budgets, by chance and with approvals granted: a file whose simulation would fail is refused here, at the
 * place that caused it, instead of failing in front of a group.
 */
export function simulationProblems(scenario: Scenario): CompileProblem[] {
  const routes: [JsonPath, Route][] = [
    [['routes', 'system'], scenario.routes.system],
    [['routes', 'breakthrough'], scenario.routes.breakthrough],
    [[], []],
  ];
  // 'all' and 'own' run alike; pooled budgets and granted approvals take other paths.
  const modes: PlayMode[] = ['all', 'pooled'];
  for (const [path, route] of routes) {
    for (const mode of modes) {
      for (const [seed, options] of [
        [1, caseOptionsFor(mode)],
        [2, referenceOptionsFor(mode)],
      ] as const) {
        try {
          runCase(scenario, route, seed, options);
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          const at = error instanceof SimulationError ? pathOfCause(scenario, error.at) : undefined;
          return [{ path: at ?? path, severity: 'error', code: 'simulationFailed', params: { detail, seed, mode } }];
        }
      }
    }
  }
  return [];
}

/** Where in the file the thing that booked an entry was written. */
function pathOfCause(scenario: Scenario, cause: Cause): JsonPath | undefined {
  const id = cause.id.replace(/:.*$/, '');
  const find = (list: readonly { readonly id: string }[], key: string, tail: JsonPath = []): JsonPath | undefined => {
    const at = list.findIndex((x) => x.id === id);
    return at < 0 ? undefined : [key, at, ...tail];
  };
  switch (cause.type) {
    case 'template':
      return find(scenario.def.templates, 'templates', ['params']);
    case 'intervention':
    case 'decision':
      return find(scenario.interventions, 'interventions') ?? find(scenario.def.templates, 'templates', ['params']);
    case 'rule':
      return find(scenario.rules, 'rules', ['then']);
    case 'event':
      return find(scenario.events, 'events', ['effects']);
    case 'point':
      return find(scenario.decisionPoints, 'decisionPoints', ['options']);
    case 'income':
    case 'bill': {
      const list = cause.type === 'income' ? scenario.incomes : scenario.bills;
      const at = list.findIndex((x) => x.id === id);
      return at < 0 ? undefined : ['household', cause.type === 'income' ? 'incomes' : 'bills', at];
    }
  }
}

/** True when any problem is an error (warnings alone do not block play). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
