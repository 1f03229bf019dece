/**
 * How each source is doing, as `wiredesk sources list` and `GET /api/sources`
 * show it: the fetch state the store keeps, plus how many entries a day the
 * source has been delivering lately.
 */
import type { FetchState, Store, StoredSource } from './store.ts';

/**
 * Entries per day are counted over the last week of first-seen times: long
 * enough to smooth out weekends and a quiet day, short enough that a feed that
 * stopped publishing shows it within days. A source's backlog, all first seen
 * at its first fetch, counts too while it is inside the window.
 */
export const ENTRY_RATE_WINDOW_DAYS = 7;

const DAY_MS = 86_400_000;

/**
 * The fetch state without the validators (ETag, Last-Modified), which say
 * nothing of health, and without the start of the last error's body, which
 * quotes the server and is read from the source itself by the desk and the CLI.
 */
export type SourceHealth = Omit<FetchState, 'etag' | 'lastModified' | 'lastErrorBody'> & {
  /** Entries first seen in the last ENTRY_RATE_WINDOW_DAYS days, per day, to one decimal. */
  entriesPerDay: number;
};

export interface SourceWithHealth {
  source: StoredSource;
  health: SourceHealth;
}

export function sourceHealth(state: FetchState, entriesInWindow: number): SourceHealth {
  return {
    lastAttemptAt: state.lastAttemptAt,
    lastSuccessAt: state.lastSuccessAt,
    lastStatus: state.lastStatus,
    lastError: state.lastError,
    lastErrorKind: state.lastErrorKind,
    consecutiveFailures: state.consecutiveFailures,
    nextFetchAt: state.nextFetchAt,
    entriesPerDay: Math.round((entriesInWindow / ENTRY_RATE_WINDOW_DAYS) * 10) / 10,
  };
}

/** Every source, in id order, with its health as of `now`. */
export async function readSourceHealth(store: Store, now: Date): Promise<SourceWithHealth[]> {
  const since = new Date(now.getTime() - ENTRY_RATE_WINDOW_DAYS * DAY_MS).toISOString();
  const [sources, counts] = await Promise.all([store.listSources(), store.countEntriesSince(since)]);
  return sources.map((source) => ({ source, health: sourceHealth(source, counts.get(source.id) ?? 0) }));
}
