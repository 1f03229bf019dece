/**
 * A sliding time window kept as a few generations, each holding what arrived
 * during one slice of the window. Forgetting is dropping the oldest
 * generation whole, so it costs nothing per item and the indexes built on
 * this stay the same size however many articles have gone through: the
 * reason clustering time per article does not grow with the archive.
 *
 * Time is the newest publication time seen (passed in, never read from a
 * clock). An item that arrives late, with an older time, joins the newest
 * generation: the window is about what the desk has seen recently.
 */

/**
 * Slices per window: with 4, an item is kept between ¾ of the window and the
 * whole of it. More slices track the window more closely but make every
 * lookup visit more maps.
 */
export const GENERATIONS_PER_WINDOW = 4;

export interface Generation<T> {
  /** Slice number: floor(time / slice length). */
  readonly number: number;
  readonly data: T;
}

export class Generations<T> {
  readonly #sliceMs: number;
  readonly #create: () => T;
  /** Oldest first. */
  #live: Generation<T>[] = [];
  /** The same, newest first: looked up on every article, so kept rather than rebuilt. */
  #newestFirst: T[] = [];

  constructor(windowMs: number, create: () => T) {
    if (!(windowMs > 0)) throw new RangeError(`stories: window of ${windowMs} ms is not positive`);
    this.#sliceMs = windowMs / GENERATIONS_PER_WINDOW;
    this.#create = create;
  }

  /**
   * The generation new items go to once time has reached `now`; generations
   * that fell out of the window are dropped and returned, oldest first, so a
   * caller can forget what they held elsewhere too.
   */
  advance(now: number): { current: T; dropped: T[] } {
    const number = Math.floor(now / this.#sliceMs);
    const newest = this.#live.at(-1);
    if (newest && newest.number >= number) return { current: newest.data, dropped: [] };
    this.#live.push({ number, data: this.#create() });
    const oldestKept = number - GENERATIONS_PER_WINDOW + 1;
    const dropped: T[] = [];
    while (this.#live[0]!.number < oldestKept) dropped.push(this.#live.shift()!.data);
    this.#newestFirst = this.#live.map((generation) => generation.data).reverse();
    return { current: this.#live.at(-1)!.data, dropped };
  }

  /** Live generations, newest first: lookups prefer recent items. */
  newestFirst(): readonly T[] {
    return this.#newestFirst;
  }

  /** For export: the live generations with their slice numbers, oldest first. */
  entries(): readonly Generation<T>[] {
    return this.#live;
  }

  /** For import: replaces the live generations. */
  restore(entries: Generation<T>[]): void {
    this.#live = [...entries].sort((a, b) => a.number - b.number);
    this.#newestFirst = this.#live.map((generation) => generation.data).reverse();
  }
}
