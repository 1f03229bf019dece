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
import { GENERATIONS_PER_WINDOW } from './generations.ts';
import { hashString, mix32 } from './hashing.ts';
import { estimatedJaccard, SIGNATURE_SIZE, type Signature } from './minhash.ts';

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
 * Articles read per bucket, the most recent. A bucket with more is one
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

export interface NearDuplicate {
  id: string;
  jaccard: number;
}

/** Ring slots of a new index; the ring doubles when the window holds more articles. */
const FIRST_CAPACITY = 1_024;
/** Most of the bucket table a full ring could use: linear probing stays short below this. */
const MAX_TABLE_LOAD = 0.75;

/**
 * The index keeps no object per article: a window holds some 30,000
 * articles and 700,000 bucket entries, which as a map of small arrays took
 * 74 MB of heap (bench:stories at 40,000 articles) and was most of what the
 * clusterer held. Here they are typed arrays outside the heap, about 1 KB
 * per article, most of it the signature.
 */
export class LshIndex {
  readonly #sliceMs: number;
  /** Number of the window's newest slice (floor(time / slice length)); the window keeps GENERATIONS_PER_WINDOW slices. */
  #newestSlice = Number.NEGATIVE_INFINITY;
  /**
   * The articles in the window, oldest first, in a ring: the n-th article
   * ever added sits in slot n mod capacity, and forgetting the oldest is
   * moving `#first` on. A slot holds the article's id, the slice it was
   * added in, its signature and, for each band, the entry (slot × BANDS +
   * band) of the next older article in the same bucket.
   */
  #capacity = 0;
  #first = 0;
  #end = 0;
  #ids: (string | undefined)[] = [];
  #slices = new Float64Array(0);
  #signatures = new Uint32Array(0);
  #bandKeys = new Int32Array(0);
  #older = new Int32Array(0);
  /**
   * Band hash → the newest entry with that hash, by open addressing (−1 is
   * an empty cell). Each band's hash is seeded with the band number, so one
   * table serves all bands. Rebuilt from the ring whenever articles leave
   * the window, so a bucket's chain never reaches a forgotten article.
   */
  #table = new Int32Array(0);

  constructor(windowMs: number) {
    if (!(windowMs > 0)) throw new RangeError(`stories: window of ${windowMs} ms is not positive`);
    this.#sliceMs = windowMs / GENERATIONS_PER_WINDOW;
  }

