import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { withHeapGrowthLimited } from './heap-growth.ts';

describe('withHeapGrowthLimited', () => {
  test("returns the work's result, also when passes overlap", async () => {
    const results = await Promise.all([
      withHeapGrowthLimited(() => 'first'),
      withHeapGrowthLimited(async () => {
        await new Promise((resolve) => setImmediate(resolve));
        return 'second';
      }),
    ]);
    assert.deepEqual(results, ['first', 'second']);
  });

  test("passes the work's failure on, and the next pass still runs", async () => {
    await assert.rejects(
      withHeapGrowthLimited(() => {
        throw new Error('story pass failed');
      }),
      /story pass failed/,
    );
    assert.equal(await withHeapGrowthLimited(() => 42), 42);
  });
});
