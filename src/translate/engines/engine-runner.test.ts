/**
 * The runner around a real HTTP engine: the LibreTranslate adapter talking to
 * the local stand-in server (testdata/libretranslate-stand-in.ts), which
 * upper-cases text and can be told to fail; the clock is replaced, so waits
 * are recorded instead of slept.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EngineError, type TranslationEngine } from './engine.ts';
import { batchesOf, runEngine } from './engine-runner.ts';
import { libreTranslateEngine } from './libretranslate-engine.ts';
import { startLibreTranslateStandIn, type StandIn } from './testdata/libretranslate-stand-in.ts';

let server: StandIn;
before(async () => {
  server = await startLibreTranslateStandIn({ delayMs: 20 });
});
after(() => server.close());

const PAIR = { from: 'en', to: 'hi' };

function runner(retries: number, concurrency = 2) {
  const waits: number[] = [];
  const engine = runEngine(libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 5000 }), {
    concurrency,
    retries,
    baseDelayMs: 1000,
    random: () => 0.5,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { engine, waits };
}

test('a server that fails twice with 503 is retried with doubling backoff, and the result arrives', async () => {
  const { engine, waits } = runner(3);
  server.failNext(2, 503);
  assert.deepEqual(await engine.translate(['harbour'], PAIR), ['HARBOUR']);
  assert.deepEqual(waits, [500, 1000]);
});

test('after the last retry the error names the engine, the pair and the attempts', async () => {
  const { engine, waits } = runner(1);
  server.failNext(5, 500);
  const error = await engine.translate(['harbour'], PAIR).catch((e: unknown) => e);
  server.failNext(0, 500);
  assert.ok(error instanceof EngineError);
  assert.match(error.message, /^libre: en→hi failed after 2 attempts/);
  assert.equal(waits.length, 1);
});

test('a refused request (HTTP 400) is not retried', async () => {
  const { engine, waits } = runner(3);
  server.failNext(1, 400);
  await assert.rejects(engine.translate(['x'], PAIR), /failed after 1 attempt$/);
  assert.deepEqual(waits, []);
});

test('no more batches in flight than the concurrency, and outputs stay in input order', async () => {
  const { engine } = runner(0, 2);
  server.maxInFlight = 0;
  const texts = Array.from({ length: 100 }, (_, i) => `line ${i}`);
  const out = await engine.translate(texts, PAIR);
  assert.deepEqual(out, texts.map((t) => t.toUpperCase()));
  assert.equal(server.maxInFlight, 2);
});

test('batches hold at most 16 texts and about 6000 characters', () => {
  assert.deepEqual(batchesOf(Array(40).fill('a')).map((b) => b.length), [16, 16, 8]);
  assert.deepEqual(batchesOf(['x'.repeat(5000), 'y'.repeat(5000), 'z']).map((b) => b.length), [1, 2]);
});

test('an abort during a backoff wait ends the call at once instead of after the wait', async () => {
  const controller = new AbortController();
  const libre = libreTranslateEngine({ id: 'libre', url: server.url, timeoutMs: 5000 });
  // Aborts a moment after the engine's answer failed, when the runner is already waiting to retry.
  const abortingAfterFailure: TranslationEngine = {
    ...libre,
    translate: (texts, pair, options) =>
      libre.translate(texts, pair, options).catch((error: unknown) => {
        setTimeout(() => controller.abort(), 50);
        throw error;
      }),
  };
  // The real sleep this time, with a first wait of a minute that the abort must cut short.
  const engine = runEngine(abortingAfterFailure, { concurrency: 1, retries: 3, baseDelayMs: 60_000, random: () => 0 });
  server.failNext(1, 503);
  const started = Date.now();
  await assert.rejects(engine.translate(['harbour'], PAIR, { signal: controller.signal }), { name: 'AbortError' });
  assert.ok(Date.now() - started < 5000, `aborted after ${Date.now() - started} ms`);
});
