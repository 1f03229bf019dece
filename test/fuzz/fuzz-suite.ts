/**
 * The bounded fuzz run of `npm test`: each target's `boundedRuns` cases from
 * a fixed seed (WIREDESK_FUZZ_SEED picks another), then every counterexample
 * saved for it, replayed as a regression case.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { DEFAULT_TEST_SEED, runTarget, savedCounterexamples } from './fuzz-runner.ts';
import type { FuzzTarget } from './fuzz-target.ts';

function testSeed(): number {
  const value = process.env['WIREDESK_FUZZ_SEED'];
  if (value === undefined || value === '') return DEFAULT_TEST_SEED;
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`WIREDESK_FUZZ_SEED: "${value}" is not a whole number`);
  return seed;
}

/** How much of a counterexample a failure message shows; the whole of it is one `npm run fuzz` away. */
const SHOWN_INPUT_CHARS = 2000;

export function fuzzSuite(targets: FuzzTarget<unknown>[]): void {
  const seed = testSeed();
  for (const target of targets) {
    void describe(`fuzz ${target.name}: ${target.about}`, () => {
      void test(`${target.boundedRuns} generated cases, seed ${seed}`, async () => {
        const report = await runTarget(target, { seed, runs: target.boundedRuns, shrink: false });
        if (!report.failure) return;
        const input = JSON.stringify(report.failure.counterexample) ?? 'undefined';
        assert.fail(
          `${target.name} failed after ${report.cases} cases (seed ${seed}): ${report.failure.message}\n` +
            `counterexample: ${input.slice(0, SHOWN_INPUT_CHARS)}${input.length > SHOWN_INPUT_CHARS ? '…' : ''}\n` +
            `save it with: npm run fuzz -- --seed ${seed} --runs ${target.boundedRuns} --target ${target.name}`,
        );
      });
      for (const { file, saved } of savedCounterexamples(target.name)) {
        void test(`counterexample ${path.basename(file, '.json')} (${saved.failure.slice(0, 100)})`, async () => {
          await target.check(saved.input);
        });
      }
    });
  }
}
