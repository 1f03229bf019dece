/**
 * HTTP for engine adapters: undici with one total timeout, JSON answers, and
 * errors that name the engine and the path but never a query string or a
 * form body (they may carry an API key or the text of an unpublished story).
 */
import { request } from 'undici';
import { EngineError } from './engine.ts';

export interface EngineRequest {
  engineId: string;
  baseUrl: string;
  /** Path and query, relative to baseUrl: `/translate?langpair=eng|spa`. */
  path: string;
  timeoutMs: number;
  /** Sent as application/x-www-form-urlencoded with POST; GET without it. */
  form?: URLSearchParams;
  /** Sent as application/json with POST. */
  json?: unknown;
  /** Further request headers (`authorization`). */
  headers?: Record<string, string> | undefined;
  /** Texts cut out of any message (an API key a server echoes back in its error). */
  secrets?: readonly string[] | undefined;
  signal?: AbortSignal | undefined;
}

/** An HTTP status worth a second try: the server is busy or broken for now. */
function retryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export async function requestJson(req: EngineRequest): Promise<unknown> {
  const url = new URL(req.path.replace(/^\//u, ''), req.baseUrl.endsWith('/') ? req.baseUrl : `${req.baseUrl}/`);
  const where = `${req.engineId}: ${url.pathname}`;
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const { method, headers, body } = encodeBody(req);
  const redact = (message: string) => redactSecrets(message, req.secrets ?? []);
  let status: number;
  let text: string;
  let retryAfter: string | string[] | undefined;
  try {
    const response = await request(url, { method, headers: { ...headers, ...req.headers }, body, signal });
    status = response.statusCode;
    retryAfter = response.headers['retry-after'];
    text = await response.body.text();
  } catch (cause) {
    const reason = timeout.aborted ? `no answer within ${req.timeoutMs} ms` : describe(cause);
    throw new EngineError(redact(`${where}: ${reason}`), { retryable: !req.signal?.aborted, cause });
  }
  if (status < 200 || status >= 300) {
    throw new EngineError(redact(`${where}: HTTP ${status}${errorDetail(text)}`), {
      retryable: retryableStatus(status),
      status,
      retryAfterMs: retryAfterMs(typeof retryAfter === 'string' ? retryAfter : retryAfter?.[0], Date.now()),
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new EngineError(`${where}: the answer is not JSON`, { retryable: false, cause });
  }
}

function encodeBody(req: EngineRequest): { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string } {
  if (req.form) {
    return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: req.form.toString() };
  }
  if (req.json !== undefined) {
    return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(req.json) };
  }
  return { method: 'GET', headers: {} };
}

/**
 * Engines put a reason in `error` (LibreTranslate), `explanation` (Apertium
 * APY) or `error.message` (the OpenAI API and the servers that copy it);
 * short, for the message.
 */
function errorDetail(text: string): string {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const nested = data['error'] !== null && typeof data['error'] === 'object' ? (data['error'] as Record<string, unknown>)['message'] : undefined;
    const reason = nested ?? data['error'] ?? data['explanation'] ?? data['message'];
    return typeof reason === 'string' ? `: ${reason.slice(0, 200)}` : '';
  } catch {
    return '';
  }
}

/** Every occurrence of each secret replaced, so a key a server echoes back never reaches a log. */
export function redactSecrets(message: string, secrets: readonly string[]): string {
  return secrets.reduce((text, secret) => (secret ? text.split(secret).join('[redacted]') : text), message);
}

/**
 * `Retry-After` (RFC 9110 §10.2.3) in ms from `nowMs`: delay-seconds or an
 * HTTP-date; null when absent or unreadable. A date in the past is 0.
 */
export function retryAfterMs(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d+$/u.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}

function describe(cause: unknown): string {
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code ? `${cause.message} (${code})` : cause.message;
  }
  return String(cause);
}

/** Milliseconds since an arbitrary origin, for latencies; monotonic. */
export function monotonicMs(): number {
  return performance.now();
}
