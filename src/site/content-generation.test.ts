import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ContentState } from '../store/store.ts';
import { watchContentGeneration } from './content-generation.ts';

const T0 = Date.parse('2024-06-10T12:00:00Z');

void describe('watchContentGeneration', () => {
  function setUp(checkEveryMs = 500) {
    const state: ContentState = { generation: 7, nextEmbargoEnd: null };
    const asked: string[] = [];
    let now = T0;
    let cleared = 0;
    const watch = watchContentGeneration({
      read: (at) => {
        asked.push(at);
        return Promise.resolve({ ...state });
      },
      checkEveryMs,
      clock: () => now,
      onNewEpoch: () => cleared++,
    });
    return { watch, state, asked, advance: (ms: number) => (now += ms), cleared: () => cleared };
  }

  void it('reads once for everyone who asks at once, then not again within the interval', async () => {
    const { watch, asked, advance } = setUp();
    assert.equal(watch.fresh(), undefined);
    const epochs = await Promise.all([watch.check(), watch.check(), watch.check()]);
    assert.equal(asked.length, 1);
    assert.deepEqual(new Set(epochs).size, 1);
    advance(499);
    assert.equal(watch.fresh(), epochs[0]);
    assert.equal(await watch.check(), epochs[0]);
    assert.equal(asked.length, 1);
    advance(1);
    assert.equal(watch.fresh(), undefined, 'due again at the interval');
    assert.equal(await watch.check(), epochs[0], 'same generation, same epoch');
    assert.equal(asked.length, 2);
  });

  void it('starts a new epoch when the generation moves, and when an embargo end passes with no write', async () => {
    const { watch, state, advance, cleared } = setUp();
    const first = await watch.check();
    state.generation = 8;
    advance(500);
    const second = await watch.check();
    assert.ok(second > first);
    assert.equal(cleared(), 2);

    state.nextEmbargoEnd = new Date(T0 + 10_000).toISOString();
    advance(500);
    const third = await watch.check();
    assert.equal(third, second, 'a pending embargo alone changes nothing yet');
    advance(9_000);
    assert.equal(watch.fresh(), undefined, 'the embargo end makes the epoch due at once');
    state.nextEmbargoEnd = null;
    assert.ok((await watch.check()) > third);
    assert.equal(watch.latest(), watch.fresh());
  });

  void it('with checkEveryMs 0, reads before every answer', async () => {
    const { watch, asked } = setUp(0);
    await watch.check();
    await watch.check();
    assert.equal(asked.length, 2);
    assert.equal(watch.fresh(), undefined);
  });

  void it('after this process writes, reads again, and does not take a read begun before the write as the answer', async () => {
    const state: ContentState = { generation: 1, nextEmbargoEnd: null };
    const reads: { resolve: () => void; sawGeneration: number }[] = [];
    let now = T0;
    const watch = watchContentGeneration({
      read: () => {
        const sawGeneration = state.generation;
        return new Promise((resolve) => reads.push({ sawGeneration, resolve: () => resolve({ generation: sawGeneration, nextEmbargoEnd: null }) }));
      },
      checkEveryMs: 500,
      clock: () => now,
    });
    const first = watch.check();
    reads.shift()!.resolve();
    const before = await first;
    assert.equal(watch.fresh(), before);

    now += 1;
    watch.expire();
    assert.equal(watch.fresh(), undefined, 'due at once after a write here');
    now += 1;
    const begunBefore = watch.check();
    now += 1;
    state.generation = 2;
    watch.expire();
    now += 1;
    const afterWrite = watch.check();
    assert.notEqual(afterWrite, begunBefore, 'a second read, not the one begun before the write');
    reads.shift()!.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(reads.length, 1, 'the second read starts when the first is done');
    assert.equal(reads[0]!.sawGeneration, 2);
    reads.shift()!.resolve();
    const epoch = await afterWrite;
    assert.ok(epoch > before, 'the answer includes the write');
    assert.equal(watch.fresh(), epoch);
  });
});
