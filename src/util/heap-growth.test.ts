import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { withHeapGrowthLimited } from './heap-growth.ts';

const CHURN = path.join(import.meta.dirname, '..', '..', 'test', 'heap-churn.ts');

/** The largest heap a fresh process reserved while churning (test/heap-churn.ts). */
function peakHeap(mode: 'limited' | 'default'): number {
  return Number(execFileSync(process.execPath, ['--import', 'tsx', CHURN, mode], { encoding: 'utf8' }).trim());
}

describe('withHeapGrowthLimited', () => {
  test('the heap stays near its live set while the work runs: about half what V8 reserves by its own factor', () => {
    // Measured 2026-12-07: about 100 MB limited against 190 MB by V8's own factor, with a live window of about 25 MB.
    const limited = peakHeap('limited');
    const free = peakHeap('default');
    assert.ok(limited < free * 0.75, `peak heap ${Math.round(limited / 1e6)} MB limited, ${Math.round(free / 1e6)} MB by V8's own factor`);
  });

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
