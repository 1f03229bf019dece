/**
 * Story vectors outside the V8 heap. A window's stories hold some 700,000
 * feature counts; as maps of strings they were about 30 MB of a 61 MB live
 * heap (bench:stories at 60,000 articles), and since V8 lets the heap grow
 * in proportion to what it holds, every MB held cost more than a MB of peak
 * memory. Here each feature string is held once, in a table that numbers
 * the features the window's stories hold, and a story's counts are typed
 * arrays of those numbers.
 */

/**
 * Feature strings numbered while some story holds them. A number is freed
 * when the last story holding it lets go (pruned, closed, merged away), and
 * given to the next new feature, so the table holds the window's features,
 * not every feature ever seen.
 */
export class FeatureTable {
  readonly #ids = new Map<string, number>();
  readonly #names: (string | undefined)[] = [];
  #holders = new Int32Array(1_024);
  readonly #free: number[] = [];

  idOf(feature: string): number | undefined {
    return this.#ids.get(feature);
  }

  nameOf(id: number): string {
    return this.#names[id]!;
  }

  /** The feature's number, counting one more holder of it. */
  hold(feature: string): number {
    let id = this.#ids.get(feature);
    if (id === undefined) {
      id = this.#free.pop() ?? this.#names.length;
      if (id >= this.#holders.length) {
        const holders = new Int32Array(this.#holders.length * 2);
        holders.set(this.#holders);
        this.#holders = holders;
      }
      this.#ids.set(feature, id);
      this.#names[id] = feature;
    }
    this.#holders[id]!++;
    return id;
  }

  /** One holder fewer; the number is freed when none is left. */
  release(id: number): void {
    if (--this.#holders[id]! > 0) return;
    this.#ids.delete(this.#names[id]!);
    this.#names[id] = undefined;
    this.#free.push(id);
  }

  /** Features held. */
  get size(): number {
    return this.#ids.size;
  }
}

/** Room for this many counts in a new counter; it doubles as it fills. */
const FIRST_CAPACITY = 16;
/** Most of the hash slots in use: linear probing stays short below this. */
const MAX_LOAD = 0.75;

/**
 * Counts of features, numbered by a FeatureTable, in the order they were
 * first counted: read like a Map of strings (get, size, iteration in
 * insertion order), so that norms summed over it add up in the same order
 * as they did over a Map. Counts and numbers sit in typed arrays, indexed
 * by an open-addressing table of positions.
 */
export class FeatureCounter {
  readonly #table: FeatureTable;
  #ids: Int32Array;
  #counts: Int32Array;
  /** Position + 1 of the feature hashed to each slot, 0 for none. */
  #slots: Uint16Array | Int32Array;
  #shift = 0;
  #size = 0;

  constructor(table: FeatureTable) {
    this.#table = table;
    this.#ids = new Int32Array(FIRST_CAPACITY);
    this.#counts = new Int32Array(FIRST_CAPACITY);
    this.#slots = this.#emptySlots(FIRST_CAPACITY);
  }

  get size(): number {
    return this.#size;
  }

  get(feature: string): number | undefined {
    const id = this.#table.idOf(feature);
    if (id === undefined) return undefined;
    const at = this.#find(id);
    return at < 0 ? undefined : this.#counts[at];
  }

  /** Adds `count` to the feature's count (a new feature goes last); returns the count before, undefined for a new one. */
  add(feature: string, count: number): number | undefined {
    const id = this.#table.idOf(feature);
    const at = id === undefined ? -1 : this.#find(id);
    if (at >= 0) {
      const before = this.#counts[at]!;
      this.#counts[at] = before + count;
      return before;
    }
    if (this.#size === this.#ids.length) this.#resize(Math.max(FIRST_CAPACITY, this.#ids.length * 2));
    this.#ids[this.#size] = this.#table.hold(feature);
    this.#counts[this.#size] = count;
    this.#place(this.#size);
    this.#size++;
    return undefined;
  }

  *[Symbol.iterator](): IterableIterator<[string, number]> {
    for (let i = 0; i < this.#size; i++) yield [this.#table.nameOf(this.#ids[i]!), this.#counts[i]!];
  }

  /**
   * Keeps the `count` largest counts (ties: the feature first in code-unit
   * order), largest first, and lets go of the rest.
   */
  keepStrongest(count: number): void {
    const order = Array.from({ length: this.#size }, (_, i) => i);
    const name = (i: number) => this.#table.nameOf(this.#ids[i]!);
    order.sort((a, b) => this.#counts[b]! - this.#counts[a]! || (name(a) < name(b) ? -1 : 1));
    for (const i of order.slice(count)) this.#table.release(this.#ids[i]!);
    const kept = order.slice(0, count);
    const ids = new Int32Array(Math.max(kept.length, FIRST_CAPACITY));
    const counts = new Int32Array(ids.length);
    kept.forEach((i, k) => {
      ids[k] = this.#ids[i]!;
      counts[k] = this.#counts[i]!;
    });
    this.#ids = ids;
    this.#counts = counts;
    this.#size = kept.length;
    this.#reindex();
  }

  /** Lets go of every feature: for a story that leaves the window or is merged into another. */
  releaseAll(): void {
    for (let i = 0; i < this.#size; i++) this.#table.release(this.#ids[i]!);
    this.#size = 0;
    this.#ids = new Int32Array(0);
    this.#counts = new Int32Array(0);
    this.#slots = this.#emptySlots(0);
  }

  #find(id: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = Math.imul(id, 0x9e3779b1) >>> this.#shift; ; slot = (slot + 1) & mask) {
      const held = this.#slots[slot]!;
      if (held === 0) return -1;
      if (this.#ids[held - 1] === id) return held - 1;
    }
  }

  #place(position: number): void {
    const mask = this.#slots.length - 1;
    let slot = Math.imul(this.#ids[position]!, 0x9e3779b1) >>> this.#shift;
    while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
    this.#slots[slot] = position + 1;
  }

  #resize(capacity: number): void {
    const ids = new Int32Array(capacity);
    const counts = new Int32Array(capacity);
    ids.set(this.#ids.subarray(0, this.#size));
    counts.set(this.#counts.subarray(0, this.#size));
    this.#ids = ids;
    this.#counts = counts;
    this.#reindex();
  }

  #reindex(): void {
    this.#slots = this.#emptySlots(this.#ids.length);
    for (let i = 0; i < this.#size; i++) this.#place(i);
  }

  /** Slots for `capacity` counts: a power of two, at most MAX_LOAD full, at least 2 (a shift by 32 would not shift). */
  #emptySlots(capacity: number): Uint16Array | Int32Array {
    let bits = 1;
    while (2 ** bits * MAX_LOAD < capacity) bits++;
    this.#shift = 32 - bits;
    return capacity < 0xffff ? new Uint16Array(2 ** bits) : new Int32Array(2 ** bits);
  }
}
