/**
 * What every pipeline step is given: the configuration, the store, a clock and
 * a logger. Steps take it as a parameter so tests control time and output, and
 * so the later pg-boss workers can build the same context on another machine.
 */
import type { Dispatcher } from 'undici';
import type { Config } from '../config/schema.ts';
import type { Store } from '../store/store.ts';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PipelineContext {
  config: Config;
  store: Store;
  now: () => Date;
  log: Logger;
  /**
   * Connection pool for every fetch, when not the default one: the demo routes
   * its fictional hosts to its fixture server here, and the fetcher issue's
   * address guard and per-host limits will plug in here too.
   */
  dispatcher?: Dispatcher;
}

/** A logger that drops everything, for quiet runs and tests. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
