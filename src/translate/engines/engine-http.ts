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
  let status: number;
  let text: string;
  try {
    const response = await request(url, { method, headers, body, signal });
    status = response.statusCode;
    text = await response.body.text();
  } catch (cause) {
    const reason = timeout.aborted ? `no answer within ${req.timeoutMs} ms` : describe(cause);
    throw new EngineError(`${where}: ${reason}`, { retryable: !req.signal?.aborted, cause });
  }
  if (status < 200 || status >= 300) {
    throw new EngineError(`${where}: HTTP ${status}${errorDetail(text)}`, { retryable: retryableStatus(status) });
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

/** Engines put a reason in `error` (LibreTranslate) or `explanation` (Apertium APY); short, for the message. */
function errorDetail(text: string): string {
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const reason = data['error'] ?? data['explanation'] ?? data['message'];
    return typeof reason === 'string' ? `: ${reason.slice(0, 200)}` : '';
  } catch {
    return '';
  }
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
