import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseJson } from '../../src/scenario/json';
import { generatedSchemas, undescribedProperties } from '../../src/scenario/json-schema';
import { hasErrors, loadScenario } from '../../src/scenario/load';
import { MESSAGE_CODES, formatProblem, problemMessage } from '../../src/scenario/messages';
import { catalogueSchema, scenarioSchema, tariffSchema } from '../../src/scenario/schema';
import { starterScenario } from '../../src/scenario/starter';
import { ROOT, SCENARIO_DIR, readCatalogue, readText } from '../../tools/files';

const catalogue = readCatalogue();
const tutorialText = readText(join(SCENARIO_DIR, 'eerste-huisbezoek.json'));
const load = (text: string) => loadScenario('case.json', text, catalogue, undefined, { analyse: true });
const codes = (text: string): string[] => load(text).problems.map((p) => p.code);

describe('bad input gets a clear message with a position, never a crash', () => {
  it('an empty file', () => {
    const problems = load('').problems;
    expect(problems.map((p) => p.code)).toEqual(['json:empty']);
    expect(problems[0]?.position).toEqual({ line: 1, column: 1 });
  });

  it('a file of 10 MB', () => {
    const huge = `{"x": "${'a'.repeat(10 * 1024 * 1024)}"}`;
    expect(codes(huge)).toEqual(['json:tooLarge']);
  });

  it('100,000 levels of nesting', () => {
    const problems = load('['.repeat(100_000)).problems;
    expect(problems.map((p) => p.code)).toEqual(['json:tooDeep']);
    expect(problems[0]?.position.column).toBe(MAX_DEPTH + 2);
  });

  it('invalid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('{"id": "'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(codes(text)).toEqual(['json:invalidUtf8']);
  });

  it('a byte-order mark with CRLF lines parses, and positions count the lines', () => {
    const text = `\uFEFF${tutorialText.replace(/\n/g, '\r\n').replace('"months": 6', '"months": "zes"')}`;
    const problems = load(text).problems;
    expect(problems.map((p) => p.code)).toEqual(['wrongType']);
    expect(problems[0]?.position.line).toBe(tutorialText.split('\n').findIndex((l) => l.includes('"months": 6')) + 1);
  });

  it('a top-level array', () => {
    expect(codes('[1, 2, 3]')).toEqual(['notAnObject']);
  });

  it('duplicate keys', () => {
    const problems = load(tutorialText.replace('"months": 6,', '"months": 6,\n  "months": 7,')).problems;
    expect(problems.map((p) => p.code)).toContain('json:duplicateKey');
    expect(hasErrors(problems)).toBe(true);
  });

  it('comments', () => {
    expect(codes('{\n  // a comment\n  "id": "x"\n}')).toEqual(['json:comment']);
  });

  it('binary garbage', () => {
    const garbage = new TextDecoder('utf-8').decode(Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256));
    const problems = load(garbage).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toMatch(/^json:/);
  });

  it('single quotes, a missing comma and a trailing comma, each at its own position', () => {
    expect(load("{'id': 1}").problems[0]).toMatchObject({ code: 'json:singleQuote', position: { line: 1, column: 2 } });
    expect(load('{"a": 1\n "b": 2}').problems[0]).toMatchObject({ code: 'json:expectedCommaOrBrace', position: { line: 2, column: 2 } });
    expect(load('{"a": [1, 2,]}').problems[0]).toMatchObject({ code: 'json:trailingComma' });
  });
});

describe('input that is no JSON text at all', () => {
  const decode = (bytes: readonly number[]) => new TextDecoder('utf-8').decode(Uint8Array.from(bytes));

  it('the bytes of a PNG image: not a text file, not a syntax hint', () => {
    const png = decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const problems = load(png).problems;
    expect(problems.map((p) => p.code)).toEqual(['json:notText']);
    expect(formatProblem(problems[0]!, 'nl')).toContain('dit is geen tekstbestand');
    expect(formatProblem(problems[0]!, 'en')).toContain('this is not a text file');
  });

  it('a NUL anywhere, even in an otherwise good file, at its position', () => {
    const problems = load(tutorialText.replace('"months": 6', '"months": 6\u0000')).problems;
    expect(problems.map((p) => p.code)).toEqual(['json:notText']);
    expect(problems[0]?.position.line).toBe(tutorialText.split('\n').findIndex((l) => l.includes('"months": 6')) + 1);
  });

  it('a text file in another encoding with a few stray bytes is still told to save as UTF-8', () => {
    const latin1 = Buffer.from(tutorialText.replace('Anouk', 'Ano\u00ebk'), 'latin1');
    expect(codes(new TextDecoder('utf-8').decode(latin1))).toEqual(['json:invalidUtf8']);
  });

  it('numbers too large to be finite, at the position where they start', () => {
    for (const literal of ['1e999', '-1e999', `1${'0'.repeat(400)}`]) {
      const problems = load(`{\n  "months":   ${literal}\n}`).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ code: 'json:notFinite', path: ['months'], position: { line: 2, column: 15 } });
      expect(formatProblem(problems[0]!, 'nl')).toMatch(/het getal \S+ is te groot: dat is geen eindig getal/);
    }
    expect(parseJson('[1e308, 1e-999]').value).toEqual([1e308, 0]);
  });
});