  /** Stores the article's signature at time `now`, forgetting articles older than the window. */
  add(id: string, signature: Signature, now: number): void {
    const slice = Math.floor(now / this.#sliceMs);
    if (slice > this.#newestSlice) {
      this.#newestSlice = slice;
      this.#forgetBefore(slice - GENERATIONS_PER_WINDOW + 1);
    }
    // An article older than the newest seen joins the newest slice: the window is about what was seen recently.
    this.#append(id, signature, this.#newestSlice);
  }

  /**
   * Stored articles that share at least one band with the signature, those
   * sharing the most bands first (more equal bands, higher similarity),
   * then the most recent.
   */
  candidates(signature: Signature): string[] {
    return this.#candidateSlots(signature).map((slot) => this.#ids[slot]!);
  }

  /**
   * The best candidates whose estimated Jaccard reaches the threshold, best
   * first. Only the MAX_VERIFIED candidates sharing the most bands are
   * checked on the whole signature: a copy shares nearly all its bands with
   * the original, so it is among them.
   */
  nearDuplicates(signature: Signature, threshold = NEAR_DUPLICATE_JACCARD): NearDuplicate[] {
    const result: NearDuplicate[] = [];
    for (const slot of this.#candidateSlots(signature).slice(0, MAX_VERIFIED)) {
      const jaccard = estimatedJaccard(signature, this.#signatureAt(slot));
      if (jaccard >= threshold) result.push({ id: this.#ids[slot]!, jaccard });
    }
    return result.sort((a, b) => b.jaccard - a.jaccard);
  }

  /** The stored signature of an article still in the window (a copy), newest first if the id was added twice. */
  signature(id: string): Signature | undefined {
    for (let n = this.#end - 1; n >= this.#first; n--) {
      const slot = n % this.#capacity;
      if (this.#ids[slot] === id) return this.#signatureAt(slot).slice();
    }
    return undefined;
  }

  /** The signatures held, with the slice each is in, oldest first, for persistence; buckets are rebuilt on import. */
  exportState(): { slice: number; id: string; signature: number[] }[] {
    const rows: { slice: number; id: string; signature: number[] }[] = [];
    for (let n = this.#first; n < this.#end; n++) {
      const slot = n % this.#capacity;
      rows.push({ slice: this.#slices[slot]!, id: this.#ids[slot]!, signature: [...this.#signatureAt(slot)] });
    }
    return rows;
  }

  importState(rows: readonly { slice: number; id: string; signature: readonly number[] }[]): void {
    for (const row of [...rows].sort((a, b) => a.slice - b.slice)) {
      if (row.signature.length !== SIGNATURE_SIZE) throw new Error(`lsh-index: stored signature of ${row.id} has ${row.signature.length} slots`);
      this.#newestSlice = Math.max(this.#newestSlice, row.slice);
      this.#append(row.id, Uint32Array.from(row.signature), row.slice);
    }
  }

  /** Articles held: those in the window. */
  get size(): number {
    return this.#end - this.#first;
  }

  #signatureAt(slot: number): Signature {
    return this.#signatures.subarray(slot * SIGNATURE_SIZE, (slot + 1) * SIGNATURE_SIZE);
  }

  #append(id: string, signature: Signature, slice: number): void {
    if (this.#end - this.#first === this.#capacity) this.#resize(Math.max(FIRST_CAPACITY, 2 * this.#capacity));
    const slot = this.#end % this.#capacity;
    this.#ids[slot] = id;
    this.#slices[slot] = slice;
    this.#signatures.set(signature, slot * SIGNATURE_SIZE);
    for (let band = 0; band < BANDS; band++) this.#bandKeys[slot * BANDS + band] = bandHash(signature, band);
    this.#end++;
    for (let band = 0; band < BANDS; band++) this.#link(slot * BANDS + band);
  }

  /** Drops the articles of slices before `oldestSlice`, which are the oldest in the ring. */
  #forgetBefore(oldestSlice: number): void {
    const first = this.#first;
    while (this.#first < this.#end && this.#slices[this.#first % this.#capacity]! < oldestSlice) this.#ids[this.#first++ % this.#capacity] = undefined;
    if (this.#first !== first) this.#rebuildTable();
  }

  /** Moves the window's articles to a ring of `capacity` slots, keeping each article's number. */
  #resize(capacity: number): void {
    const ids: (string | undefined)[] = new Array<string | undefined>(capacity).fill(undefined);
    const slices = new Float64Array(capacity);
    const signatures = new Uint32Array(capacity * SIGNATURE_SIZE);
    const bandKeys = new Int32Array(capacity * BANDS);
    for (let n = this.#first; n < this.#end; n++) {
      const from = n % this.#capacity;
      const to = n % capacity;
      ids[to] = this.#ids[from];
      slices[to] = this.#slices[from]!;
      signatures.set(this.#signatureAt(from), to * SIGNATURE_SIZE);
      bandKeys.set(this.#bandKeys.subarray(from * BANDS, (from + 1) * BANDS), to * BANDS);
    }
    this.#capacity = capacity;
    this.#ids = ids;
    this.#slices = slices;
    this.#signatures = signatures;
    this.#bandKeys = bandKeys;
    this.#older = new Int32Array(capacity * BANDS);
    this.#rebuildTable();
  }

  /** Buckets anew from the articles in the window, oldest first, so each chain runs newest to oldest. */
  #rebuildTable(): void {
    // Room for a full ring's entries, all in buckets of their own, within MAX_TABLE_LOAD: the ring grows (and this runs) before the table could fill.
    let size = 1_024;
    while (size * MAX_TABLE_LOAD < this.#capacity * BANDS) size *= 2;
    if (this.#table.length !== size) this.#table = new Int32Array(size);
    this.#table.fill(-1);
    for (let n = this.#first; n < this.#end; n++) {
      const slot = n % this.#capacity;
      for (let band = 0; band < BANDS; band++) this.#link(slot * BANDS + band);
    }
  }

  /** Puts an entry at the head of its bucket's chain. */
  #link(entry: number): void {
    const key = this.#bandKeys[entry]!;
    const mask = this.#table.length - 1;
    for (let cell = key & mask; ; cell = (cell + 1) & mask) {
      const head = this.#table[cell]!;
      if (head === -1) {
        this.#older[entry] = -1;
        this.#table[cell] = entry;
        return;
      }
      if (this.#bandKeys[head] === key) {
        this.#older[entry] = head;
        this.#table[cell] = entry;
        return;
      }
    }
  }

  /** The newest entry whose band hash is `key`, or −1. */
  #head(key: number): number {
    const mask = this.#table.length - 1;
    if (mask < 0) return -1;
    for (let cell = key & mask; ; cell = (cell + 1) & mask) {
      const head = this.#table[cell]!;
      if (head === -1 || this.#bandKeys[head] === key) return head;
    }
  }

  /** Slots of the candidates (see candidates()), at most MAX_CANDIDATES, each bucket read newest first and at most MAX_BUCKET_IDS deep. */
  #candidateSlots(signature: Signature): number[] {
    const bandsShared = new Map<number, number>();
    for (let band = 0; band < BANDS; band++) {
      let entry = this.#head(bandHash(signature, band));
      for (let read = 0; entry !== -1 && read < MAX_BUCKET_IDS; read++, entry = this.#older[entry]!) {
        const slot = Math.floor(entry / BANDS);
        const shared = bandsShared.get(slot);
        if (shared !== undefined) bandsShared.set(slot, shared + 1);
        else if (bandsShared.size < MAX_CANDIDATES) bandsShared.set(slot, 1);
      }
    }
    // A stable sort keeps the most recent first among equals.
    return [...bandsShared].sort((a, b) => b[1] - a[1]).map(([slot]) => slot);
  }
}

const BAND_SEED = hashString('lsh-band');

function bandHash(signature: Signature, band: number): number {
  let hash = mix32(BAND_SEED ^ band);
  const start = band * ROWS_PER_BAND;
  for (let row = start; row < start + ROWS_PER_BAND; row++) hash = mix32(hash ^ signature[row]!);
  // Signed, as the Int32Array of keys holds it.
  return hash | 0;
}
