import fc from 'fast-check';

import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load';
import { problemMessage } from '../../src/scenario/messages';
import { readCatalogue, readText, shippedScenarioFiles } from '../../tools/files';

const catalogue = readCatalogue();
const sources = shippedScenarioFiles().map((f) => readText(f));
const docs = sources.map((s) => JSON.parse(s) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path in a JSON value, so a mutation can pick one. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const allPaths = docs.map((d) => paths(d));

type Mutation =
  | { kind: 'replace'; doc: number; at: number; value: Json }
  | { kind: 'delete'; doc: number; at: number }
  | { kind: 'rename'; doc: number; at: number; name: string }
  | { kind: 'duplicate'; doc: number; at: number }
  | { kind: 'truncate'; doc: number; cut: number }
  | { kind: 'insert'; doc: number; cut: number; char: string };

const docIndex = fc.nat({ max: docs.length - 1 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    doc: docIndex,
    at: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  }),
  fc.record({ kind: fc.constant('delete' as const), doc: docIndex, at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), doc: docIndex, at: fc.nat(), name: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), doc: docIndex, at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), doc: docIndex, cut: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    doc: docIndex,
    cut: fc.nat(),
    char: fc.constantFrom('{', '}', '[', ']', ',', ':', '"', "'", '/', '\\', 'x', '\u0000', '\uFFFD', ' '),
  }),
);

/** Applies one mutation and returns the document text. */
function apply(m: Mutation): string {
  const source = sources[m.doc] ?? '';
  if (m.kind === 'truncate') return source.slice(0, m.cut % (source.length + 1));
  if (m.kind === 'insert') {
    const at = m.cut % (source.length + 1);
    return source.slice(0, at) + m.char + source.slice(at);
  }
  const doc = structuredClone(docs[m.doc]) as Json;
  const list = allPaths[m.doc] ?? [[]];
  const path = list[m.at % list.length] ?? [];
  if (path.length === 0) return JSON.stringify(m.kind === 'replace' ? m.value : doc);
  let parent: Json = doc;
  for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[key] as Json;
  const last = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, Json>;
  if (m.kind === 'replace') container[last] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(container)) (container as Json[]).splice(Number(last), 1);
    else delete container[last];
  } else if (m.kind === 'rename' && !Array.isArray(container)) {
    const value = container[last] as Json;
    delete container[last];
    container[m.name] = value;
  } else if (m.kind === 'duplicate' && Array.isArray(container))
    (container as Json[]).splice(Number(last), 0, structuredClone(container[Number(last)] as Json));
  return JSON.stringify(doc, null, 2);
}

describe('mutated scenarios through the cheap stages (parse, schema, references)', () => {
  it('10,000 mutated documents: never an uncaught exception, and every invalid one has an error with a path and a position', () => {
    let invalid = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const text = apply(m);
        const loaded = loadScenario('mutated.json', text, catalogue);
        if (!loaded.scenario) {
          invalid += 1;
          const errors = loaded.problems.filter((p) => p.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const p of errors) {
            expect(Array.isArray(p.path)).toBe(true);
            expect(p.position.line).toBeGreaterThanOrEqual(1);
            expect(p.position.column).toBeGreaterThanOrEqual(1);
            for (const lang of ['nl', 'en'] as const) expect(problemMessage(p, lang)).not.toMatch(/undefined|\[object Object\]/);
          }
        }
      }),
      { numRuns: 10_000 },
    );
    // Most mutations break something; the property is about those.
    expect(invalid).toBeGreaterThan(5_000);
  }, 600_000);
});
