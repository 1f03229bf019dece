/**
 * An index from a key (a feature, an LSH band) to the ids recently posted
 * under it, one list for the whole time window rather than one per slice of
 * it. An id appears at most once in a key's list (posting it again moves
 * it to the newest end), and a list keeps only its newest `capacity` ids.
 * So reading a key costs one map lookup and at most `capacity` entries
 * however many slices the window has filled and however long an id has
 * been posted; with one list per slice, a full window cost twice the
 * lookups of a half-full one, and a story running through three slices
 * was read (and counted) three times.
 *
 * Each entry keeps the number of the slice it was last posted in: entries
 * older than the window are skipped on reading and trimmed on posting, and
 * a key whose newest entry left the window is forgotten whole, so memory
 * follows the window.
 */

export interface Posting {
  id: string;
  /** Number of the window slice the id was last posted in under this key. */
  slice: number;
}

/**
 * A key's postings, oldest first, flat as id, slice, id, slice…: an object
 * per posting would triple the memory of the LSH buckets, where a window
 * holds some 700,000 keys of mostly one article each.
 */
type FlatPostings = (string | number)[];

export class WindowIndex<K> {
  readonly capacity: number;
  readonly #lists = new Map<K, FlatPostings>();
  /** Slice number → the keys first posted in that slice (whose lists may end there). */
  readonly #postedIn = new Map<number, K[]>();
  #oldestSlice = Number.NEGATIVE_INFINITY;

  constructor(capacity: number) {
    if (!(Number.isInteger(capacity) && capacity > 0)) throw new RangeError(`stories: index capacity ${capacity} is not a positive integer`);
    this.capacity = capacity;
  }

  /** Posts the id under each key, in slice `slice` (the window's newest). */
  post(id: string, keys: Iterable<K>, slice: number): void {
    for (const key of keys) {
      const list = this.#lists.get(key);
      if (!list) {
        // A literal, not an empty array grown by push, which reserves room for 16: most keys hold one id.
        this.#lists.set(key, [id, slice]);
        this.#remember(key, slice);
        continue;
      }
      const newestSlice = list[list.length - 1] as number;
      if (list[list.length - 2] === id && newestSlice === slice) continue;
      if (newestSlice !== slice) this.#remember(key, slice);
      const at = list.indexOf(id);
      if (at >= 0) list.splice(at, 2);
      list.push(id, slice);
      let stale = 0;
      while (stale < list.length && (list[stale + 1] as number) < this.#oldestSlice) stale += 2;
      stale = Math.max(stale, list.length - 2 * this.capacity);
      if (stale > 0) list.splice(0, stale);
    }
  }

  /** Calls `visit` with each id posted under `key` in slice `since` or later (and within the window), newest first. */
  forEachSince(key: K, since: number, visit: (id: string) => void): void {
    const list = this.#lists.get(key);
    if (!list) return;
    const oldest = Math.max(since, this.#oldestSlice);
    for (let i = list.length - 2; i >= 0 && (list[i + 1] as number) >= oldest; i -= 2) visit(list[i] as string);
  }

  /** The oldest slice still in the window: keys posted only before it are forgotten. */
  forgetBefore(oldestSlice: number): void {
    this.#oldestSlice = oldestSlice;
    for (const [slice, keys] of this.#postedIn) {
      if (slice >= oldestSlice) continue;
      for (const key of keys) {
        const newestSlice = this.#lists.get(key)?.at(-1);
        if (newestSlice !== undefined && (newestSlice as number) < oldestSlice) this.#lists.delete(key);
      }
      this.#postedIn.delete(slice);
    }
  }

  get oldestSlice(): number {
    return this.#oldestSlice;
  }

  /** Keys held, including any whose entries all left the window but were not yet forgotten. */
  get size(): number {
    return this.#lists.size;
  }

  /** Every key's postings still in the window, oldest first, for export. */
  *entries(): Iterable<[K, Posting[]]> {
    for (const [key, list] of this.#lists) {
      const live: Posting[] = [];
      for (let i = 0; i < list.length; i += 2) {
        const slice = list[i + 1] as number;
        if (slice >= this.#oldestSlice) live.push({ id: list[i] as string, slice });
      }
      if (live.length > 0) yield [key, live];
    }
  }

  #remember(key: K, slice: number): void {
    const keys = this.#postedIn.get(slice);
    if (keys) keys.push(key);
    else this.#postedIn.set(slice, [key]);
  }
}
