/** A short fingerprint of a text, so the game can tell whether a case file is still the one the build checked. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}-${text.length}`;
}

/** What the build stores for every shipped case: its definition, and the texts it was compiled from. */
export interface CompiledLibrary {
  readonly format: 1;
  readonly catalogue: string;
  readonly tariff: string;
  readonly cases: readonly { readonly file: string; readonly hash: string; readonly def: import('../core').ScenarioDef }[];
}

export const COMPILED_FILE = 'compiled.json';
