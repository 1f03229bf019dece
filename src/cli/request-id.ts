/**
 * Every request `serve` answers has an id: the one a proxy sent in
 * X-Request-Id when it looks like an id, or a new one. The response carries
 * it back, and every log line written while the request is answered (the
 * access log, a page's error) names it, so a reader's report, the proxy's log
 * and wiredesk's meet on one value.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * What an id from outside may look like: short, and only characters that
 * cannot split a log line or forge a field (UUIDs, nginx's $request_id hex,
 * ULIDs, dotted or dashed trace ids).
 */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const current = new AsyncLocalStorage<string>();

export function requestIdOf(header: string | undefined, make: () => string = randomUUID): string {
  return header !== undefined && SANE_ID.test(header) ? header : make();
}

/** Runs `work` with `id` as the current request's id. */
export function withRequestId<T>(id: string, work: () => T): T {
  return current.run(id, work);
}

export function currentRequestId(): string | undefined {
  return current.getStore();
}
