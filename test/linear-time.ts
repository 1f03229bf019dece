/**
 * Tests that a call's cost grows in proportion to its input, measured as a
 * ratio rather than against the clock: one input `pieces` times the size
 * must cost about what `pieces` inputs of one size cost together. Linear work
 * gives a ratio near 1, quadratic work a ratio near `pieces`. Processor time,
 * the least of three tries, so that other work on a shared machine does not
 * count; the allowance keeps a fast call from failing on timer noise.
 */
import assert from 'node:assert/strict';
import { cpuMsSince } from './cpu-time.ts';

function leastCpuMs(work: () => void): number {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    work();
    least = Math.min(least, cpuMsSince(start));
  }
  return least;
}

/** Fails when `work` on makeInput(size * pieces) costs more than four times `pieces` calls on makeInput(size). */
export function assertLinearTime<T>(what: string, work: (input: T) => unknown, makeInput: (size: number) => T, size: number, pieces = 16): void {
  const small = makeInput(size);
  const large = makeInput(size * pieces);
  const smallMs = leastCpuMs(() => {
    for (let i = 0; i < pieces; i++) work(small);
  });
  const largeMs = leastCpuMs(() => work(large));
  assert.ok(
    largeMs < smallMs * 4 + 50,
    `${what}: ${Math.round(largeMs)} ms of processor time for one input ${pieces} times larger, against ${Math.round(smallMs)} ms for ${pieces} small ones`,
  );
}
