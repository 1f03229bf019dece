/**
 * Long fuzz campaigns over the parsers (`npm run fuzz`). Runs every target,
 * or those named, with one seed; prints the cases and time per target and
 * the seed; saves each shrunk counterexample under
 * test/fuzz/testdata/counterexamples/<target>/, where `npm test` replays it.
 *
 *   npm run fuzz -- --seed 42 --runs 20000 --target feed-rss --target extract
 *   npm run fuzz -- --list
 *
 * The same seed, runs and target give the same cases again.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runTarget, saveCounterexample, type RunReport } from '../test/fuzz/fuzz-runner.ts';
import { ALL_TARGETS } from '../test/fuzz/targets.ts';

const DEFAULT_RUNS = 1000;

/** How often a long target says how far it has got, so that a stuck case shows. */
const PROGRESS_EVERY_MS = 60_000;

const USAGE = `usage: npm run fuzz -- [--seed N] [--runs N] [--target NAME]... [--list]
  --seed N       seed for every target (default: random, printed)
  --runs N       cases per target (default ${DEFAULT_RUNS})
  --target NAME  run only this target; repeat for several (default: all)
  --list         list the targets and stop`;

function wholeNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) {
    console.error(`fuzz: --${name} "${value}" is not a whole number\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

function chosenTargets(names: string[]) {
  if (names.length === 0) return ALL_TARGETS;
  const unknown = names.filter((name) => !ALL_TARGETS.some((target) => target.name === name));
  if (unknown.length > 0) {
    console.error(`fuzz: no target named ${unknown.join(', ')}; targets: ${ALL_TARGETS.map((t) => t.name).join(', ')}`);
    process.exit(2);
  }
  return ALL_TARGETS.filter((target) => names.includes(target.name));
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function line(report: RunReport): string {
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const cpu = (report.cpuMs / 1000).toFixed(1);
  const perCase = report.cases > 0 ? (report.elapsedMs / report.cases).toFixed(2) : '-';
  const verdict = report.failure ? 'FAILED' : 'ok';
  return `${report.target.padEnd(24)} ${String(report.cases).padStart(7)} cases  ${seconds.padStart(7)} s (${cpu} s of processor time)  ${perCase.padStart(7)} ms/case  ${verdict}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      runs: { type: 'string' },
      target: { type: 'string', multiple: true, default: [] },
      list: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.list) {
    for (const target of ALL_TARGETS) console.log(`${target.name.padEnd(24)} ${target.about}`);
    return;
  }
  const seed = wholeNumber('seed', values.seed, Math.floor(Math.random() * 2 ** 31));
  const runs = wholeNumber('runs', values.runs, DEFAULT_RUNS);
  const targets = chosenTargets(values.target);
  console.log(`fuzz: seed ${seed}, ${runs} cases per target, ${targets.length} targets`);
  const failures: string[] = [];
  for (const target of targets) {
    const started = performance.now();
    const startedCpu = cpuSeconds();
    let lastShown = started;
    const onCase = (checked: number, shrinking: boolean): void => {
      const now = performance.now();
      if (now - lastShown < PROGRESS_EVERY_MS) return;
      lastShown = now;
      const state = shrinking ? 'shrinking a failure, ' : '';
      console.log(`  ${target.name}: ${state}${checked} cases checked, ${((now - started) / 1000).toFixed(0)} s, ${(cpuSeconds() - startedCpu).toFixed(0)} s of processor time so far`);
    };
    const report = await runTarget(target, { seed, runs, onCase });
    console.log(line(report));
    if (!report.failure) continue;
    const file = saveCounterexample(report, new Date());
    console.log(`  ${report.failure.message.split('\n')[0]}`);
    console.log(`  shrunk in ${report.failure.shrinks} steps; saved ${path.relative(process.cwd(), file)}`);
    console.log(`  reproduce: npm run fuzz -- --seed ${seed} --runs ${runs} --target ${target.name}`);
    failures.push(target.name);
  }
  if (failures.length > 0) {
    console.log(`fuzz: seed ${seed}: ${failures.length} target(s) failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`fuzz: seed ${seed}: all targets held`);
  }
}

await main();
