/**
 * Runs a target's property with fast-check, and keeps what a failing run
 * shrank to: one JSON file per counterexample under
 * testdata/counterexamples/<target>/, which the bounded tests replay on every
 * run from then on.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import type { FuzzTarget } from './fuzz-target.ts';

export const COUNTEREXAMPLES_DIR = path.join(import.meta.dirname, 'testdata', 'counterexamples');

/** The seed `npm test` uses unless WIREDESK_FUZZ_SEED names another: the same cases on every machine. */
export const DEFAULT_TEST_SEED = 20261206;

export interface RunOptions {
  seed: number;
  runs: number;
  /**
   * Shrink a failure to its smallest form (what `npm run fuzz` saves). The
   * bounded run in `npm test` reports the failing case as found: shrinking a
   * slow input means running many more slow inputs, minutes on a busy machine.
   */
  shrink?: boolean;
  /** Called after each case with the cases checked so far, and whether a failure is being shrunk. */
  onCase?: (checked: number, shrinking: boolean) => void;
}

export interface RunReport {
  target: string;
  seed: number;
  /** Cases run, the failing one included. */
  cases: number;
  elapsedMs: number;
  /** Processor time of the run (this process, all threads): on a busy machine, the figure to compare. */
  cpuMs: number;
  failure: { message: string; counterexample: unknown; path: string | null; shrinks: number } | null;
}

export interface SavedCounterexample {
  target: string;
  /** What the property said about the input when it was found. */
  failure: string;
  seed: number;
  foundAt: string;
  input: unknown;
}

export async function runTarget(target: FuzzTarget<unknown>, options: RunOptions): Promise<RunReport> {
  await target.prepare?.();
  let checked = 0;
  let failed = false;
  const property = fc.asyncProperty(target.arbitrary, async (input) => {
    const shrinking = failed;
    try {
      await target.check(input);
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      options.onCase?.(++checked, shrinking);
    }
  });
  const start = performance.now();
  const startCpu = process.cpuUsage();
  const details = await fc.check(property, { seed: options.seed, numRuns: options.runs, endOnFailure: options.shrink === false });
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(startCpu);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const report: RunReport = { target: target.name, seed: details.seed, cases: details.numRuns, elapsedMs, cpuMs, failure: null };
  if (details.failed && details.counterexample) {
    report.failure = {
      message: failureMessage(details.errorInstance),
      counterexample: details.counterexample[0],
      path: details.counterexamplePath,
      shrinks: details.numShrinks,
    };
  }
  return report;
}

function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Saves the shrunk input, named by its hash so the same counterexample is kept once; returns the file. */
export function saveCounterexample(report: RunReport, now: Date): string {
  const failure = report.failure!;
  const input = JSON.stringify(failure.counterexample);
  const hash = createHash('sha256').update(input).digest('hex').slice(0, 16);
  const dir = path.join(COUNTEREXAMPLES_DIR, report.target);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${hash}.json`);
  const saved: SavedCounterexample = {
    target: report.target,
    failure: failure.message.split('\n')[0]!.slice(0, 500),
    seed: report.seed,
    foundAt: now.toISOString(),
    input: failure.counterexample,
  };
  writeFileSync(file, `${JSON.stringify(saved, null, 2)}\n`);
  return file;
}

/** The counterexamples kept for a target, oldest name first. */
export function savedCounterexamples(targetName: string): Array<{ file: string; saved: SavedCounterexample }> {
  const dir = path.join(COUNTEREXAMPLES_DIR, targetName);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return { file, saved: JSON.parse(readFileSync(file, 'utf8')) as SavedCounterexample };
    });
}
