import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backoffCeiling, backoffDelay, type BackoffPolicy } from './backoff.ts';

const POLICY: BackoffPolicy = { firstMs: 1000, maxMs: 10_000, jitter: 0.5 };

describe('backoff', () => {
  test('the ceiling doubles from the first wait and stops at the cap', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 50].map((retry) => backoffCeiling(POLICY, retry)), [1000, 2000, 4000, 8000, 10_000, 10_000, 10_000]);
  });

  test('a retry number below 1 waits like the first retry, never less', () => {
    assert.equal(backoffCeiling(POLICY, 0), 1000);
    assert.equal(backoffCeiling(POLICY, -3), 1000);
  });

  test('random 0 waits the whole ceiling; jitter takes off at most its share', () => {
    assert.equal(backoffDelay(POLICY, 3, () => 0), 4000);
    assert.equal(backoffDelay(POLICY, 3, () => 0.5), 3000);
    const shortest = backoffDelay(POLICY, 3, () => 0.999_999);
    assert.ok(shortest >= 2000 && shortest <= 2001, `shortest wait ${shortest} ms, never below half the ceiling`);
  });

  test('no jitter waits the ceiling exactly; full jitter may wait almost nothing', () => {
    assert.equal(backoffDelay({ ...POLICY, jitter: 0 }, 2, () => 0.9), 2000);
    assert.equal(backoffDelay({ ...POLICY, jitter: 1 }, 2, () => 0.9999), 0);
  });

  test('waits are whole milliseconds and spread out callers that failed together', () => {
    const waits = [0.1, 0.2, 0.3, 0.4].map((r) => backoffDelay({ firstMs: 333, maxMs: 10_000, jitter: 0.2 }, 1, () => r));
    assert.ok(waits.every(Number.isInteger), waits.join(', '));
    assert.equal(new Set(waits).size, 4);
  });
});
