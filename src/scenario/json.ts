/**
 * A strict JSON parser that remembers where every value starts, so each problem can
 * be reported as file:line:column with its JSON path. It never throws and never
 * recurses deeper than MAX_DEPTH, so hostile input gets a message, not a crash.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type JsonPath = readonly (string | number)[];

export interface JsonProblem {
  readonly code: string;
  readonly message: string;
  readonly position: Position;
  readonly path: JsonPath;
  readonly severity: 'error' | 'warning';
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ParsedJson {
  readonly value: unknown;
  /** Start position of every value, keyed by its path rendered with pathKey. */
  readonly positions: ReadonlyMap<string, Position>;
  readonly problems: readonly JsonProblem[];
}

export const MAX_DEPTH = 64;
export const MAX_BYTES = 2_000_000;

/** A stable key for a JSON path. */
export function pathKey(path: JsonPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');
}

/** Renders a path as authors read it: households.members[0].zrm. */
export function renderPath(path: JsonPath): string {
  if (path.length > 12) return `${renderPath(path.slice(0, 3))}…${renderPath(path.slice(-3)).replace(/^(?!\[)/, '.')}`;
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return text === '' ? '(root)' : text;
}

const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/** How much of the start of a file is sampled to tell text from binary data. */
const TEXT_SAMPLE = 4096;

/**
 * The index of the first character that shows the input is binary data, not text:
 * a NUL (no text editor writes one), or the first undecodable byte or control
 * character when they make up a twentieth of the sample. A few stray bytes in a
 * text file stay the parser's invalidUtf8 problem, with its own hint.
 */
function firstNonText(text: string): number | undefined {
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return nul;
  const end = Math.min(text.length, TEXT_SAMPLE);
  let bad = 0;
  let first = -1;
  for (let k = 0; k < end; k += 1) {
    const c = text.charCodeAt(k);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d)) {
      bad += 1;
      if (first < 0) first = k;
    }
  }
  return bad >= 8 && bad * 20 >= end ? first : undefined;
}

/** Line and column of a character index. */
function positionAt(text: string, index: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  return { line, column: index - lineStart + 1 };
}

class Failure extends Error {
  constructor(readonly problem: JsonProblem) {
    super(problem.message);
  }
}

