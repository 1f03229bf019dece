/**
 * MinHash signatures over word shingles (Broder 1997): the share of equal
 * slots in two signatures estimates the Jaccard similarity of the two
 * shingle sets, with a standard error of about sqrt(J(1-J)/k) for k slots
 * (±0.045 at J = 0.5 with 120 slots).
 */
import { wordTokens } from '../text/tokens.ts';
import { hashString, mix32, seedSequence } from './hashing.ts';

/**
 * Signature length: 120 = 24 bands × 5 rows (see lsh-index.ts), and enough
 * slots for the ±0.05 error above, which is finer than the gap between a
 * syndicated copy (J ≥ 0.6) and a rewrite (J ≤ 0.3).
 */
export const SIGNATURE_SIZE = 120;

/**
 * Slot i hashes a shingle h to (a_i·h + b_i) mod 2^32 with a_i odd: the
 * universal multiply-add family usual for MinHash, one multiplication a
 * slot. The shingle hash is already well mixed, so the family's weak low
 * bits do not matter for the minimum. Fixed seeds: changing them
 * invalidates every stored signature.
 */
const MULTIPLIERS = seedSequence(SIGNATURE_SIZE, 0x5eed_0001).map((a) => a | 1);
const ADDENDS = seedSequence(SIGNATURE_SIZE, 0x5eed_0002);

/**
 * Long texts are shingled by 5 words: a 5-word run rarely repeats across
 * unrelated articles, so shared shingles mean shared sentences, and one
 * edited word breaks at most 5 shingles of the hundreds a story has. Short
 * texts (a flash, a headline-only item) use 3 words: with 5, a 20-word text
 * has 16 shingles and one changed word removes a third of them.
 */
export const LONG_SHINGLE_WORDS = 5;
export const SHORT_SHINGLE_WORDS = 3;
/** Texts with fewer tokens than this are short. */
export const SHORT_TEXT_TOKENS = 60;

/**
 * Tokens read for a signature: about the first 2,000 words. Syndicated
 * copies agree from the start; the rest of a very long text adds cost, not
 * evidence, and this bounds the work on a million-word input.
 */
export const MAX_SIGNATURE_TOKENS = 2_000;

/**
 * Fewer tokens than this give no signature: three or four words (`Live
 * updates`, `Breaking news`) are shared by unrelated items, and calling
 * them duplicates would hide real news.
 */
export const MIN_SIGNATURE_TOKENS = 6;

export type Signature = Uint32Array;

/** The signature of a text, or null when it is too short to tell copies from coincidences. */
export function signatureOf(text: string): Signature | null {
  const tokens = wordTokens(text, { maxTokens: MAX_SIGNATURE_TOKENS });
  if (tokens.length < MIN_SIGNATURE_TOKENS) return null;
  const size = tokens.length < SHORT_TEXT_TOKENS ? SHORT_SHINGLE_WORDS : LONG_SHINGLE_WORDS;
  return signatureOfHashes(shingleHashes(tokens, size));
}

/**
 * Hashes of the word shingles (see wordShingles in src/text/tokens.ts),
 * combined from the hashes of their words instead of hashing joined
 * strings: the same sets, without building a string per shingle.
 */
export function shingleHashes(tokens: readonly string[], size: number): Uint32Array {
  const words = tokens.map((token) => hashString(token));
  const count = Math.max(1, tokens.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = size;
    for (let i = start; i < Math.min(start + size, words.length); i++) hash = mix32(hash ^ words[i]!);
    hashes[start] = hash;
  }
  return hashes;
}

export function signatureOfHashes(hashes: Uint32Array): Signature {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const unique = new Uint32Array(hashes).sort();
  for (let k = 0; k < unique.length; k++) {
    const base = unique[k]!;
    if (k > 0 && base === unique[k - 1]) continue;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = (Math.imul(MULTIPLIERS[i]!, base) + ADDENDS[i]!) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Share of equal slots: the estimated Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Signature, b: Signature): number {
  if (a.length !== b.length) throw new RangeError(`minhash: signatures of ${a.length} and ${b.length} slots`);
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}
