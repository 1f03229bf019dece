import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createPageCache, matchesTag } from './page-cache.ts';

void describe('matchesTag (If-None-Match, RFC 9110 §13.1.2 weak comparison)', () => {
  void it('matches a listed tag, weak or strong on either side, and *', () => {
    assert.equal(matchesTag('"abc-br"', '"abc-br"'), true);
    assert.equal(matchesTag('W/"abc-br"', '"abc-br"'), true);
    assert.equal(matchesTag('"abc"', 'W/"abc"'), true);
    assert.equal(matchesTag('"x", "y" , "abc"', '"abc"'), true);
    assert.equal(matchesTag('*', '"abc"'), true);
  });
  void it('does not match another coding\'s tag, a part of a tag, or no header', () => {
    assert.equal(matchesTag('"abc"', '"abc-br"'), false);
    assert.equal(matchesTag('"abc-gz"', '"abc-br"'), false);
    assert.equal(matchesTag('abc-br', '"abc-br"'), false);
    assert.equal(matchesTag(undefined, '"abc"'), false);
  });
});

void describe('createPageCache: readers after a change', () => {
  const CHECK_MS = 500;
  const STALE_MS = 2_000;

  /** A cache over a content generation and a renderer in the test's hands: each rendering waits until the test lets it finish. */
  function setUp(staleWhileRenderMs = STALE_MS) {
    let now = Date.parse('2024-06-10T12:00:00Z');
    const state = { generation: 1 };
    let page = { status: 200, body: 'first edition' };
    const renders: { resolve: () => void }[] = [];
    let autoFinish = true;
    const errors: string[] = [];
    const cache = createPageCache({
      store: { contentState: () => Promise.resolve({ generation: state.generation, nextEmbargoEnd: null }) },
      settings: { maxBytes: 1 << 20, checkEveryMs: CHECK_MS, maxAgeMs: 300_000, brotliQuality: 4, gzipLevel: 4, staleWhileRenderMs },
      publicUrl: () => 'https://news.example/',
      clock: () => now,
      logError: (message) => errors.push(message),
    });
    const render = async (): Promise<Response> => {
      const { status, body } = page;
      if (!autoFinish) await new Promise<void>((resolve) => renders.push({ resolve }));
      if (status === 500) throw new Error('the database went away');
      return new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, no-cache' } });
    };
    const read = async () => {
      const response = await cache.respond(new Request('https://news.example/'), render);
      return { status: response.status, body: await response.text() };
    };
    return {
      cache,
      read,
      errors,
      /** A write to the content, noticed at the next check. */
      change(next: { status: number; body: string }) {
        state.generation += 1;
        page = next;
      },
      advance: (ms: number) => (now += ms),
      holdRenders: () => (autoFinish = false),
      letRendersRun: () => (autoFinish = true),
      finishRenders: async () => {
        for (const r of renders.splice(0)) r.resolve();
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setTimeout(resolve, 20));
      },
      pending: () => renders.length,
    };
  }

  void it('get the earlier page at once while one new rendering runs, then the new page', async () => {
    const t = setUp();
    assert.equal((await t.read()).body, 'first edition');
    t.change({ status: 200, body: 'second edition' });
    t.advance(CHECK_MS);
    t.holdRenders();
    const during = await Promise.all([t.read(), t.read(), t.read()]);
    assert.deepEqual(during.map((r) => r.body), ['first edition', 'first edition', 'first edition'], 'nobody waited on the rendering');
    assert.equal(t.pending(), 1, 'one rendering for all of them');
    assert.equal(t.cache.stats.stale, 3);
    await t.finishRenders();
    assert.equal((await t.read()).body, 'second edition');
    assert.equal(t.pending(), 0);
  });

  void it('wait for the new rendering once the earlier page is older than checkEveryMs + staleWhileRenderMs', async () => {
    const t = setUp();
    await t.read();
    t.change({ status: 200, body: 'second edition' });
    t.advance(CHECK_MS + STALE_MS + 1);
    t.holdRenders();
    const reading = t.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(t.pending(), 1, 'the reader is waiting on the rendering');
    await t.finishRenders();
    assert.equal((await reading).body, 'second edition', 'never the earlier page');
    assert.equal(t.cache.stats.stale, 0);
  });

  void it('see a killed page gone once its rendering ends, and never the earlier page after that', async () => {
    const t = setUp();
    await t.read();
    t.change({ status: 410, body: 'gone' });
    t.advance(CHECK_MS);
    t.holdRenders();
    assert.equal((await t.read()).status, 200, 'within the bound, the earlier page while the 410 renders');
    await t.finishRenders();
    t.letRendersRun();
    assert.equal((await t.read()).status, 410);
    t.advance(CHECK_MS + STALE_MS + 1);
    assert.equal((await t.read()).status, 410, 'a 410 is not kept; the earlier page does not come back');
  });

  void it('get the new page at once after this process changed the content (an editor looking at the site)', async () => {
    const t = setUp();
    await t.read();
    t.advance(1);
    t.change({ status: 200, body: 'second edition' });
    t.cache.changedHere();
    t.advance(1);
    t.holdRenders();
    const reading = t.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.finishRenders();
    assert.equal((await reading).body, 'second edition');
    assert.equal(t.cache.stats.stale, 0);
  });

  void it('wait for the new rendering when staleWhileRenderMs is 0', async () => {
    const t = setUp(0);
    await t.read();
    t.change({ status: 200, body: 'second edition' });
    t.advance(CHECK_MS);
    t.holdRenders();
    const reading = t.read();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await t.finishRenders();
    assert.equal((await reading).body, 'second edition');
  });

  void it('stop getting the earlier page when its new rendering fails, and the failure is logged', async () => {
    const t = setUp();
    await t.read();
    t.change({ status: 500, body: '' });
    t.advance(CHECK_MS);
    assert.equal((await t.read()).body, 'first edition');
    await t.finishRenders();
    assert.match(t.errors.join('\n'), /rendering .* again failed/);
    await assert.rejects(t.read(), /the database went away/, 'the next reader meets the failure, not the earlier page');
  });
});