describe('the mistakes trainers make', () => {
  it('a misspelt catalogue id: unknown reference with a suggestion', () => {
    const problems = load(tutorialText.replace('"use": "budgetbeheer"', '"use": "budgetbeheeer"')).problems;
    const problem = problems.find((p) => p.code === 'unknownReference');
    expect(problem?.params).toMatchObject({ id: 'budgetbeheeer', suggestion: 'budgetbeheer' });
    expect(formatProblem(problem ?? problems[0]!, 'nl')).toMatch(
      /^case\.json:\d+:\d+ {2}interventions\[0\]\.use {2}onbekende catalogus-interventie "budgetbeheeer" \(bedoel je "budgetbeheer"\?\)$/,
    );
  });

  it('a misspelt field name with a suggestion', () => {
    const problem = load(tutorialText.replace('"checkpoints"', '"checkpionts"')).problems.find((p) => p.code === 'unknownField');
    expect(problem?.params).toMatchObject({ key: 'checkpionts', suggestion: 'checkpoints' });
  });

  it('a misspelt payer with a suggestion', () => {
    const problem = load(tutorialText.replace('"payer": "belastingdienst"', '"payer": "belastingdient"')).problems[0];
    expect(problem).toMatchObject({ code: 'notAllowed', params: { suggestion: 'belastingdienst' } });
  });

  it('an amount with three decimals, a wrong date, an id with capitals', () => {
    expect(codes(tutorialText.replace('"monthly": 1345.45', '"monthly": 1345.455'))).toEqual(['euros:twoDecimals']);
    expect(codes(tutorialText.replace('"start": "2026-09-01"', '"start": "1-9-2026"'))).toEqual(['date:iso']);
    expect(codes(tutorialText.replace('"id": "anouk"', '"id": "Anouk"'))).toContain('pattern:id');
  });

  it('a reference to a member that does not exist', () => {
    const problem = load(
      tutorialText
        .replace('"member": "anouk", "domain": "financien"', '"member": "anoek", "domain": "financien"')
        .replace(/"member": "anouk",(\s*)"domain": "financien"/, '"member": "anoek",$1"domain": "financien"'),
    ).problems.find((p) => p.code === 'unknownReference');
    expect(problem?.params).toMatchObject({ kind: 'member', id: 'anoek', suggestion: 'anouk' });
  });

  it('missing English is a warning, not an error', () => {
    const problems = load(tutorialText.replace('"en": "Groceries and clothes"', '"en": "x"').replace(/,\s*"en": "x"/, '')).problems;
    expect(problems.filter((p) => p.code === 'missingEnglish')).toHaveLength(1);
    expect(hasErrors(problems)).toBe(false);
  });

  it('a decision point that no route can reach', () => {
    const text = tutorialText.replace(
      '"when": {\n        "money": {\n          "of": "debt",\n          "op": ">=",\n          "value": 450\n        }\n      }',
      '"when": { "money": { "of": "debt", "op": ">=", "value": 999999 } }',
    );
    expect(text).not.toBe(tutorialText);
    expect(codes(text)).toContain('unreachablePoint');
  });

  it('a breakthrough that is no better than the system route is flagged as no dilemma', () => {
    const doc = JSON.parse(tutorialText) as { routes: { breakthrough: unknown[] } };
    doc.routes.breakthrough = [];
    expect(codes(JSON.stringify(doc))).toContain('noDilemma');
  });
});

describe('one schema, three uses', () => {
  it('the generated JSON Schema files are up to date (run npm run schemas)', () => {
    for (const [path, text] of Object.entries(generatedSchemas())) expect(readFileSync(join(ROOT, path), 'utf8')).toBe(text);
  });

  it('every field has a description in Dutch and English', () => {
    for (const schema of [scenarioSchema, catalogueSchema, tariffSchema]) {
      expect(
        undescribedProperties(z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any', reused: 'ref' })),
      ).toEqual([]);
    }
  });

  it('every message exists in Dutch and English', () => {
    expect([...MESSAGE_CODES.en].sort()).toEqual([...MESSAGE_CODES.nl].sort());
    for (const code of MESSAGE_CODES.nl) expect(problemMessage({ code, params: { key: 'k', id: 'i', kind: 'member' } }, 'en')).not.toBe('');
  });

  it('the starter file is valid', () => {
    const loaded = load(starterScenario('mijn-casus'));
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.scenario?.id).toBe('mijn-casus');
  });

  it("the parser reports every value's position", () => {
    const parsed = parseJson('{\n  "a": [1,\n    {"b": true}]\n}');
    expect(parsed.positions.get('.a[1].b')).toEqual({ line: 3, column: 11 });
  });
});

describe('the validate command', { timeout: 60_000 }, () => {
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tools', 'validate.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

  it('passes the shipped files with exit code 0', () => {
    const result = run([]);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('prints file:line:column  path  message and exits 1 on an error', () => {
    const result = run(['--lang', 'en', join(ROOT, 'test', 'fixtures', 'broken', 'trainer-mistakes.json')]);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+:\d+ {2}\S+ {2}.+/);
  });

  it('never prints a stack trace, even on a file that does not exist', () => {
    const result = run(['does-not-exist.json']);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
