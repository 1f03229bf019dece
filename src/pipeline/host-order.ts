/** The order sources are fetched in: hosts taking turns. */
import type { StoredSource } from '../store/store.ts';

/**
 * Round-robin over hosts (each host's feeds keep their order): one publisher's
 * many feeds, queued behind its per-host limit, would otherwise occupy every
 * lane while other hosts' feeds wait.
 */
export function interleaveHosts(sources: StoredSource[]): StoredSource[] {
  const rounds: StoredSource[][] = [];
  const seen = new Map<string, number>();
  for (const source of sources) {
    const host = hostOf(source.url);
    const round = seen.get(host) ?? 0;
    seen.set(host, round + 1);
    (rounds[round] ??= []).push(source);
  }
  return rounds.flat();
}

/** Local files count as one host: they wait on nothing but the disk. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
