/**
 * Puts an engine behind a concurrency limit and retries: texts are sent in
 * batches, at most `concurrency` batches in flight, and a batch that fails
 * with a retryable EngineError is sent again after an exponential backoff
 * with full jitter (the AWS architecture blog's "Exponential Backoff and
 * Jitter"), so that many workers do not retry in step against a recovering
 * server. Sleep and randomness come in as parameters so tests need no clock.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { backoffDelay } from '../../util/backoff.ts';
import { concurrencyLimit } from '../../util/concurrency-limit.ts';
import { EngineError, pairLabel, type EnginePair, type TranslateOptions, type TranslationEngine } from './engine.ts';

export interface RunnerOptions {
  /** Batches in flight at once. */
  concurrency: number;
  /** Further attempts after the first failure. */
  retries: number;
  /** Backoff ceiling of the first retry, doubled for each further one. */
  baseDelayMs?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A number in [0, 1). */
  random?: () => number;
}

/** Half a second, then 1, 2, 4 s…: an engine restarting its pipelines is back within a few seconds. */
const DEFAULT_BASE_DELAY_MS = 500;
/** No single wait beyond this, however many retries are configured. */
const MAX_DELAY_MS = 30_000;
/** Full jitter: a wait anywhere up to its ceiling, the spread that best keeps many workers out of step. */
const FULL_JITTER = 1;
/** Texts per engine call: LibreTranslate takes arrays, and small batches keep a retry cheap. */
const BATCH_TEXTS = 16;
/** Characters per engine call, so one long article does not become one huge request. */
const BATCH_CHARS = 6000;

export function runEngine(engine: TranslationEngine, options: RunnerOptions): TranslationEngine {
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => delay(ms, undefined, { signal }));
  const random = options.random ?? Math.random;
  const backoff = { firstMs: options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS, maxMs: MAX_DELAY_MS, jitter: FULL_JITTER };
  const limit = concurrencyLimit(options.concurrency);

  async function withRetries(texts: string[], pair: EnginePair, translateOptions: TranslateOptions): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await limit(() => engine.translate(texts, pair, translateOptions));
      } catch (error) {
        const retryable = error instanceof EngineError && error.retryable;
        if (!retryable || attempt >= options.retries) {
          const tries = attempt + 1;
          throw new EngineError(`${engine.id}: ${pairLabel(pair)} failed after ${tries} attempt${tries === 1 ? '' : 's'}`, {
            retryable,
            cause: error,
          });
        }
        await sleep(backoffDelay(backoff, attempt + 1, random), translateOptions.signal);
      }
    }
  }

  async function translate(texts: readonly string[], pair: EnginePair, translateOptions: TranslateOptions = {}): Promise<string[]> {
    const batches = await Promise.all(batchesOf(texts).map((batch) => withRetries(batch, pair, translateOptions)));
    return batches.flat();
  }

  return { id: engine.id, listPairs: () => engine.listPairs(), translate, health: () => engine.health() };
}

export function batchesOf(texts: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (current.length > 0 && (current.length >= BATCH_TEXTS || chars + text.length > BATCH_CHARS)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
