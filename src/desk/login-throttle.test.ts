import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACCOUNT_THROTTLE, waitBeforeAttempt } from './login-throttle.ts';

const LAST = '2026-03-02T08:00:00.000Z';
const at = (ms: number) => Date.parse(LAST) + ms;

test('the free failures cost no wait', () => {
  for (let count = 0; count < ACCOUNT_THROTTLE.freeFailures; count++) {
    assert.equal(waitBeforeAttempt({ count, lastAt: LAST }, ACCOUNT_THROTTLE, at(0)), 0);
  }
});

test('past them the wait doubles with each failure, from the last failure, up to the cap', () => {
  const free = ACCOUNT_THROTTLE.freeFailures;
  const base = ACCOUNT_THROTTLE.baseDelayMs;
  assert.equal(waitBeforeAttempt({ count: free, lastAt: LAST }, ACCOUNT_THROTTLE, at(0)), base);
  assert.equal(waitBeforeAttempt({ count: free + 1, lastAt: LAST }, ACCOUNT_THROTTLE, at(0)), 2 * base);
  assert.equal(waitBeforeAttempt({ count: free + 3, lastAt: LAST }, ACCOUNT_THROTTLE, at(0)), 8 * base);
  assert.equal(waitBeforeAttempt({ count: free + 3, lastAt: LAST }, ACCOUNT_THROTTLE, at(5 * base)), 3 * base);
  assert.equal(waitBeforeAttempt({ count: free + 3, lastAt: LAST }, ACCOUNT_THROTTLE, at(8 * base)), 0);
  assert.equal(waitBeforeAttempt({ count: free + 40, lastAt: LAST }, ACCOUNT_THROTTLE, at(0)), ACCOUNT_THROTTLE.maxDelayMs);
});
