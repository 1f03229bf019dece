/**
 * A concurrency limit: at most `size` tasks run at once, the others wait
 * first come first served, and a finishing task hands its slot straight to the
 * next one waiting, so a task that arrives later cannot overtake the queue.
 */

export type LimitedRunner = <T>(task: () => Promise<T>) => Promise<T>;

export function concurrencyLimit(size: number): LimitedRunner {
  if (!Number.isInteger(size) || size < 1) {
    // A limit of 0 would queue every task for ever; say so instead of hanging.
    throw new RangeError(`util: a concurrency limit must be a whole number of at least 1, not ${size}`);
  }
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active < size) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

/** Runs `work` on every item, at most `size` at once, starting them in the items' order. */
export async function forEachLimited<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  const limit = concurrencyLimit(size);
  await Promise.all(items.map((item) => limit(() => work(item))));
}
