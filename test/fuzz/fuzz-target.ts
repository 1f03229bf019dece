/**
 * One fuzz target: a generator of hostile input and the property every such
 * input must keep. The bounded tests (`npm test`) and the long campaigns
 * (`npm run fuzz`) run the same targets, so a property is written once.
 */
import assert from 'node:assert/strict';
import type fc from 'fast-check';

export interface FuzzTarget<T> {
  /** Names the target on the command line and the folder of its counterexamples. */
  name: string;
  /** What is fuzzed, in a line. */
  about: string;
  arbitrary: fc.Arbitrary<T>;
  /** Cases per `npm test` run: what the target's share of the suite's time allows. */
  boundedRuns: number;
  /** Resolves when the property holds for the input; throws (an assertion) when it does not. */
  check: (input: T) => void | Promise<void>;
  /** Work done once before the first case: loading the language detector, say. */
  prepare?: () => Promise<void>;
}

/**
 * The most processor time one input may take. The parsers run on the event
 * loop of a process that also serves pages; the extractor's own bad-input
 * test holds a call to one second. The generated pages go to megabytes, and
 * one of them took 2.2 s of processor time on a busy 2-core machine, so the
 * bound is set where only super-linear work reaches it. Processor time rather than wall time: on a machine shared with
 * other work, an ordinary input can wait seconds for a core, while an input
 * that makes a parser go quadratic uses the time itself.
 */
export const TIME_BOUND_MS = 5000;

/** Milliseconds of processor time (user and system, all threads) this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** Runs the synchronous call, returns what it gave or threw, and fails when it took longer than the bound. */
export function attempt<R>(what: string, work: () => R, boundMs = TIME_BOUND_MS): Outcome<R> {
  const start = cpuMs();
  let outcome: Outcome<R>;
  try {
    outcome = { ok: true, value: work() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  assertWithin(what, start, boundMs);
  return outcome;
}

/** The same for a call that settles later. */
export async function attemptAsync<R>(what: string, work: () => Promise<R>, boundMs = TIME_BOUND_MS): Promise<Outcome<R>> {
  const start = cpuMs();
  let outcome: Outcome<R>;
  try {
    outcome = { ok: true, value: await work() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  assertWithin(what, start, boundMs);
  return outcome;
}

function assertWithin(what: string, start: number, boundMs: number): void {
  const used = cpuMs() - start;
  assert.ok(used <= boundMs, `${what} took ${Math.round(used)} ms of processor time, over the bound of ${boundMs} ms`);
}

/** The value of an outcome that must not have thrown at all. */
export function valueOf<R>(what: string, outcome: Outcome<R>): R {
  if (outcome.ok) return outcome.value;
  const { error } = outcome;
  const description = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  assert.fail(`${what} threw ${description}`);
}

/**
 * Memory stays bounded when the output is: a parse that turns a small input
 * into a huge result (an entity or alias expanded again and again) is what
 * exhausts memory. A result may hold the input a few times over (the parsed
 * item is kept as JSON beside its fields, and JSON writes a control character
 * in six), never much more.
 */
export const MAX_OUTPUT_FACTOR = 24;
const OUTPUT_ALLOWANCE_CHARS = 64 * 1024;

export function assertBoundedOutput(what: string, inputLength: number, output: unknown): void {
  const size = JSON.stringify(output)?.length ?? 0;
  const limit = inputLength * MAX_OUTPUT_FACTOR + OUTPUT_ALLOWANCE_CHARS;
  assert.ok(size <= limit, `${what} gave ${size} characters of output for ${inputLength} of input (limit ${limit})`);
}

/**
 * The error a module throws for bad input: of its own type, with a message
 * that starts with the module's prefix and names the input.
 */
export function assertClearError(error: unknown, type: abstract new (...args: never[]) => Error, prefix: string): void {
  if (!(error instanceof type)) {
    const description = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    assert.fail(`threw ${description} instead of a ${type.name}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  }
  assert.ok(error.message.startsWith(prefix), `the message does not start with ${JSON.stringify(prefix)}: ${JSON.stringify(error.message.slice(0, 200))}`);
}

/**
 * A target as the runners hold it, whatever its input type: the runners
 * only pass a target's own generated (or saved) input back to its check.
 */
export function defineTarget<T>(target: FuzzTarget<T>): FuzzTarget<unknown> {
  return target as unknown as FuzzTarget<unknown>;
}
