/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut
 * into bands, and two articles become candidates when any band is equal. A
 * new article is compared with those candidates only, never with every
 * stored article.
 *
 * With b bands of r rows, a pair whose Jaccard similarity is s becomes a
 * candidate with probability 1 − (1 − s^r)^b, an S-curve whose steepest
 * point (the threshold) is near (1/b)^(1/r). For 24 bands × 5 rows that is
 * (1/24)^(1/5) ≈ 0.53: a pair at s = 0.3 is a candidate 6 % of the time, at
 * 0.6 86 %, at 0.7 99 %, at 0.8 and above practically always. Candidates are
 * then checked against NEAR_DUPLICATE_JACCARD on the whole signature.
 */
import { Generations } from './generations.ts';
import { hashString, mix32 } from './hashing.ts';
import { estimatedJaccard, SIGNATURE_SIZE, type Signature } from './minhash.ts';
import { WindowIndex } from './window-index.ts';

export const BANDS = 24;
export const ROWS_PER_BAND = 5;

/**
 * Estimated Jaccard at or above which two texts are copies of one another:
 * a syndicated copy with a new headline, a changed dateline or an added
 * paragraph keeps well over 60 % of its 3- or 5-word shingles; two reports
 * of one event written separately share far fewer.
 */
export const NEAR_DUPLICATE_JACCARD = 0.6;

/**
 * Articles kept per bucket across the window. A bucket with more is one
 * text copied very many times (or furniture every page repeats); the most
 * recent copies are enough to find the group, and the cap keeps a lookup's
 * work bounded.
 */
export const MAX_BUCKET_IDS = 16;

/**
 * Candidates checked per lookup, newest first. A copy shares most bands with
 * its original, so it is among the first found; the bound keeps a text
 * syndicated hundreds of times from costing hundreds of comparisons.
 */
export const MAX_CANDIDATES = 64;
/** Candidates checked on the whole signature, those sharing the most bands. */
export const MAX_VERIFIED = 8;

if (BANDS * ROWS_PER_BAND !== SIGNATURE_SIZE) throw new Error('lsh-index: bands × rows must equal the signature size');

interface Slice {
  signatures: Map<string, Signature>;
}

export interface NearDuplicate {
  id: string;
  jaccard: number;
}

export class LshIndex {
  readonly #slices: Generations<Slice>;
  /**
   * Band hash → ids of the articles with that band, over the whole window:
   * a lookup is one map read per band however full the window is. Each
   * band's hash is seeded with the band number, so one map serves all bands.
   */
  readonly #buckets = new WindowIndex<number>(MAX_BUCKET_IDS);

  constructor(windowMs: number) {
    this.#slices = new Generations(windowMs, emptySlice);
  }

  /** Stores the article's signature at time `now`, forgetting articles older than the window. */
  add(id: string, signature: Signature, now: number): void {
    const { current, dropped } = this.#slices.advance(now);
    const live = this.#slices.entries();
    if (dropped.length > 0) this.#buckets.forgetBefore(live[0]!.number);
    current.signatures.set(id, signature);
    this.#buckets.post(id, bandHashes(signature), live.at(-1)!.number);
  }

  /**
   * Stored articles that share at least one band with the signature, those
   * sharing the most bands first (more equal bands, higher similarity),
   * then the most recent.
   */
  candidates(signature: Signature): string[] {
    const bandsShared = new Map<string, number>();
    const tally = (id: string) => {
      const shared = bandsShared.get(id);
      if (shared !== undefined) bandsShared.set(id, shared + 1);
      else if (bandsShared.size < MAX_CANDIDATES) bandsShared.set(id, 1);
    };
    for (const key of bandHashes(signature)) this.#buckets.forEachSince(key, Number.NEGATIVE_INFINITY, tally);
    // A stable sort keeps the most recent first among equals.
    return [...bandsShared].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /**
   * The best candidates whose estimated Jaccard reaches the threshold, best
   * first. Only the MAX_VERIFIED candidates sharing the most bands are
   * checked on the whole signature: a copy shares nearly all its bands with
   * the original, so it is among them.
   */
  nearDuplicates(signature: Signature, threshold = NEAR_DUPLICATE_JACCARD): NearDuplicate[] {
    const result: NearDuplicate[] = [];
    for (const id of this.candidates(signature).slice(0, MAX_VERIFIED)) {
      const stored = this.signature(id);
      if (!stored) continue;
      const jaccard = estimatedJaccard(signature, stored);
      if (jaccard >= threshold) result.push({ id, jaccard });
    }
    return result.sort((a, b) => b.jaccard - a.jaccard);
  }

  signature(id: string): Signature | undefined {
    for (const slice of this.#slices.newestFirst()) {
      const found = slice.signatures.get(id);
      if (found) return found;
    }
    return undefined;
  }

  /** The signatures held, with the slice each is in, for persistence; buckets are rebuilt on import. */
  exportState(): { slice: number; id: string; signature: number[] }[] {
    return this.#slices.entries().flatMap(({ number, data }) =>
      [...data.signatures].map(([id, signature]) => ({ slice: number, id, signature: [...signature] })),
    );
  }

  importState(rows: readonly { slice: number; id: string; signature: readonly number[] }[]): void {
    const bySlice = new Map<number, Slice>();
    for (const row of [...rows].sort((a, b) => a.slice - b.slice)) {
      if (row.signature.length !== SIGNATURE_SIZE) throw new Error(`lsh-index: stored signature of ${row.id} has ${row.signature.length} slots`);
      let slice = bySlice.get(row.slice);
      if (!slice) bySlice.set(row.slice, (slice = emptySlice()));
      const signature = Uint32Array.from(row.signature);
      slice.signatures.set(row.id, signature);
      this.#buckets.post(row.id, bandHashes(signature), row.slice);
    }
    this.#slices.restore([...bySlice].map(([number, data]) => ({ number, data })));
    const oldest = this.#slices.entries()[0];
    if (oldest) this.#buckets.forgetBefore(oldest.number);
  }
}

function emptySlice(): Slice {
  return { signatures: new Map() };
}

const BAND_SEED = hashString('lsh-band');

/** Signed, so that every key is a small integer to the map rather than a boxed number. */
function bandHashes(signature: Signature): Int32Array {
  const keys = new Int32Array(BANDS);
  for (let band = 0; band < BANDS; band++) keys[band] = bandHash(signature, band);
  return keys;
}

function bandHash(signature: Signature, band: number): number {
  let hash = mix32(BAND_SEED ^ band);
  const start = band * ROWS_PER_BAND;
  for (let row = start; row < start + ROWS_PER_BAND; row++) hash = mix32(hash ^ signature[row]!);
  return hash;
}
