/**
 * Seeded 32-bit hashing for MinHash and LSH. Deterministic by construction:
 * the same text gives the same signature on every machine and every run, so
 * signatures can be stored and compared later. No Math.random anywhere.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units, then the murmur3 finaliser to spread FNV's weak low bits. */
export function hashString(text: string, seed = 0): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return mix32(hash);
}

/**
 * The murmur3 32-bit finaliser: a bijection on 32-bit integers whose output
 * bits each depend on every input bit. XOR with a seed and then mix32 is a
 * different pseudo-random permutation of the 32-bit values for each seed,
 * which is what MinHash needs.
 */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** `count` seeds from splitmix32 started at `start`: fixed, well spread, reproducible. */
export function seedSequence(count: number, start: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = mix32(state);
  }
  return seeds;
}
