/**
 * Rendered responses in memory, least recently used dropped first once their
 * bytes pass the limit. Each holds the body as rendered and its brotli and
 * gzip forms, made once when stored, so a hit costs no rendering and no
 * compression. Plain data; when an entry stops being true is the caller's
 * business (page-cache.ts).
 */
import type { ContentCoding } from './accept-encoding.ts';

export interface Representation {
  body: Buffer;
  /** Strong, and different for each coding: the bytes differ (RFC 9110 §8.8.3.3). */
  etag: string;
}

export interface CachedResponse {
  key: string;
  /** The content epoch it was rendered in (content-generation.ts). */
  epoch: number;
  /** When stored (ms since the epoch of the clock the cache was given). */
  storedAt: number;
  status: number;
  /** As the route sent them, less those that differ per coding (length, ETag, coding, Vary). */
  headers: readonly (readonly [string, string])[];
  /** identity always; br and gzip when the type compresses and they came out smaller. */
  codings: Readonly<Partial<Record<ContentCoding, Representation>>> & { identity: Representation };
  /** For the request metrics: the route pattern that answered. */
  route: string;
}

/** Per entry, beyond its bodies: the key, headers and bookkeeping, roughly. */
const ENTRY_OVERHEAD_BYTES = 1024;

export function entryBytes(entry: CachedResponse): number {
  let bytes = ENTRY_OVERHEAD_BYTES + entry.key.length * 2;
  for (const r of Object.values(entry.codings)) bytes += r.body.length;
  for (const [name, value] of entry.headers) bytes += (name.length + value.length) * 2;
  return bytes;
}

export class RenderCache {
  // A Map iterates in insertion order; a hit is re-inserted, so the first keys are the least recently used.
  readonly #entries = new Map<string, { entry: CachedResponse; bytes: number; order: number }>();
  #bytes = 0;
  /** Insertion counter: a slot's `order` says how recently it went to the back. */
  #next = 0;

  constructor(readonly maxBytes: number) {}

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): CachedResponse | undefined {
    const slot = this.#entries.get(key);
    if (!slot) return undefined;
    // Only an entry in the older half moves to the back: a hot page is hit
    // thousands of times a second, and moving it each time cost more than
    // the rest of the lookup. Eviction stays least recently used by halves.
    if (this.#next - slot.order > this.#entries.size / 2) {
      this.#entries.delete(key);
      slot.order = this.#next++;
      this.#entries.set(key, slot);
    }
    return slot.entry;
  }

  /** False when the entry alone is larger than the cache may hold. */
  set(entry: CachedResponse): boolean {
    const bytes = entryBytes(entry);
    this.delete(entry.key);
    if (bytes > this.maxBytes) return false;
    this.#entries.set(entry.key, { entry, bytes, order: this.#next++ });
    this.#bytes += bytes;
    for (const [key, slot] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(key);
      this.#bytes -= slot.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const slot = this.#entries.get(key);
    if (!slot) return;
    this.#entries.delete(key);
    this.#bytes -= slot.bytes;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
