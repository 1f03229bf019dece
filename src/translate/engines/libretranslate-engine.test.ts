/**
 * The LibreTranslate adapter against a local stand-in server that implements
 * LibreTranslate's documented API shape and upper-cases text instead of
 * translating (testdata/libretranslate-stand-in.ts): these tests check the
 * protocol (codes, arrays, the API key, errors), not translation.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EngineError } from './engine.ts';
import { libreTranslateEngine } from './libretranslate-engine.ts';
import { startLibreTranslateStandIn, type StandIn } from './testdata/libretranslate-stand-in.ts';

const KEY = 'desk-secret-key-123';
let server: StandIn;

before(async () => {
  server = await startLibreTranslateStandIn({ apiKey: KEY });
});
after(() => server.close());

const engine = (apiKey: string | undefined = KEY) => libreTranslateEngine({ id: 'libre', url: server.url, apiKey, timeoutMs: 5000 });

test('pairs are read from /languages with primary subtags, without a language into itself', async () => {
  const pairs = await engine().listPairs();
  assert.deepEqual(
    pairs.map((p) => `${p.from}>${p.to}`).sort(),
    ['en>es', 'en>hi', 'en>zh', 'hi>en', 'zh>en'],
  );
});

test('texts go as one array with source, target, format and the key; outputs come back in order', async () => {
  const out = await engine().translate(['First line.', 'Second ⟦1⟧ line.'], { from: 'en', to: 'hi' });
  assert.deepEqual(out, ['FIRST LINE.', 'SECOND ⟦1⟧ LINE.']);
  assert.deepEqual(server.requests.at(-1), {
    q: ['First line.', 'Second ⟦1⟧ line.'],
    source: 'en',
    target: 'hi',
    format: 'text',
    api_key: KEY,
  });
});

test('a refused key is an error that is not retried and does not show the key', async () => {
  const error = await engine('wrong-key-456').translate(['x'], { from: 'en', to: 'hi' }).catch((e: unknown) => e);
  assert.ok(error instanceof EngineError);
  assert.equal(error.retryable, false);
  assert.match(error.message, /libre: \/translate: HTTP 403: Invalid API key/);
  assert.doesNotMatch(error.message, /wrong-key-456/);
});

test('HTTP 500 and 429 are retryable errors', async () => {
  for (const status of [500, 429]) {
    server.failNext(1, status);
    const error = await engine().translate(['x'], { from: 'en', to: 'hi' }).catch((e: unknown) => e);
    assert.ok(error instanceof EngineError && error.retryable, `HTTP ${status}`);
  }
});

test('a server that does not answer is unhealthy, with the reason', async () => {
  const dead = libreTranslateEngine({ id: 'gone', url: 'http://127.0.0.1:9', timeoutMs: 2000 });
  const health = await dead.health();
  assert.equal(health.reachable, false);
  assert.equal(health.latencyMs, null);
  assert.match(health.error ?? '', /^gone: \/languages: /);
  const alive = await engine().health();
  assert.equal(alive.reachable, true);
  assert.ok((alive.latencyMs ?? -1) >= 0);
});

test('an engine slower than the timeout fails with a retryable error saying so', async () => {
  const slow = await startLibreTranslateStandIn({ delayMs: 1000 });
  try {
    const engine = libreTranslateEngine({ id: 'slow', url: slow.url, timeoutMs: 100 });
    const error = await engine.translate(['x'], { from: 'en', to: 'hi' }).catch((e: unknown) => e);
    assert.ok(error instanceof EngineError && error.retryable);
    assert.match(error.message, /^slow: \/translate: no answer within 100 ms$/);
  } finally {
    await slow.close();
  }
});
