/**
 * Whether rendered pages still hold, asked of the database at most once per
 * `checkEveryMs`: the content generation (moved by triggers with every write
 * the site shows, in any process: migration 0017) and the next embargo end
 * (pages change then with no write). Either moving starts a new epoch, and
 * everything rendered in an earlier one is dropped.
 *
 * The staleness bound: a change committed at time T shows in every response
 * that starts after T + checkEveryMs (plus the time the check itself takes),
 * in every web process on the database.
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
}

export function watchContentGeneration(options: GenerationWatchOptions): GenerationWatch {
  let epoch = 0;
  let generation: number | undefined;
  let checkedAt = -Infinity;
  let validUntil = -Infinity;
  let reading: Promise<number> | undefined;

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
    checkedAt = startedAt;
    validUntil = state.nextEmbargoEnd === null ? Infinity : Date.parse(state.nextEmbargoEnd);
    return epoch;
  }

  return {
    fresh,
    latest: () => epoch,
    check() {
      const now = fresh();
      if (now !== undefined) return Promise.resolve(now);
      reading ??= read().finally(() => (reading = undefined));
      return reading;
    },
  };
}
