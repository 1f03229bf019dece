import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { concurrencyLimit, forEachLimited } from './concurrency-limit.ts';

/** A task that stays in flight until the test lets it go, recording when it started. */
function gate() {
  let release: () => void = () => {};
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release: () => release() };
}

describe('concurrency limit', () => {
  test('at most `size` tasks run at once; the others start in arrival order as slots free', async () => {
    const limit = concurrencyLimit(2);
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const results = gates.map((g, i) =>
      limit(async () => {
        started.push(i);
        await g.done;
        return i * 10;
      }),
    );
    await Promise.resolve();
    assert.deepEqual(started, [0, 1]);
    gates[1]!.release();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(started, [0, 1, 2], 'the freed slot goes to the first one waiting');
    gates[0]!.release();
    gates[2]!.release();
    gates[3]!.release();
    assert.deepEqual(await Promise.all(results), [0, 10, 20, 30]);
    assert.deepEqual(started, [0, 1, 2, 3]);
  });

  test('a task that fails gives its slot back and its caller gets the error', async () => {
    const limit = concurrencyLimit(1);
    const failing = limit(() => Promise.reject(new Error('engine down')));
    const next = limit(() => Promise.resolve('after'));
    await assert.rejects(failing, /engine down/);
    assert.equal(await next, 'after');
  });

  test('a limit below 1 is refused instead of queueing every task for ever', () => {
    assert.throws(() => concurrencyLimit(0), /util: a concurrency limit must be a whole number of at least 1, not 0/);
    assert.throws(() => concurrencyLimit(1.5), RangeError);
  });

  test('forEachLimited visits every item, never more than `size` in flight, starting in order', async () => {
    let inFlight = 0;
    let most = 0;
    const order: number[] = [];
    await forEachLimited([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      order.push(item);
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5 + (item % 3) * 5));
      inFlight--;
    });
    assert.deepEqual(order, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(most, 3);
  });
});
