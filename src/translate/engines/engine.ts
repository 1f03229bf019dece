/**
 * The one interface every machine-translation engine sits behind. Languages
 * are BCP 47 primary codes (`en`, `hi`, `ur`, `es`) on this side of it; each
 * adapter maps them to its engine's own codes and back.
 */

/** A direction an engine translates: `{ from: 'ur', to: 'hi' }`. */
export interface EnginePair {
  from: string;
  to: string;
}

export interface EngineHealth {
  reachable: boolean;
  /** Round trip of the health request, in milliseconds; null when unreachable. */
  latencyMs: number | null;
  /** Why it is unreachable, without secrets. */
  error: string | null;
}

export interface TranslateOptions {
  signal?: AbortSignal;
}

export interface TranslationEngine {
  /** The id given in the configuration (`apertium-local`). */
  readonly id: string;
  listPairs(): Promise<EnginePair[]>;
  /** One output per input text, in order. */
  translate(texts: readonly string[], pair: EnginePair, options?: TranslateOptions): Promise<string[]>;
  health(): Promise<EngineHealth>;
}

/**
 * A failed engine call. `retryable` is true for what may pass on a second try
 * (network errors, timeouts, HTTP 429 and 5xx) and false for what will not
 * (a pair the engine does not serve, a refused API key).
 */
export class EngineError extends Error {
  override name = 'EngineError';
  readonly retryable: boolean;
  /** The HTTP status the engine answered, when it answered one. */
  readonly status: number | null;
  /** How long the engine asked to wait before the next try (its Retry-After), when it said. */
  readonly retryAfterMs: number | null;

  constructor(message: string, options: { retryable: boolean; cause?: unknown; status?: number; retryAfterMs?: number | null }) {
    super(message, { cause: options.cause });
    this.retryable = options.retryable;
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

export function pairLabel(pair: EnginePair): string {
  return `${pair.from}→${pair.to}`;
}
