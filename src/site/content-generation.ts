/**
 * Whether rendered pages still hold, asked of the database at most once per
 * `checkEveryMs`: the content generation (moved by triggers with every write
 * the site shows, in any process: migration 0017) and the next embargo end
 * (pages change then with no write). Either moving starts a new epoch, and
 * everything rendered in an earlier one is dropped.
 *
 * The staleness bound: a change committed at time T shows in every response
 * that starts after T + checkEveryMs (plus the time the check itself takes),
 * in every web process on the database; page-cache.ts may add its
 * staleWhileRenderMs to that while a page's new rendering runs, and asks
 * `confirmedAt` how old an earlier epoch's content is.
 */
import type { ContentState } from '../store/store.ts';

export interface GenerationWatchOptions {
  read: (at: string) => Promise<ContentState>;
  checkEveryMs: number;
  /** Milliseconds since 1970: the site's clock, which also judges embargoes. */
  clock: () => number;
  /** Called when a new epoch starts (the cache clears itself). */
  onNewEpoch?: () => void;
}

export interface GenerationWatch {
  /** The current epoch when it was checked recently enough, else undefined: call `check()`. */
  fresh(): number | undefined;
  /** Reads the database (one read at a time, shared by all who ask) and answers the epoch. */
  check(): Promise<number>;
  /** The epoch as last read, however long ago: what a response rendered now may be kept under. */
  latest(): number;
  /**
   * When a read last found this epoch current (the clock before that read):
   * what was rendered in it showed the content as it stood then, at least.
   * Undefined for an epoch too old to be remembered.
   */
  confirmedAt(epoch: number): number | undefined;
  /** Makes the next `fresh()` undefined: this process has just written, and the next answer reads the generation. */
  expire(): void;
}

/** Epochs whose last confirmation is remembered; older ones count as unknown, hence too old to show. */
const CONFIRMED_REMEMBERED = 64;

export function watchContentGeneration(options: GenerationWatchOptions): GenerationWatch {
  let epoch = 0;
  let generation: number | undefined;
  let checkedAt = -Infinity;
  let validUntil = -Infinity;
  let reading: { done: Promise<number>; startedAt: number } | undefined;
  /** When this process last wrote (expire): a read begun before then may not have seen the write. */
  let expiredAt = -Infinity;
  const confirmed = new Map<number, number>();

  const fresh = (): number | undefined => {
    const now = options.clock();
    return now - checkedAt < options.checkEveryMs && now < validUntil ? epoch : undefined;
  };

  async function read(): Promise<number> {
    // Asked before reading: a change committed during the read is seen at the next check.
    const startedAt = options.clock();
    const state = await options.read(new Date(startedAt).toISOString());
    if (state.generation !== generation || startedAt >= validUntil) {
      generation = state.generation;
      epoch += 1;
      options.onNewEpoch?.();
    }
    if (startedAt > expiredAt) checkedAt = startedAt;
    confirmed.delete(epoch);
    confirmed.set(epoch, startedAt);
    // A Map iterates in insertion order, and the current epoch was just put last.
    if (confirmed.size > CONFIRMED_REMEMBERED) confirmed.delete(confirmed.keys().next().value!);
    validUntil = state.nextEmbargoEnd === null ? Infinity : Date.parse(state.nextEmbargoEnd);
    return epoch;
  }

  return {
    fresh,
    latest: () => epoch,
    confirmedAt: (e) => confirmed.get(e),
    expire() {
      expiredAt = options.clock();
      checkedAt = -Infinity;
    },
    check() {
      const now = fresh();
      if (now !== undefined) return Promise.resolve(now);
      // A read begun before this process's last write is not shared: another follows it (in turn,
      // so that reads finish in the order they began).
      if (!reading || reading.startedAt <= expiredAt) {
        const before = reading?.done.catch(() => undefined);
        const startedAt = options.clock();
        const done: Promise<number> = (before ? before.then(read) : read()).finally(() => {
          if (reading?.done === done) reading = undefined;
        });
        reading = { done, startedAt };
      }
      return reading.done;
    },
  };
}
