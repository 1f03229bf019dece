/**
 * What every pipeline step is given: the configuration, the store, a clock and
 * a logger. Steps take it as a parameter so tests control time and output, and
 * so the later pg-boss workers can build the same context on another machine.
 */
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
}

/** A logger that drops everything, for quiet runs and tests. */
export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
