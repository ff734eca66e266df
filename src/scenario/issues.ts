/**
 * zod's issues turned into the validator's own codes and parameters, so every
 * message is ours, in Dutch and English, with "did you mean" where it helps.
 */
import type { z } from 'zod';
import { suggest } from './problems';

let knownKeys: Set<string> | undefined;
let keySource: () => Iterable<string> = () => [];

/** Where the field names for "did you mean" come from (set once by the loader). */
export function setKnownKeys(source: () => Iterable<string>): void {
  keySource = source;
  knownKeys = undefined;
}

function keys(): Set<string> {
  knownKeys ??= new Set(keySource());
  return knownKeys;
}

/** A value quoted back to the author, short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export interface IssueDescription {
  readonly code: string;
  readonly params: Record<string, string | number>;
  /** Path below the issue's own path (an unknown key). */
  readonly extraPath: readonly string[];
}

/** One or more problem descriptions for a zod issue; `input` is the authored value at its path. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): IssueDescription[] {
  const one = (code: string, params: Record<string, string | number> = {}): IssueDescription[] => [{ code, params, extraPath: [] }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const hint = suggest(key, keys());
        return { code: 'unknownField', params: { key, ...(hint ? { suggestion: hint } : {}) }, extraPath: [key] };
      });
    case 'invalid_type':
      return one(input === undefined ? 'missingField' : 'wrongType', { expected: String(issue.expected), received: describeValue(input) });
    case 'invalid_value': {
      const hint = typeof input === 'string' ? suggest(input, issue.values.map(String)) : undefined;
      return one('notAllowed', {
        options: issue.values.map(String).slice(0, 24).join(', '),
        received: describeValue(input),
        ...(hint ? { suggestion: hint } : {}),
      });
    }
    case 'invalid_union': {
      const isCondition = issue.path.some((p) => p === 'when' || p === 'available' || p === 'all' || p === 'any' || p === 'not');
      return one(isCondition ? 'badCondition' : 'badUnion');
    }
    case 'too_small':
      return one(issue.origin === 'array' ? 'tooFewItems' : issue.origin === 'string' ? 'emptyText' : 'tooSmall', {
        minimum: Number(issue.minimum),
      });
    case 'too_big':
      return one(issue.origin === 'array' ? 'tooManyItems' : 'tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_format':
      return one('pattern:id', { received: describeValue(input) });
    case 'custom':
      return one(issue.message, { received: describeValue(input) });
    default:
      return one('invalidValue', { received: describeValue(input) });
  }
}