/** Parses text as strict JSON with positions; a byte-order mark and CRLF line ends are accepted. */
export function parseJson(input: string): ParsedJson {
  const positions = new Map<string, Position>();
  const problems: JsonProblem[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): Position => ({ line, column: i - lineStart + 1 });
  const fail = (code: string, message: string, path: JsonPath, params?: Record<string, string | number>): never => {
    throw new Failure({ code, message, position: here(), path, severity: 'error', ...(params ? { params } : {}) });
  };

  const nonText = firstNonText(text);
  if (nonText !== undefined) {
    return {
      value: undefined,
      positions,
      problems: [
        {
          code: 'notText',
          message: 'this is not a text file',
          position: positionAt(text, nonText),
          path: [],
          severity: 'error',
        },
      ],
    };
  }

  if (text.length > MAX_BYTES) {
    return {
      value: undefined,
      positions,
      problems: [
        {
          code: 'tooLarge',
          message: `file is larger than ${MAX_BYTES} characters`,
          position: { line: 1, column: 1 },
          path: [],
          severity: 'error',
          params: { max: MAX_BYTES },
        },
      ],
    };
  }

  const skipSpace = (path: JsonPath): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        i += 1;
        line += 1;
        lineStart = i;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        i += 1;
      } else if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) {
        fail('comment', 'JSON does not allow comments', path);
      } else {
        return;
      }
    }
  };

  const parseString = (path: JsonPath): string => {
    i += 1;
    let out = '';
    let chunkStart = i;
    for (;;) {
      if (i >= text.length) fail('unterminatedString', 'text (string) is not closed with "', path);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunkStart, i);
        i += 1;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunkStart, i);
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          fail('badEscape', 'invalid escape after \\ in text', path);
        }
        chunkStart = i;
        continue;
      }
      if (c < 0x20) fail('controlCharacter', 'a line break or control character inside text; close the text with " first', path);
      if (c === 0xfffd) fail('invalidUtf8', 'the file is not valid UTF-8 text (save it as UTF-8)', path);
      i += 1;
    }
  };

  const parseNumber = (path: JsonPath): number => {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (!match) fail('badNumber', 'not a valid number', path);
    const token = (match as RegExpExecArray)[0];
    const value = Number(token);
    // JSON has no Infinity: 1e999 would silently become null in JSON.stringify and confuse every later check.
    if (!Number.isFinite(value)) {
      const received = token.length > 24 ? `${token.slice(0, 21)}…` : token;
      fail('notFinite', `the number ${received} is too large to be a finite number`, path, { received });
    }
    i += token.length;
    return value;
  };

  const parseLiteral = (path: JsonPath): unknown => {
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    const c = text[i];
    if (c === "'") fail('singleQuote', 'texts need double quotes " instead of single quotes \'', path);
    if (c === undefined) fail('unexpectedEnd', 'the file ends too early: a value is missing', path);
    const cp = text.charCodeAt(i);
    if (cp === 0xfffd || cp < 0x20)
      fail('invalidUtf8', 'the file contains bytes that are not text (is it a JSON file saved as UTF-8?)', path);
    return fail('unexpectedCharacter', `unexpected character ${JSON.stringify(c)}`, path, { char: String(c) });
  };

  const parseValue = (path: JsonPath, depth: number): unknown => {
    skipSpace(path);
    positions.set(pathKey(path), here());
    if (depth > MAX_DEPTH) fail('tooDeep', `nested more than ${MAX_DEPTH} levels deep`, path, { max: MAX_DEPTH });
    const c = text[i];
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') return parseString(path);
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return parseNumber(path);
    return parseLiteral(path);
  };

  const parseObject = (path: JsonPath, depth: number): Record<string, unknown> => {
    i += 1;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    skipSpace(path);
    if (text[i] === '}') {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace(path);
      if (text[i] !== '"') {
        if (text[i] === '}') fail('trailingComma', 'a comma before } is not allowed in JSON', path);
        if (text[i] === "'") fail('singleQuote', 'field names need double quotes', path);
        fail('expectedKey', 'expected a field name in double quotes', path);
      }
      const keyPos = here();
      const key = parseString(path);
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        problems.push({
          code: 'duplicateKey',
          message: `field "${key}" appears twice; the last one counts`,
          position: keyPos,
          path: [...path, key],
          severity: 'error',
          params: { key },
        });
      }
      skipSpace(path);
      if (text[i] !== ':') fail('expectedColon', `expected : after "${key}"`, path, { key });
      i += 1;
      out[key] = parseValue([...path, key], depth + 1);
      skipSpace(path);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === '}') {
        i += 1;
        return out;
      }
      fail('expectedCommaOrBrace', 'expected , or } (is a comma missing?)', path);
    }
  };

  const parseArray = (path: JsonPath, depth: number): unknown[] => {
    i += 1;
    const out: unknown[] = [];
    skipSpace(path);
    if (text[i] === ']') {
      i += 1;
      return out;
    }
    for (;;) {
      skipSpace(path);
      if (text[i] === ']') fail('trailingComma', 'a comma before ] is not allowed in JSON', path);
      out.push(parseValue([...path, out.length], depth + 1));
      skipSpace(path);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (text[i] === ']') {
        i += 1;
        return out;
      }
      fail('expectedCommaOrBracket', 'expected , or ] (is a comma missing?)', path);
    }
  };

  try {
    skipSpace([]);
    if (i >= text.length) fail('empty', 'the file is empty', []);
    const value = parseValue([], 0);
    skipSpace([]);
    if (i < text.length) fail('trailingText', 'there is more text after the end of the JSON', []);
    return { value, positions, problems };
  } catch (error) {
    if (error instanceof Failure) return { value: undefined, positions, problems: [...problems, error.problem] };
    throw error;
  }
}

/** The position of the nearest value at or above a path. */
export function positionOf(parsed: ParsedJson, path: JsonPath): Position {
  for (let n = path.length; n >= 0; n -= 1) {
    const found = parsed.positions.get(pathKey(path.slice(0, n)));
    if (found) return found;
  }
  return { line: 1, column: 1 };
}
