/**
 * Seeded randomness keyed by (seed, key, month): each event draws from its own
 * stream, so changing one decision never reshuffles the luck of the others.
 */

/** 32-bit FNV-1a hash of a string. */
function fnv1a(text: string, start = 0x811c9dc5): number {
  let hash = start >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A final avalanche so near keys give unrelated numbers (murmur3's fmix32). */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A number in [0, 1) that depends only on the seed, the key and the month. */
export function draw(seed: number, key: string, month: number): number {
  const h = mix(fnv1a(key, mix((seed >>> 0) ^ 0x9e3779b9)) ^ mix(month + 0x632be5ab));
  return h / 0x100000000;
}

/** True with the given probability (0-1) for this seed, key and month. */
export function chance(seed: number, key: string, month: number, probability: number): boolean {
  if (probability <= 0) return false;
  if (probability >= 1) return true;
  return draw(seed, key, month) < probability;
}
