/**
 * What every pipeline step is given: the configuration, the store, a clock and
 * a logger. Steps take it as a parameter so tests control time and output, and
 * so the later pg-boss workers can build the same context on another machine.
 */
import type { Dispatcher } from 'undici';
import type { Config } from '../config/schema.ts';
import type { RobotsCache } from '../ingest/robots-cache.ts';
import type { Store } from '../store/store.ts';
import type { TranslationServices } from './translation-step.ts';
import { messageWithCauses } from '../util/error-chain.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  /** `error`, when given, is logged with its causes and stack where the log keeps them (serve's); the message says it all elsewhere. */
  error(message: string, error?: unknown): void;
}

/**
 * Per-host limits on fetches: in memory for one process (HostPoliteness), in
 * the database for workers on many machines (shared-politeness.ts).
 */
export interface Politeness {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

export interface PipelineContext {
  config: Config;
  store: Store;
  now: () => Date;
  log: Logger;
  /**
   * Connection pool for every fetch, when not the default guarded one: the
   * demo routes its fictional hosts to its fixture server here.
   */
  dispatcher?: Dispatcher;
  /** Per-host limits and Retry-After holds; without one, one per configuration (polite-fetch.ts). */
  politeness?: Politeness;
  /** robots.txt rules for page fetches; without one, one per configuration. */
  robots?: RobotsCache;
  /** Numbers in [0, 1) for the jitter of backoff; Math.random unless a test fixes them. */
  random?: () => number;
  /** Engines and glossaries: without them a pass translates nothing. */
  translation?: TranslationServices;
}

/** A logger that drops everything, for quiet runs and tests. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** The message with its causes ("could not save …: SQLITE_BUSY …"), as logs, stored errors and summaries show it. */
export function errorMessage(error: unknown): string {
  return messageWithCauses(error);
}
