/**
 * Pages per second and peak memory of wiredesk's extractor, of Mozilla
 * Readability on jsdom and of Readability on linkedom, on the same pages of
 * ../shared/eval, in one run: `npm run bench:extract [-- --every N]`.
 *
 * Then whole processes, as users run them (extract-process.ts): `wiredesk
 * --help`, and `wiredesk extract` on one page and on every page of the suites,
 * each paired with Readability on linkedom run as a command, medians of
 * `--runs N` (default 5). `--whole-process` runs only that part.
 *
 * Each extractor runs in its own child process (extract-worker.ts), one after
 * the other, so that its peak RSS is its own and the three do not compete for
 * the CPU. Speed is given by wall clock and by the process's CPU time: on a
 * shared machine the CPU time is the steadier of the two.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EVAL_ROOT, loadSuite, SUITE_NAMES, suiteAvailable } from '../eval/extract/suites.ts';
import { processTable, wholeProcessFigures } from './extract-process.ts';
import type { WorkerResult } from './extract-worker.ts';

/**
 * By default every 5th page of each suite (66 of 329): Readability on jsdom
 * takes most of a second a page on a busy 2-core machine, and the whole run
 * should stay under two minutes. `--every 1` runs every page.
 */
const DEFAULT_EVERY = 5;
const EXTRACTORS = ['wiredesk', 'readability-jsdom', 'readability-linkedom'] as const;
const WORKER = path.join(import.meta.dirname, 'extract-worker.ts');
const MIB = 1024 * 1024;

const DEFAULT_RUNS = 5;

function readOptions(): { every: number; runs: number; wholeProcessOnly: boolean } {
  const { values } = parseArgs({ options: { every: { type: 'string' }, runs: { type: 'string' }, 'whole-process': { type: 'boolean' } } });
  return {
    every: wholeNumber('--every', values.every, DEFAULT_EVERY),
    runs: wholeNumber('--runs', values.runs, DEFAULT_RUNS),
    wholeProcessOnly: values['whole-process'] ?? false,
  };
}

function wholeNumber(flag: string, value: string | undefined, fallback: number): number {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`bench:extract: ${flag} takes a whole number of 1 or more, not "${value}"`);
    process.exit(2);
  }
  return n;
}

/** Runs one worker; its progress lines pass through, its last stdout line is the result. */
function runWorker(extractor: string, every: number): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', WORKER, extractor, String(every)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = output.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as WorkerResult);
      else reject(new Error(`bench: the ${extractor} worker exited with code ${code}`));
    });
  });
}

function versionOf(name: string): string {
  return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
}

function printEnvironment(every: number): void {
  console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores)`);
  console.log(`peers: @mozilla/readability ${versionOf('@mozilla/readability')} on jsdom ${versionOf('jsdom')} and on linkedom ${versionOf('linkedom')}`);
  console.log(`pages: every ${every === 1 ? '' : `${every}th `}page of ${SUITE_NAMES.filter(suiteAvailable).join(' and ')} (${EVAL_ROOT})`);
  console.log('each extractor in its own process, one after the other; 10 warm-up pages, then timed passes of at least 5 s\n');
}

function loadAverage(): string {
  return os.loadavg().map((load) => load.toFixed(2)).join(' ');
}

function mib(bytes: number): string {
  return (bytes / MIB).toFixed(0);
}

function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function resultTable(results: readonly WorkerResult[]): string {
  const header = ['extractor', 'pages', 'failed', 'pages/s wall', 'pages/s CPU', 'MiB/s CPU', 'base RSS', 'loaded', 'peak RSS', 'peak-base', 'peak-loaded'];
  return table(header, results.map((r) => [
    r.extractor,
    String(r.pages),
    String(r.failures),
    (r.pages / r.wallSeconds).toFixed(1),
    (r.pages / r.cpuSeconds).toFixed(1),
    (r.bytes / MIB / r.cpuSeconds).toFixed(1),
    mib(r.baselineRss),
    mib(r.loadedRss),
    mib(r.peakRss),
    mib(r.peakRss - r.baselineRss),
    mib(r.peakRss - r.loadedRss),
  ]));
}

function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** wiredesk ÷ each peer: for speed above 1 means wiredesk is faster; for memory below 1 means it uses less. */
function ratioTable(ours: WorkerResult, peers: readonly WorkerResult[]): string {
  const header = ['wiredesk ÷', 'pages/s wall', 'pages/s CPU', 'peak RSS', 'peak-base', 'peak-loaded'];
  return table(header, peers.map((peer) => [
    peer.extractor,
    ratio(ours.pages / ours.wallSeconds / (peer.pages / peer.wallSeconds)),
    ratio(ours.pages / ours.cpuSeconds / (peer.pages / peer.cpuSeconds)),
    ratio(ours.peakRss / peer.peakRss),
    ratio((ours.peakRss - ours.baselineRss) / (peer.peakRss - peer.baselineRss)),
    ratio((ours.peakRss - ours.loadedRss) / (peer.peakRss - peer.loadedRss)),
  ]));
}

async function main(): Promise<void> {
  if (!SUITE_NAMES.some(suiteAvailable)) {
    console.log(`bench:extract: ${EVAL_ROOT} is absent; nothing to measure.`);
    return;
  }
  const { every, runs, wholeProcessOnly } = readOptions();
  printEnvironment(every);
  if (!wholeProcessOnly) await inProcess(every);
  const pages = (await Promise.all(SUITE_NAMES.filter(suiteAvailable).map((suite) => loadSuite(suite, { truth: false })))).flat();
  console.log(`\nwhole processes: ${runs} paired runs each, after one untimed run; load average ${loadAverage()} at the start`);
  const figures = await wholeProcessFigures(pages, runs);
  console.log(processTable(figures));
  console.log(`load average ${loadAverage()} at the end`);
  console.log('seconds: wall clock of the whole process, start to exit; CPU s: user + system time of the process (GNU time);');
  console.log('MiB: peak RSS (GNU time); speed ÷ peer (by wall clock) and by CPU: above 1 means wiredesk is faster.');
}

async function inProcess(every: number): Promise<void> {
  const results: WorkerResult[] = [];
  for (const extractor of EXTRACTORS) {
    console.log(`${extractor}: starting`);
    try {
      const result = await runWorker(extractor, every);
      console.log(`${extractor}: ${result.pages} pages in ${result.wallSeconds.toFixed(1)} s (${result.cpuSeconds.toFixed(1)} s CPU)`);
      results.push(result);
    } catch (error) {
      console.log(`${extractor}: not measured: ${(error as Error).message}`);
    }
  }
  console.log(`\n${resultTable(results)}`);
  console.log('RSS in MiB: base = pages read; loaded = extractor and its data loaded (wiredesk: the language database);');
  console.log('peak = the process\'s peak (getrusage); peak-loaded = memory the extraction itself adds.');
  console.log('CPU time counts all the process\'s threads, GC helpers included.\n');
  const ours = results.find((r) => r.extractor === 'wiredesk');
  const peers = results.filter((r) => r !== ours);
  if (ours && peers.length > 0) {
    console.log(ratioTable(ours, peers));
    console.log('speed: above 1 means wiredesk is faster; memory: below 1 means wiredesk uses less.');
  }
}

await main();
