/**
 * A stand-in for a LibreTranslate server, for tests only. It implements the
 * shape of LibreTranslate's documented API (libretranslate.com/docs):
 * `GET /languages` and `POST /translate` with `q` (string or array),
 * `source`, `target`, `format` and `api_key`, answering `{ translatedText }`
 * in the shape of `q`, and `{ error }` with 400, 403 or 500 as the real
 * server does. It does not translate: it upper-cases the text, so a test can
 * see exactly which characters went through the "engine" and which were kept
 * back. It says nothing about translation quality.
 *
 * `failNext(n, status)` makes the next n translate requests fail, and
 * `answerEmptyNext(n)` makes them answer empty strings, as a broken model
 * does; `inFlight`
 * tracking lets tests see concurrency; `delayMs` holds each answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandIn {
  url: string;
  /** Bodies of the translate requests received, parsed. */
  requests: Record<string, unknown>[];
  maxInFlight: number;
  failNext(count: number, status: number): void;
  answerEmptyNext(count: number): void;
  close(): Promise<void>;
}

const LANGUAGES = [
  { code: 'en', name: 'English', targets: ['en', 'hi', 'es', 'zh-Hans'] },
  { code: 'hi', name: 'Hindi', targets: ['en', 'hi'] },
  { code: 'zh-Hans', name: 'Chinese', targets: ['en', 'zh-Hans'] },
];

export async function startLibreTranslateStandIn(options: { apiKey?: string; delayMs?: number } = {}): Promise<StandIn> {
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  let inFlight = 0;
  let empties = 0;
  const state: StandIn = {
    url: '',
    requests: [],
    maxInFlight: 0,
    failNext: (count, status) => (failures = { count, status }),
    answerEmptyNext: (count) => (empties = count),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'GET' && req.url === '/languages') return send(res, 200, LANGUAGES);
    if (req.method !== 'POST' || req.url !== '/translate') return send(res, 404, { error: 'Not Found' });
    inFlight++;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    try {
      const body = JSON.parse(await readBody(req)) as Record<string, unknown>;
      state.requests.push(body);
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (failures.count > 0) {
        failures.count--;
        return send(res, failures.status, { error: 'Slowdown: too many requests' });
      }
      if (options.apiKey && body['api_key'] !== options.apiKey) return send(res, 403, { error: 'Invalid API key' });
      const q = body['q'];
      if (typeof body['source'] !== 'string' || typeof body['target'] !== 'string' || q === undefined) {
        return send(res, 400, { error: 'Invalid request: missing q, source or target' });
      }
      const empty = empties > 0;
      if (empty) empties--;
      const upper = (text: unknown) => (empty ? '' : String(text).toUpperCase());
      send(res, 200, { translatedText: Array.isArray(q) ? q.map(upper) : upper(q) });
    } finally {
      inFlight--;
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
